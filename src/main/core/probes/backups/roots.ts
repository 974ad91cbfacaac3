/** Where Finder, iTunes and Apple Devices keep local backups on each operating system (apple-facts §3). */
import os from 'node:os';
import path from 'node:path';

/** What the default places depend on. */
export interface RootContext {
  platform: NodeJS.Platform;
  home: string;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * The backup folders to read, most likely first. A Mac has one; Windows has two, one for iTunes
 * from Apple's installer and one for iTunes or Apple Devices from the Microsoft Store, and either
 * may hold backups. Other systems have no standard place.
 */
export function defaultBackupRoots(context: RootContext = { platform: process.platform, home: os.homedir(), env: process.env }): string[] {
  if (context.platform === 'darwin') {
    return [path.posix.join(context.home, 'Library', 'Application Support', 'MobileSync', 'Backup')];
  }
  if (context.platform === 'win32') {
    const profile = context.env.USERPROFILE ?? context.home;
    const roaming = context.env.APPDATA ?? path.win32.join(profile, 'AppData', 'Roaming');
    return [
      path.win32.join(roaming, 'Apple Computer', 'MobileSync', 'Backup'),
      path.win32.join(profile, 'Apple', 'MobileSync', 'Backup'),
    ];
  }
  return [];
}
