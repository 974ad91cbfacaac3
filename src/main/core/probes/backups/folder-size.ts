/**
 * Adds up the bytes of every file in a backup folder. Links are not followed, so a link loop or
 * a link out of the folder cannot make the walk endless or count someone else's files; a device
 * folder that is itself a link is walked only when it leads to a backup (see linked-folder.ts).
 * The walk also stops at a depth and a count no backup reaches. Parts that cannot be read are
 * skipped: the total is then a lower bound, which is all "size on disk" promises.
 */
import { lstat, readdir, type Dirent } from 'node:fs';
import path from 'node:path';
import { deviceFolderAccess } from './linked-folder';

/**
 * How many listings and lookups are asked for at once. A real backup is 256 hashed sub-folders
 * holding tens of thousands of files: several requests in flight let the thread pool take them
 * back to back, and a bound keeps one walk from crowding out everything else that uses it.
 */
const MAX_IN_FLIGHT = 32;
/** A backup's files sit two folders down (`ab/abcdef…`, or `Snapshot/ab/…` while it is written). */
const MAX_DEPTH = 4;
/** Entries looked at, at most: several times what the largest backups hold. */
export const MAX_WALK_ENTRIES = 3_000_000;

/**
 * The total size in bytes of the regular files under `folder`, counting at most `maxEntries`
 * entries; null when the folder itself cannot be read or the walk was cancelled. Plain callbacks
 * rather than promises: a walk makes one request per file, and a promise and a resumed function
 * per request would cost more than the request.
 */
export async function folderSize(folder: string, isCancelled: () => boolean = () => false, maxEntries = MAX_WALK_ENTRIES): Promise<number | null> {
  if (!(await deviceFolderAccess(folder)).readable) return null;
  return walk(folder, isCancelled, maxEntries);
}

function walk(folder: string, isCancelled: () => boolean, maxEntries: number): Promise<number | null> {
  return new Promise((resolve) => {
    const folders: Array<{ dir: string; depth: number }> = [];
    const files: string[] = [];
    let total = 0;
    let inFlight = 0;
    let seen = 0;
    let unreadable = false;

    const sort = (dir: string, depth: number, entries: Dirent[]) => {
      for (const entry of entries) {
        seen += 1;
        if (seen > maxEntries) return;
        if (entry.isDirectory() && depth < MAX_DEPTH) folders.push({ dir: path.join(dir, entry.name), depth: depth + 1 });
        else if (entry.isFile()) files.push(path.join(dir, entry.name));
      }
    };
    const done = () => {
      inFlight -= 1;
      pump();
    };
    /** Asks for more while there is room and work; a folder's listing adds more work. */
    const pump = () => {
      while (inFlight < MAX_IN_FLIGHT && !isCancelled()) {
        const file = files.pop();
        if (file !== undefined) {
          inFlight += 1;
          lstat(file, (error, stats) => {
            if (!error) total += stats.size;
            done();
          });
          continue;
        }
        const next = folders.pop();
        if (next === undefined) break;
        inFlight += 1;
        readdir(next.dir, { withFileTypes: true }, (error, entries) => {
          if (!error && seen <= maxEntries) sort(next.dir, next.depth, entries);
          done();
        });
      }
      // Nothing in flight means nothing left: this happens once, as no request is made after it.
      if (inFlight === 0) resolve(unreadable || isCancelled() ? null : total);
    };

    inFlight = 1;
    readdir(folder, { withFileTypes: true }, (error, entries) => {
      if (error) unreadable = true;
      else sort(folder, 0, entries);
      done();
    });
  });
}
