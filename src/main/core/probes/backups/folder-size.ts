/**
 * Adds up the bytes of every file in a backup folder. Links are not followed, so a link loop or
 * a link out of the folder cannot make the walk endless or count someone else's files. Parts
 * that cannot be read are skipped: the total is then a lower bound, which is all "size on disk"
 * promises.
 */
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';

const PARALLEL_STATS = 16;

/** The total size in bytes of the regular files under `folder`; null when the folder itself cannot be read. */
export async function folderSize(folder: string, isCancelled: () => boolean = () => false): Promise<number | null> {
  let total = 0;
  const pending = [folder];
  let first = true;
  while (pending.length > 0) {
    if (isCancelled()) return null;
    const dir = pending.pop() as string;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      if (first) return null;
      continue;
    }
    first = false;
    const files: string[] = [];
    for (const entry of entries) {
      if (entry.isDirectory()) pending.push(path.join(dir, entry.name));
      else if (entry.isFile()) files.push(path.join(dir, entry.name));
    }
    for (let start = 0; start < files.length; start += PARALLEL_STATS) {
      const sizes = await Promise.all(files.slice(start, start + PARALLEL_STATS).map((file) => lstat(file).then((s) => s.size, () => 0)));
      for (const size of sizes) total += size;
    }
  }
  return total;
}
