/**
 * Checks that a backup holds what its file index lists: every listed file present, under its
 * 40-hex name (in a two-digit sub-folder from iOS 10 on, flat before), with the size the index
 * records. Reads the index a batch at a time and looks the files up alongside, a bounded number
 * at once, yielding to the event loop between batches so the app never stalls while it runs.
 * Also tallies what the backup holds (photos and videos, Messages, WhatsApp, Contacts, Notes).
 */
import path from 'node:path';
import type { BackupContents } from '../../../../../shared/snapshot';
import { FILE_ID_SHAPE, type EntryBatches, type ManifestEntry } from '../manifest/entry';
import { manifestDbEntries } from '../manifest/manifest-db';
import { manifestMbdbEntries } from '../manifest/manifest-mbdb';
import { emptyContents, noteEntry } from './contents';
import { createStatPool } from './stat-pool';

/** Which file index a backup has. */
export type IndexKind = 'db' | 'mbdb';

/** What checking a backup against its index found. */
export type VerifyResult =
  | { state: 'verified' | 'files-missing'; filesListed: number; filesMissing: number; contents: BackupContents }
  | { state: 'unreadable'; reason: string }
  | { state: 'cancelled' };

/** The index's file name for each kind. */
export const INDEX_FILE: Record<IndexKind, string> = { db: 'Manifest.db', mbdb: 'Manifest.mbdb' };

/** Lookups in flight at once: enough to keep the disk busy, few enough to leave the thread pool to others. */
const PARALLEL_LOOKUPS = 64;

/** Longer than any real verification takes on a slow disk; past it the check gives up and says so. */
export const VERIFY_DEADLINE_MS = 20 * 60 * 1000;

/** Where a listed file's contents are stored in the backup folder. */
export function storedPath(folder: string, kind: IndexKind, fileID: string): string {
  return kind === 'db' ? path.join(folder, fileID.slice(0, 2), fileID) : path.join(folder, fileID);
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Options for one check. */
export interface VerifyOptions {
  isCancelled?: () => boolean;
  deadlineMs?: number;
  /** The clock, for tests of the deadline. */
  now?: () => number;
}

/** Verifies the unencrypted backup in `folder` against its index. */
export async function verifyBackup(folder: string, kind: IndexKind, options: VerifyOptions = {}): Promise<VerifyResult> {
  const isCancelled = options.isCancelled ?? (() => false);
  const now = options.now ?? Date.now;
  const deadline = now() + (options.deadlineMs ?? VERIFY_DEADLINE_MS);
  const batches: EntryBatches = kind === 'db' ? manifestDbEntries(path.join(folder, INDEX_FILE.db)) : manifestMbdbEntries(path.join(folder, INDEX_FILE.mbdb));
  const pool = createStatPool(PARALLEL_LOOKUPS);
  const contents = emptyContents();
  let filesListed = 0;
  let filesMissing = 0;

  const check = (entry: ManifestEntry) => {
    filesListed += 1;
    if (!FILE_ID_SHAPE.test(entry.fileID)) {
      filesMissing += 1;
      return;
    }
    pool.lookUp(storedPath(folder, kind, entry.fileID), (size) => {
      if (size === null || (entry.size !== null && size !== entry.size)) filesMissing += 1;
    });
  };

  try {
    for (;;) {
      const next = await batches.next();
      if (next.done) {
        await pool.idle();
        if (!next.value.ok) return { state: 'unreadable', reason: next.value.reason };
        return { state: filesMissing > 0 ? 'files-missing' : 'verified', filesListed, filesMissing, contents };
      }
      for (const entry of next.value) {
        if (entry.kind !== 'file') continue;
        noteEntry(contents, entry);
        check(entry);
        if (filesListed % 64 === 0) await pool.room();
      }
      if (isCancelled()) return { state: 'cancelled' };
      if (now() > deadline) return { state: 'unreadable', reason: 'checking it took too long' };
      await yieldToEventLoop();
    }
  } finally {
    // Closes the index (and its database connection) when the check ends early.
    await batches.return({ ok: false, reason: 'stopped' });
    await pool.idle();
  }
}
