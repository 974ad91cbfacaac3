/**
 * A record of everything under a folder that writing, renaming or deleting would change: every
 * entry's path, kind, size, permissions, modification time, link target and content hash. Two
 * equal fingerprints mean the tree was left byte-identical. Access times are left out: reading
 * is allowed to touch them.
 */
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';

/** One line per entry, sorted by path. */
export async function treeFingerprint(root: string): Promise<string[]> {
  const lines: string[] = [];
  const visit = async (dir: string) => {
    const stats = await lstat(dir);
    lines.push(`${path.relative(root, dir) || '.'}\tdir\t${stats.mode.toString(8)}\t${stats.mtimeMs}`);
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const inner = path.join(dir, entry.name);
      const relative = path.relative(root, inner);
      if (entry.isDirectory()) {
        await visit(inner);
      } else if (entry.isSymbolicLink()) {
        lines.push(`${relative}\tlink\t${await readlink(inner)}`);
      } else if (!entry.isFile()) {
        // A FIFO, socket or device: its kind and mode are what writing could change (reading a FIFO would block).
        const info = await lstat(inner);
        lines.push(`${relative}\tspecial\t${info.mode.toString(8)}\t${info.mtimeMs}`);
      } else {
        const info = await lstat(inner);
        const hash = info.mode & 0o444 ? createHash('sha256').update(await readFile(inner)).digest('hex') : 'unreadable';
        lines.push(`${relative}\tfile\t${info.mode.toString(8)}\t${info.size}\t${info.mtimeMs}\t${hash}`);
      }
    }
  };
  await visit(root);
  return lines;
}
