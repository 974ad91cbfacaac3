/**
 * How the app starts another program (Finder, iTunes, Apple Devices): by absolute path, never by
 * a name looked up through PATH, which anything that can change the environment could point at a
 * program of its own. Pure, so each platform's command is unit-tested.
 */

/** A program to start: an absolute path and its arguments. */
export interface LaunchCommand {
  file: string;
  args: string[];
}

/** macOS's `open`, which starts an app by its name. */
export const MAC_OPEN = '/usr/bin/open';

/** Where Windows lives when the environment does not say (or says something that is not a folder path). */
const DEFAULT_WINDOWS_DIR = 'C:\\Windows';

/** A drive-rooted folder path with no characters Windows forbids in names. */
const WINDOWS_DIR_PATTERN = /^[A-Za-z]:(\\[^\\/:*?"<>|\r\n]+)+$/;

/** `%SystemRoot%` (Windows' own folder), when it is a plain drive-rooted path; else C:\Windows. */
export function windowsDirectory(env: Record<string, string | undefined>): string {
  const root = env.SystemRoot ?? env.SYSTEMROOT;
  return root && WINDOWS_DIR_PATTERN.test(root) ? root.replace(/\\+$/, '') : DEFAULT_WINDOWS_DIR;
}

/** The command that opens `target` on `platform`, or null when there is none there. */
export function launchCommand(
  target: { macAppName?: string; windowsAppId?: string },
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
): LaunchCommand | null {
  if (platform === 'darwin' && target.macAppName) return { file: MAC_OPEN, args: ['-a', target.macAppName] };
  if (platform === 'win32' && target.windowsAppId) {
    return { file: `${windowsDirectory(env)}\\explorer.exe`, args: [`shell:AppsFolder\\${target.windowsAppId}`] };
  }
  return null;
}
