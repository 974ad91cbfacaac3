/** One item a backup's file index lists, whichever index (Manifest.db or Manifest.mbdb) it came from. */

/** What an item is on the phone. */
export type EntryKind = 'file' | 'folder' | 'link' | 'other';

/** One listed item. */
export interface ManifestEntry {
  /** The name its contents are stored under: the SHA-1 of "domain-relativePath", 40 hex digits. */
  fileID: string;
  domain: string;
  relativePath: string;
  kind: EntryKind;
  /** Bytes the index says the file holds; null when it does not say (or not readably). */
  size: number | null;
}

/** What reading an index gave, besides its entries. */
export type IndexOutcome = { ok: true; rows: number } | { ok: false; reason: string };

/** Entries arrive a batch at a time, so a big index is never held whole. */
export type EntryBatches = AsyncGenerator<ManifestEntry[], IndexOutcome>;

/** How many entries each batch holds: small enough that handling one never stalls the app. */
export const BATCH_SIZE = 1000;

/** More rows than any phone's backup lists (a full 1 TB phone lists about half a million). */
export const MAX_ENTRIES = 3_000_000;

/** Exactly 40 hex digits: anything else could name a path outside the backup and is never looked up. */
export const FILE_ID_SHAPE = /^[0-9a-fA-F]{40}$/;
