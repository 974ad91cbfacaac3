/** Which Chromium the browser tests use: Debian's where it is installed, else Playwright's own. */
import { existsSync } from 'node:fs';

/** Debian's Chromium. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a machine with a closed network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch options for Playwright: the system browser when present. */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  return existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_FLAGS } : { args: CHROMIUM_FLAGS };
}
