/**
 * Reads Manifest.db, the file index of backups from iOS 10 on: a SQLite database whose `Files`
 * table lists every item (`fileID`, `domain`, `relativePath`, `flags`: 1 file, 2 folder, 4 link)
 * with an archived MBFile holding its size. Rows stream out a batch at a time through a read-only
 * SQLite that reads pages from disk on demand, so memory stays flat however long the list.
 */
import { BATCH_SIZE, MAX_ENTRIES, type EntryBatches, type EntryKind, type ManifestEntry } from './entry';
import { mbfileSize } from './mbfile-size';
import { CANTOPEN, exclusively, openReadOnly, ROW, sqlite, type ReadOnlyDatabase, type SqliteApi } from './sqlite-runtime';

const KINDS: Record<number, EntryKind> = { 1: 'file', 2: 'folder', 4: 'link' };

const QUERY = 'SELECT fileID, domain, relativePath, flags, file FROM Files';

/** Longer than any domain or path on a phone; a longer text is not read into memory at all. */
const MAX_TEXT_BYTES = 4096;

function describe(error: unknown): string {
  // wa-sqlite's error for a file that cannot be opened says only "sqlite3_open_v2"; its code tells.
  if (typeof error === 'object' && error !== null && 'code' in error && error.code === CANTOPEN) return 'it could not be opened';
  const message = error instanceof Error ? error.message : String(error);
  if (/no such table/i.test(message)) return 'it has no list of files';
  if (/not a database|file is not a database/i.test(message)) return 'it is not a SQLite database';
  if (/malformed|corrupt/i.test(message)) return 'it is damaged';
  return 'it could not be read';
}

/** A text column, unless it is too long to be a real domain, path or file ID (then ''). */
function text(api: SqliteApi, stmt: number, column: number): string {
  if (api.column_bytes(stmt, column) > MAX_TEXT_BYTES) return '';
  const value: unknown = api.column_text(stmt, column);
  return typeof value === 'string' ? value : '';
}

/** The entries of one Manifest.db; the generator's return value says whether the whole list was read. */
export async function* manifestDbEntries(file: string): EntryBatches {
  let api: SqliteApi | undefined;
  let database: ReadOnlyDatabase | null = null;
  let statement: { stmt: number } | null = null;
  let query: number | null = null;
  let rows = 0;
  try {
    api = await sqlite();
    database = await openReadOnly(api, file);
    const { handle } = database;
    const ready = api;
    statement = await exclusively(async () => {
      // Kept before preparing, so that the text is given back below even when preparing fails.
      query = ready.str_new(handle, QUERY);
      return ready.prepare_v2(handle, ready.str_value(query));
    });
    if (!statement) return { ok: false, reason: 'it has no list of files' };
    let batch: ManifestEntry[] = [];
    while ((await api.step(statement.stmt)) === ROW) {
      rows += 1;
      if (rows > MAX_ENTRIES) return { ok: false, reason: `it lists more than ${MAX_ENTRIES.toLocaleString('en-US')} items, more than any phone holds` };
      const flags = api.column_int(statement.stmt, 3);
      const kind = KINDS[flags] ?? 'other';
      batch.push({
        fileID: text(api, statement.stmt, 0),
        domain: text(api, statement.stmt, 1),
        relativePath: text(api, statement.stmt, 2),
        kind,
        // Only files have contents to check; the blob is a view into SQLite's memory, read before the next step.
        size: kind === 'file' ? mbfileSize(api.column_blob(statement.stmt, 4)) : null,
      });
      if (batch.length === BATCH_SIZE) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
    return { ok: true, rows };
  } catch (error) {
    return { ok: false, reason: describe(error) };
  } finally {
    if (api && statement) await api.finalize(statement.stmt).catch(() => 0);
    if (api && query !== null) api.str_finish(query);
    await database?.close();
  }
}
