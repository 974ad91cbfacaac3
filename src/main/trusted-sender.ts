/**
 * Decides whether an IPC message really comes from the app's own page. Kept apart from Electron
 * so the rule itself is unit-tested; `ipc.ts` applies it to every message before any handler runs.
 */

/** True when `senderUrl` is the app's own page: same scheme, host and path as `appUrl`, any hash. */
export function isTrustedSenderUrl(senderUrl: string | undefined, appUrl: string): boolean {
  if (!senderUrl) return false;
  try {
    const sender = new URL(senderUrl);
    const app = new URL(appUrl);
    return sender.protocol === app.protocol && sender.host === app.host && sender.pathname === app.pathname;
  } catch {
    return false;
  }
}
