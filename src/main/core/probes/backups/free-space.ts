/** Free space on the volume that holds (or will hold) the backups. */
import { statfs } from 'node:fs/promises';
import path from 'node:path';

/**
 * Bytes this user can still write on the volume of `target`. A backup root that does not exist
 * yet lives on the volume of its nearest existing parent, so that is asked instead. Null when no
 * volume answers.
 */
export async function freeBytesAt(target: string): Promise<number | null> {
  let current = path.resolve(target);
  for (;;) {
    try {
      const stats = await statfs(current);
      return stats.bavail * stats.bsize;
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return null;
      current = parent;
    }
  }
}
