/**
 * How the app starts another program (Finder, iTunes, Apple Devices): by absolute path, never by
 * a name looked up through PATH (see ../system-programs). Pure, so each platform's command is
 * unit-tested.
 */
import { MAC_OPEN, windowsProgram } from '../system-programs';

/** A program to start: an absolute path and its arguments. */
export interface LaunchCommand {
  file: string;
  args: string[];
}

/** The command that opens `target` on `platform`, or null when there is none there. */
export function launchCommand(
  target: { macAppName?: string; windowsAppId?: string },
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
): LaunchCommand | null {
  if (platform === 'darwin' && target.macAppName) return { file: MAC_OPEN, args: ['-a', target.macAppName] };
  if (platform === 'win32' && target.windowsAppId) {
    return { file: windowsProgram('explorer.exe', env), args: [`shell:AppsFolder\\${target.windowsAppId}`] };
  }
  return null;
}
