/**
 * Which device folders may be read. People move backups to an external disk and leave a link in
 * their place, so a device folder that is a link is read when the folder it leads to looks like a
 * backup; any other link (to `/`, to someone's home) is never listed, measured or watched into.
 */
import { lstat, stat } from 'node:fs/promises';
import path from 'node:path';
import { errorCode } from './problems';
import { LINK_CODE } from './safe-open';

/** Files every backup has at least one of, as ordinary files directly in its folder. */
const BACKUP_MARKERS = ['Manifest.plist', 'Status.plist', 'Info.plist', 'Manifest.db'];

/** Whether a device folder may be read, or the code for why not. */
export type FolderAccess = { readable: true } | { readable: false; code: string };

async function isRegularFile(file: string): Promise<boolean> {
  return lstat(file).then((stats) => stats.isFile(), () => false);
}

/** A real folder may be read; a link only when it leads to a folder holding a backup's files. */
export async function deviceFolderAccess(folder: string): Promise<FolderAccess> {
  let own;
  try {
    own = await lstat(folder);
  } catch (error) {
    return { readable: false, code: errorCode(error) };
  }
  if (!own.isSymbolicLink()) return { readable: true };
  try {
    if (!(await stat(folder)).isDirectory()) return { readable: false, code: LINK_CODE };
  } catch (error) {
    return { readable: false, code: errorCode(error) };
  }
  const marked = await Promise.all(BACKUP_MARKERS.map((name) => isRegularFile(path.join(folder, name))));
  return marked.includes(true) ? { readable: true } : { readable: false, code: LINK_CODE };
}
