/**
 * Where the operating system's own programs live, by absolute path. The app starts them by these
 * paths and never by a bare name, which would be looked up through PATH — and anything able to
 * change the environment could put a program of its own first on it.
 */

/** macOS's `open`, which starts an app by its name. */
export const MAC_OPEN = '/usr/bin/open';

/** macOS's `sw_vers`, which tells the system's version. */
export const MAC_SW_VERS = '/usr/bin/sw_vers';

/** Where Windows lives when the environment does not say (or says something that is not a folder path). */
const DEFAULT_WINDOWS_DIR = 'C:\\Windows';

/** A drive-rooted folder path with no characters Windows forbids in names. */
const WINDOWS_DIR_PATTERN = /^[A-Za-z]:(\\[^\\/:*?"<>|\r\n]+)+\\?$/;

/** The Windows programs the app starts, relative to Windows' own folder. */
const WINDOWS_PROGRAMS = {
  'explorer.exe': 'explorer.exe',
  'sc.exe': 'System32\\sc.exe',
  'reg.exe': 'System32\\reg.exe',
  'powershell.exe': 'System32\\WindowsPowerShell\\v1.0\\powershell.exe',
} as const;

/** `%SystemRoot%` (Windows' own folder) when it is a plain drive-rooted path; else C:\Windows. */
export function windowsDirectory(env: Record<string, string | undefined> = process.env): string {
  const root = env.SystemRoot ?? env.SYSTEMROOT;
  return root && WINDOWS_DIR_PATTERN.test(root) ? root.replace(/\\+$/, '') : DEFAULT_WINDOWS_DIR;
}

/** The absolute path of one of Windows' own programs. */
export function windowsProgram(name: keyof typeof WINDOWS_PROGRAMS, env: Record<string, string | undefined> = process.env): string {
  return `${windowsDirectory(env)}\\${WINDOWS_PROGRAMS[name]}`;
}
