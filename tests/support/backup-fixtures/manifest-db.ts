/**
 * Writes a real Manifest.db for fixture backups: the schema iOS uses (`Files` with its three
 * indexes, and `Properties`), one row per listed item with its archived MBFile, through the same
 * WebAssembly SQLite the app reads with, over its read-only file system with writing added.
 * Journaling is off, so writing leaves exactly one file behind, as a finished backup has.
 */
import { existsSync, ftruncateSync, openSync, unlinkSync, writeSync } from 'node:fs';
import * as SQLite from 'wa-sqlite';
import * as VFS from 'wa-sqlite/src/sqlite-constants.js';
import { ReadOnlyFileVfs } from '../../../src/main/core/probes/backups/manifest/read-only-vfs';
import { exclusively, sqlite, type SqliteApi } from '../../../src/main/core/probes/backups/manifest/sqlite-runtime';
import { mbfileBlob } from './mbfile';

/** One row of the `Files` table. */
export interface ManifestRow {
  fileID: string;
  /** null leaves the column NULL, as a damaged or hand-made index may. */
  domain: string | null;
  relativePath: string | null;
  /** 1 file, 2 folder, 4 link. */
  flags: number;
  /** Bytes of the file (files only); 0 when left out, and null for an MBFile that records no size. */
  size?: number | null;
}

/** The read-only file system with writing added: only for building fixtures, never in the app. */
class WritableFileVfs extends ReadOnlyFileVfs {
  override readonly name = 'lifeboat-test-writable';
  override xOpen(name: string | null, fileId: number, flags: number, pOutFlags: DataView): number {
    const file = this.pathOf(name);
    if (file === undefined || (flags & VFS.SQLITE_OPEN_MAIN_DB) === 0) return VFS.SQLITE_CANTOPEN;
    this.files.set(fileId, openSync(file, existsSync(file) ? 'r+' : 'w+'));
    pOutFlags.setInt32(0, flags, true);
    return VFS.SQLITE_OK;
  }
  override xWrite(fileId: number, pData: Uint8Array, iOffset: number): number {
    writeSync(this.files.get(fileId) as number, pData, 0, pData.byteLength, iOffset);
    return VFS.SQLITE_OK;
  }
  override xTruncate(fileId: number, iSize: number): number {
    ftruncateSync(this.files.get(fileId) as number, iSize);
    return VFS.SQLITE_OK;
  }
  override xDeviceCharacteristics(): number {
    return 0;
  }
}

const writable = new WritableFileVfs();
let registered: Promise<SqliteApi> | null = null;
function writableSqlite(): Promise<SqliteApi> {
  registered ??= sqlite().then((api) => {
    api.vfs_register(writable, false);
    return api;
  });
  return registered;
}

const SCHEMA = [
  'PRAGMA journal_mode=OFF',
  'PRAGMA page_size=4096',
  'CREATE TABLE Files (fileID TEXT PRIMARY KEY, domain TEXT, relativePath TEXT, flags INTEGER, file BLOB)',
  'CREATE INDEX FilesDomainIdx ON Files(domain)',
  'CREATE INDEX FilesRelativePathIdx ON Files(relativePath)',
  'CREATE INDEX FilesFlagsIdx ON Files(flags)',
  'CREATE TABLE Properties (key TEXT PRIMARY KEY, value BLOB)',
].join(';\n');

/** Runs SQL with bound values through a fresh statement. */
async function run(api: SqliteApi, db: number, sql: string, values: SQLiteCompatibleType[]): Promise<void> {
  for await (const statement of api.statements(db, sql)) {
    api.bind_collection(statement, values);
    await api.step(statement);
  }
}

/** Writes `rows` into a new Manifest.db at `file` (replacing any file there), one database at a time. */
export function writeManifestDb(file: string, rows: readonly ManifestRow[], modified?: Date): Promise<void> {
  return exclusively(() => writeOne(file, rows, modified));
}

async function writeOne(file: string, rows: readonly ManifestRow[], modified?: Date): Promise<void> {
  const api = await writableSqlite();
  if (existsSync(file)) unlinkSync(file);
  const name = writable.nameFor(file);
  const db = await api.open_v2(name, SQLite.SQLITE_OPEN_READWRITE | SQLite.SQLITE_OPEN_CREATE, writable.name);
  try {
    await api.exec(db, SCHEMA);
    await api.exec(db, 'BEGIN');
    for await (const statement of api.statements(db, 'INSERT INTO Files VALUES (?, ?, ?, ?, ?)')) {
      for (const row of rows) {
        const blob = mbfileBlob({ relativePath: row.relativePath ?? '', size: row.size === undefined ? 0 : row.size, mode: row.flags === 2 ? 0o40755 : row.flags === 4 ? 0o120755 : 0o100644, modified });
        api.bind_collection(statement, [row.fileID, row.domain, row.relativePath, row.flags, blob]);
        await api.step(statement);
        await api.reset(statement);
      }
    }
    await run(api, db, 'INSERT INTO Properties VALUES (?, ?)', ['SalvagedFiles', new Uint8Array(0)]);
    await api.exec(db, 'COMMIT');
  } finally {
    await api.close(db);
    writable.release(name);
  }
}
