/** The only web and settings addresses the app ever opens, each for a named reason. */

/** Every external address by purpose; `isAllowedExternalUrl` checks against exactly these. */
export const EXTERNAL_LINKS = {
  systemStatus: 'https://www.apple.com/support/systemstatus/',
  appleSupport: 'https://support.apple.com/contact',
  localBackupGuide: 'https://support.apple.com/en-us/108353',
  appleDevicesStorePage: 'ms-windows-store://pdp/?ProductId=9NP83LWLPZ9K',
  appleDevicesWebPage: 'https://apps.microsoft.com/detail/9NP83LWLPZ9K',
  itunesDownloadPage: 'https://support.apple.com/en-us/106372',
  macFullDiskAccess: 'x-apple.systempreferences:com.apple.preference.security?Privacy_AllFiles',
} as const;

const ALLOWED = new Set<string>(Object.values(EXTERNAL_LINKS));

/** True only for an address in the list above; used as the last gate before opening anything. */
export function isAllowedExternalUrl(url: string): boolean {
  return ALLOWED.has(url);
}
