import { fstatSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as VFS from 'wa-sqlite/src/sqlite-constants.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { READ_ONLY_VFS_NAME, ReadOnlyFileVfs } from '../../../../../../../src/main/core/probes/backups/manifest/read-only-vfs';
import { makeTempRoot, removeTempRoot } from '../../../../../../support/backup-fixtures';

const MAIN_DB = VFS.SQLITE_OPEN_MAIN_DB | VFS.SQLITE_OPEN_READONLY;

/** The read-only file system with its table of open files in view, to see what it leaves open. */
class WatchedVfs extends ReadOnlyFileVfs {
  openDescriptors(): number[] {
    return [...this.files.values()];
  }
}

let root: string;
let file: string;
let vfs: WatchedVfs;
beforeEach(async () => {
  root = await makeTempRoot('read-only-vfs');
  file = path.join(root, 'Manifest.db');
  await writeFile(file, '0123456789');
  vfs = new WatchedVfs();
});
afterEach(async () => {
  vfs.closeAll();
  await removeTempRoot(root);
});

const flagsOut = () => new DataView(new ArrayBuffer(4));

/** Whether `fd` still names the test's database: a closed number may already name another file this process opened. */
function stillOpen(fd: number): boolean {
  try {
    return fstatSync(fd).ino === statSync(file).ino;
  } catch {
    return false;
  }
}

describe('manifest', () => {
  describe('ReadOnlyFileVfs', () => {
    it('opens only a name it handed out, for the main database, read-only and never to create', () => {
      const name = vfs.nameFor(file);
      const out = flagsOut();
      expect(vfs.name).toBe(READ_ONLY_VFS_NAME);
      expect(vfs.xOpen('/unknown.db', 1, MAIN_DB, flagsOut())).toBe(VFS.SQLITE_CANTOPEN);
      expect(vfs.xOpen(null, 1, MAIN_DB, flagsOut())).toBe(VFS.SQLITE_CANTOPEN);
      // Only slashes in front are dropped: one inside makes another name.
      expect(vfs.xOpen(name.replace('-', '/-'), 1, MAIN_DB, flagsOut())).toBe(VFS.SQLITE_CANTOPEN);
      expect(vfs.xOpen(name, 1, VFS.SQLITE_OPEN_MAIN_JOURNAL | VFS.SQLITE_OPEN_READONLY, flagsOut())).toBe(VFS.SQLITE_CANTOPEN);
      expect(vfs.xOpen(name, 1, MAIN_DB | VFS.SQLITE_OPEN_CREATE, flagsOut())).toBe(VFS.SQLITE_CANTOPEN);
      expect(vfs.openDescriptors()).toEqual([]);
      // SQLite may put slashes in front of the name it was given.
      expect(vfs.xOpen(`//${name}`, 1, MAIN_DB, out)).toBe(VFS.SQLITE_OK);
      expect(out.getInt32(0, true)).toBe(VFS.SQLITE_OPEN_READONLY);
      expect(vfs.openDescriptors()).toHaveLength(1);
    });

    it('hands out a new name each time and forgets one given back', () => {
      const first = vfs.nameFor(file);
      const second = vfs.nameFor(file);
      expect(first).not.toBe(second);
      vfs.release(first);
      expect(vfs.xOpen(first, 1, MAIN_DB, flagsOut())).toBe(VFS.SQLITE_CANTOPEN);
      expect(vfs.xOpen(second, 2, MAIN_DB, flagsOut())).toBe(VFS.SQLITE_OK);
      expect(vfs.xOpen(vfs.nameFor(path.join(root, 'absent.db')), 3, MAIN_DB, flagsOut())).toBe(VFS.SQLITE_CANTOPEN);
    });

    it('reads pages where asked, and fills a short read past the end with zeros, as SQLite expects', () => {
      vfs.xOpen(vfs.nameFor(file), 7, MAIN_DB, flagsOut());
      const page = new Uint8Array(4);
      expect(vfs.xRead(7, page, 3)).toBe(VFS.SQLITE_OK);
      expect(Buffer.from(page).toString()).toBe('3456');
      const tail = new Uint8Array(6).fill(0xee);
      expect(vfs.xRead(7, tail, 8)).toBe(VFS.SQLITE_IOERR_SHORT_READ);
      expect([...tail]).toEqual([0x38, 0x39, 0, 0, 0, 0]);
      expect(vfs.xRead(8, page, 0)).toBe(VFS.SQLITE_IOERR_READ);
      const size = new DataView(new ArrayBuffer(8));
      expect(vfs.xFileSize(7, size)).toBe(VFS.SQLITE_OK);
      expect(size.getBigInt64(0, true)).toBe(10n);
      expect(vfs.xFileSize(8, size)).toBe(VFS.SQLITE_IOERR_FSTAT);
    });

    it('refuses every write, truncation and deletion, and says nothing lies beside the database', () => {
      vfs.xOpen(vfs.nameFor(file), 1, MAIN_DB, flagsOut());
      expect(vfs.xWrite(1, new Uint8Array(4), 0)).toBe(VFS.SQLITE_READONLY);
      expect(vfs.xTruncate(1, 0)).toBe(VFS.SQLITE_READONLY);
      expect(vfs.xDelete()).toBe(VFS.SQLITE_READONLY);
      const answer = new DataView(new ArrayBuffer(4));
      answer.setInt32(0, 1, true);
      expect(vfs.xAccess(`${file}-journal`, 0, answer)).toBe(VFS.SQLITE_OK);
      expect(answer.getInt32(0, true)).toBe(0);
      answer.setInt32(0, 1, true);
      expect(vfs.xCheckReservedLock(1, answer)).toBe(VFS.SQLITE_OK);
      expect(answer.getInt32(0, true)).toBe(0);
      expect(vfs.xDeviceCharacteristics()).toBe(VFS.SQLITE_IOCAP_IMMUTABLE);
      expect(vfs.xFileControl()).toBe(VFS.SQLITE_NOTFOUND);
      expect(vfs.xSectorSize()).toBe(4096);
      expect([vfs.xSync(), vfs.xLock(), vfs.xUnlock()]).toEqual([VFS.SQLITE_OK, VFS.SQLITE_OK, VFS.SQLITE_OK]);
    });

    it('closes each file it opened, once, and every one still open when dropped', () => {
      for (const id of [1, 2, 3]) vfs.xOpen(vfs.nameFor(file), id, MAIN_DB, flagsOut());
      const [first, ...rest] = vfs.openDescriptors();
      expect(vfs.xClose(1)).toBe(VFS.SQLITE_OK);
      expect(vfs.xClose(1)).toBe(VFS.SQLITE_OK);
      expect(stillOpen(first as number)).toBe(false);
      expect(rest.map(stillOpen)).toEqual([true, true]);
      vfs.closeAll();
      expect(vfs.openDescriptors()).toEqual([]);
      expect(rest.map(stillOpen)).toEqual([false, false]);
    });
  });
});
