/**
 * Writes a real Manifest.db for fixture backups: the schema iOS uses (`Files` with its three
 * indexes, and `Properties`), one row per listed item with its archived MBFile, through the same
 * WebAssembly SQLite the app reads with, but over a file system that may write. Journaling is off,
 * so writing leaves exactly one file behind, as a finished backup has.
 */
import { closeSync, existsSync, fstatSync, ftruncateSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import * as SQLite from 'wa-sqlite';
import * as VFS from 'wa-sqlite/src/sqlite-constants.js';
import { sqlite, type SqliteApi } from '../../../src/main/core/probes/backups/manifest/sqlite-runtime';
import { mbfileBlob } from './mbfile';

/** One row of the `Files` table. */
export interface ManifestRow {
  fileID: string;
  domain: string;
  relativePath: string;
  /** 1 file, 2 folder, 4 link. */
  flags: number;
  /** Bytes of the file (files only). */
  size?: number;
}

const WRITABLE_VFS = 'lifeboat-test-writable';

/** A plain file system for SQLite that reads and writes real files; only for building fixtures. */
class WritableFileVfs implements SQLiteVFS {
  readonly name = WRITABLE_VFS;
  readonly mxPathName = 4096;
  private readonly files = new Map<number, number>();
  /** wa-sqlite 1.0.0 caps names at 64 bytes, so SQLite gets a short name for the one file being written. */
  target = '';
  xOpen(name: string | null, fileId: number, flags: number, pOutFlags: DataView): number {
    if (name === null || !name.endsWith('fixture.db') || (flags & VFS.SQLITE_OPEN_MAIN_DB) === 0) return VFS.SQLITE_CANTOPEN;
    this.files.set(fileId, openSync(this.target, existsSync(this.target) ? 'r+' : 'w+'));
    pOutFlags.setInt32(0, flags, true);
    return VFS.SQLITE_OK;
  }
  xClose(fileId: number): number {
    closeSync(this.files.get(fileId) as number);
    this.files.delete(fileId);
    return VFS.SQLITE_OK;
  }
  xRead(fileId: number, pData: Uint8Array, iOffset: number): number {
    const read = readSync(this.files.get(fileId) as number, pData, 0, pData.byteLength, iOffset);
    if (read === pData.byteLength) return VFS.SQLITE_OK;
    pData.fill(0, read);
    return VFS.SQLITE_IOERR_SHORT_READ;
  }
  xWrite(fileId: number, pData: Uint8Array, iOffset: number): number {
    writeSync(this.files.get(fileId) as number, pData, 0, pData.byteLength, iOffset);
    return VFS.SQLITE_OK;
  }
  xTruncate(fileId: number, iSize: number): number {
    ftruncateSync(this.files.get(fileId) as number, iSize);
    return VFS.SQLITE_OK;
  }
  xSync(): number {
    return VFS.SQLITE_OK;
  }
  xFileSize(fileId: number, pSize64: DataView): number {
    pSize64.setBigInt64(0, BigInt(fstatSync(this.files.get(fileId) as number).size), true);
    return VFS.SQLITE_OK;
  }
  xLock(): number {
    return VFS.SQLITE_OK;
  }
  xUnlock(): number {
    return VFS.SQLITE_OK;
  }
  xCheckReservedLock(_fileId: number, pResOut: DataView): number {
    pResOut.setInt32(0, 0, true);
    return VFS.SQLITE_OK;
  }
  xFileControl(): number {
    return VFS.SQLITE_NOTFOUND;
  }
  xSectorSize(): number {
    return 4096;
  }
  xDeviceCharacteristics(): number {
    return 0;
  }
  xDelete(name: string): number {
    if (existsSync(name)) unlinkSync(name);
    return VFS.SQLITE_OK;
  }
  xAccess(name: string, _flags: number, pResOut: DataView): number {
    pResOut.setInt32(0, existsSync(name) ? 1 : 0, true);
    return VFS.SQLITE_OK;
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

/** Writes `rows` into a new Manifest.db at `file` (replacing any file there). */
export async function writeManifestDb(file: string, rows: readonly ManifestRow[], modified?: Date): Promise<void> {
  const api = await writableSqlite();
  if (existsSync(file)) unlinkSync(file);
  writable.target = file;
  const db = await api.open_v2('fixture.db', SQLite.SQLITE_OPEN_READWRITE | SQLite.SQLITE_OPEN_CREATE, WRITABLE_VFS);
  try {
    await api.exec(db, SCHEMA);
    await api.exec(db, 'BEGIN');
    for await (const statement of api.statements(db, 'INSERT INTO Files VALUES (?, ?, ?, ?, ?)')) {
      for (const row of rows) {
        const blob = mbfileBlob({ relativePath: row.relativePath, size: row.size ?? 0, mode: row.flags === 2 ? 0o40755 : row.flags === 4 ? 0o120755 : 0o100644, modified });
        api.bind_collection(statement, [row.fileID, row.domain, row.relativePath, row.flags, blob]);
        await api.step(statement);
        await api.reset(statement);
      }
    }
    await run(api, db, 'INSERT INTO Properties VALUES (?, ?)', ['SalvagedFiles', new Uint8Array(0)]);
    await api.exec(db, 'COMMIT');
  } finally {
    await api.close(db);
  }
}
