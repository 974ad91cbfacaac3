/**
 * What a backup folder shows about its file index and about a backup being written into it, at
 * the cost of three lookups and no reads: which index it has (Manifest.db from iOS 10 on,
 * Manifest.mbdb before), a stamp that changes whenever the index does, and whether a Snapshot/
 * folder is there — the phone writes a new backup into Snapshot/ and moves it into place at the
 * end, so one left behind is a backup that stopped part-way.
 */
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import type { IndexKind } from './verification/verify-backup';

/** The index and Snapshot/ facts of one folder. */
export interface IndexFacts {
  /** Which index is there (a non-empty regular file); null for none. */
  index: IndexKind | null;
  /** Identity, size and time of the index file, so a changed index is verified again. */
  indexStamp: string | null;
  /** Whether a Snapshot/ folder is there. */
  snapshotFolder: boolean;
}

async function regularFile(file: string): Promise<string | null> {
  try {
    const stats = await lstat(file);
    return stats.isFile() && stats.size > 0 ? `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}` : null;
  } catch {
    return null;
  }
}

/** Looks at a folder's index files and Snapshot/ folder, never following a link. */
export async function readIndexFacts(folder: string): Promise<IndexFacts> {
  const [db, mbdb, snapshot] = await Promise.all([
    regularFile(path.join(folder, 'Manifest.db')),
    regularFile(path.join(folder, 'Manifest.mbdb')),
    lstat(path.join(folder, 'Snapshot')).then(
      (stats) => stats.isDirectory(),
      () => false,
    ),
  ]);
  const index: IndexKind | null = db !== null ? 'db' : mbdb !== null ? 'mbdb' : null;
  return { index, indexStamp: db ?? mbdb, snapshotFolder: snapshot };
}
