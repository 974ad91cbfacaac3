/**
 * Lists the backup roots and reads every device folder in them. A root that is refused is a
 * permission state, not "no backups"; a root that does not exist yet simply holds no backups.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { SourceStatus } from '../../../../shared/snapshot';
import { OK, unavailable } from '../../probe';
import { readBackupFolder, type FolderReading } from './backup-folder';
import type { PlistFiles } from './plist-files';
import { codeWords, errorCode, isPermissionCode } from './problems';

/** What listing one root gave: the device folders in it, or why there are none. */
export type RootListing =
  | { state: 'ok'; folders: string[]; /** Folders past the cap, not read. */ notRead?: number }
  | { state: 'missing' }
  | { state: 'denied'; code: string }
  | { state: 'failed'; code: string };

const PARALLEL_FOLDERS = 16;
/** Device folders read from one root at most: a person has a handful, a few hundred is already odd. */
export const MAX_DEVICE_FOLDERS = 256;
/**
 * A folder named like a device: a UDID, read before any other. An archived copy's
 * "-YYYYMMDD-HHMMSS" is digits and hyphens too, so the same pattern takes it in (56 characters at most).
 */
const DEVICE_NAMED = /^[0-9A-Fa-f-]{24,64}$/;

/**
 * The device folders directly in a root. Files (a stray .DS_Store) and hidden entries are not
 * backups. Past the cap, folders named like a device are kept first and the rest are counted.
 */
export async function listRoot(root: string): Promise<RootListing> {
  try {
    const entries = await readdir(root, { withFileTypes: true });
    const names = entries.filter((entry) => !entry.name.startsWith('.') && (entry.isDirectory() || entry.isSymbolicLink())).map((entry) => entry.name);
    const ranked = names.length <= MAX_DEVICE_FOLDERS ? names : [...names.filter((name) => DEVICE_NAMED.test(name)), ...names.filter((name) => !DEVICE_NAMED.test(name))];
    const folders = ranked.slice(0, MAX_DEVICE_FOLDERS).sort().map((name) => path.join(root, name));
    return names.length > MAX_DEVICE_FOLDERS ? { state: 'ok', folders, notRead: names.length - MAX_DEVICE_FOLDERS } : { state: 'ok', folders };
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return { state: 'missing' };
    return isPermissionCode(code) ? { state: 'denied', code } : { state: 'failed', code };
  }
}

/** The words for a refused root; on a Mac that is Full Disk Access, which the app can open for the person. */
export function permissionReason(root: string, platform: NodeJS.Platform): string {
  if (platform === 'darwin') {
    return 'macOS is keeping Backup Lifeboat out of the folder where Finder keeps backups. Give it Full Disk Access: System Settings → Privacy & Security → Full Disk Access, turn on Backup Lifeboat, then quit and reopen it.';
  }
  return `This account is not allowed to read the backup folder (${root}). Check that folder's permissions, or ask whoever manages this computer.`;
}

/** How the backups source is doing, from every root's listing. */
export function backupsSource(listings: ReadonlyArray<readonly [string, RootListing]>, platform: NodeJS.Platform): SourceStatus {
  const denied = listings.find(([, listing]) => listing.state === 'denied');
  if (denied) return { state: 'needs-permission', reason: permissionReason(denied[0], platform) };
  const crowded = listings.find(([, listing]) => listing.state === 'ok' && (listing.notRead ?? 0) > 0);
  if (crowded && crowded[1].state === 'ok') {
    const { folders, notRead = 0 } = crowded[1];
    return { state: 'ok', reason: `${crowded[0]} holds ${(folders.length + notRead).toLocaleString('en-US')} folders; only ${folders.length} were read (${notRead.toLocaleString('en-US')} more not shown).` };
  }
  if (listings.some(([, listing]) => listing.state === 'ok' || listing.state === 'missing')) return OK;
  const failed = listings.find(([, listing]) => listing.state === 'failed');
  if (failed && failed[1].state === 'failed') {
    return unavailable(`The backup folder (${failed[0]}) could not be read (${codeWords(failed[1].code)}).`);
  }
  return unavailable('This computer has no standard place for iPhone backups; Finder and iTunes keep them only on a Mac or a Windows PC.');
}

/**
 * Reads many device folders, a few at a time (each next one as soon as one is done); folders that
 * vanished or are not folders are left out. `onRead` hears each reading as it lands, so work that
 * follows (measuring its size) need not wait for the slowest folder.
 */
export async function readFolders(folders: readonly string[], files: PlistFiles, onRead: (reading: FolderReading) => void = () => {}): Promise<FolderReading[]> {
  const readings = new Map<string, FolderReading>();
  let next = 0;
  const worker = async () => {
    while (next < folders.length) {
      const folder = folders[next++] as string;
      const reading = await readBackupFolder(folder, files);
      if (!reading) continue;
      readings.set(folder, reading);
      onRead(reading);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_FOLDERS, folders.length) }, worker));
  return folders.flatMap((folder) => readings.get(folder) ?? []);
}
