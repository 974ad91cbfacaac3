/**
 * A SQLite virtual file system that can only read one kind of file: a database that nobody is
 * writing. It opens the main database file for reading and nothing else (no journal, no WAL, no
 * shared memory, no lock files), answers every question about side files with "there are none",
 * and tells SQLite the file is immutable, so SQLite never asks to lock, write or create anything.
 * Pages are read from disk when SQLite asks for them, so a big manifest is never held in memory.
 *
 * SQLite is never given a real path, only a short name this file system hands out for one file
 * (`nameFor`): wa-sqlite 1.0.0 caps names at 64 bytes, and a name SQLite was not handed cannot
 * be opened at all.
 */
import { closeSync, fstatSync, readSync } from 'node:fs';
import * as VFS from 'wa-sqlite/src/sqlite-constants.js';
import { openRegularFileSync } from './open-regular';

/** The name SQLite knows this file system by. */
export const READ_ONLY_VFS_NAME = 'lifeboat-read-only';

/** Reads database files in place, never writing or creating one. */
export class ReadOnlyFileVfs implements SQLiteVFS {
  readonly name: string = READ_ONLY_VFS_NAME;
  readonly mxPathName = 4096;
  /** Open files: SQLite's file id → descriptor. */
  protected readonly files = new Map<number, number>();
  private readonly paths = new Map<string, string>();
  private named = 0;

  /** A short name under which SQLite may open `file`; give it back with `release` once closed. */
  nameFor(file: string): string {
    const name = `manifest-${(this.named += 1)}.db`;
    this.paths.set(name, file);
    return name;
  }

  /** Forgets a name handed out by `nameFor`. */
  release(name: string): void {
    this.paths.delete(name);
  }

  /** The real path behind a name handed out by `nameFor`. */
  protected pathOf(name: string | null): string | undefined {
    return name === null ? undefined : this.paths.get(name.replace(/^\/+/, ''));
  }

  xOpen(name: string | null, fileId: number, flags: number, pOutFlags: DataView): number {
    // Only the main database may be opened; a journal or WAL would mean SQLite wants to write.
    const file = this.pathOf(name);
    if (file === undefined || (flags & VFS.SQLITE_OPEN_MAIN_DB) === 0 || (flags & VFS.SQLITE_OPEN_CREATE) !== 0) return VFS.SQLITE_CANTOPEN;
    const fd = openRegularFileSync(file);
    if (fd === null) return VFS.SQLITE_CANTOPEN;
    this.files.set(fileId, fd);
    pOutFlags.setInt32(0, VFS.SQLITE_OPEN_READONLY, true);
    return VFS.SQLITE_OK;
  }

  xClose(fileId: number): number {
    const fd = this.files.get(fileId);
    this.files.delete(fileId);
    if (fd !== undefined) closeSync(fd);
    return VFS.SQLITE_OK;
  }

  xRead(fileId: number, pData: Uint8Array, iOffset: number): number {
    const fd = this.files.get(fileId);
    if (fd === undefined) return VFS.SQLITE_IOERR_READ;
    let filled = 0;
    try {
      while (filled < pData.byteLength) {
        const bytesRead = readSync(fd, pData, filled, pData.byteLength - filled, iOffset + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
    } catch {
      return VFS.SQLITE_IOERR_READ;
    }
    if (filled === pData.byteLength) return VFS.SQLITE_OK;
    // SQLite's contract: a short read fills the rest with zeros.
    pData.fill(0, filled);
    return VFS.SQLITE_IOERR_SHORT_READ;
  }

  xWrite(_fileId: number, _pData: Uint8Array, _iOffset: number): number {
    return VFS.SQLITE_READONLY;
  }

  xTruncate(_fileId: number, _iSize: number): number {
    return VFS.SQLITE_READONLY;
  }

  xSync(): number {
    return VFS.SQLITE_OK;
  }

  xFileSize(fileId: number, pSize64: DataView): number {
    const fd = this.files.get(fileId);
    if (fd === undefined) return VFS.SQLITE_IOERR_FSTAT;
    try {
      pSize64.setBigInt64(0, BigInt(fstatSync(fd).size), true);
    } catch {
      return VFS.SQLITE_IOERR_FSTAT;
    }
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

  xDelete(): number {
    return VFS.SQLITE_READONLY;
  }

  /** No journal, WAL or anything else exists beside the database, as far as SQLite is told: there is nothing to recover or replay. */
  xAccess(_name: string, _flags: number, pResOut: DataView): number {
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
    return VFS.SQLITE_IOCAP_IMMUTABLE;
  }

  /** Closes every file still open, for a runtime being dropped. */
  closeAll(): void {
    for (const fileId of [...this.files.keys()]) this.xClose(fileId);
  }
}
