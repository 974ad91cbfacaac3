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

/** Opens `url` with `open` only when it is on the list; anything else is refused before `open` runs. */
export async function openAllowlisted(url: string, open: (url: string) => Promise<void>): Promise<void> {
  if (!isAllowedExternalUrl(url)) throw new Error('This address is not on the allowlist.');
  await open(url);
}
