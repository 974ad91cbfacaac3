import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rename, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storedPath, verifyBackup } from '../../../../../../../src/main/core/probes/backups/verification/verify-backup';
import { fileIdOf, filesOf, makeTempRoot, removeTempRoot, storedFilePath, treeFingerprint, writeBackup, writeManifestDb, type BackupSpec } from '../../../../../../support/backup-fixtures';

const UDID = '00008110-001A2C3E0E38802E';
const EVERYTHING = { photosAndVideos: 9, messages: true, whatsapp: true, contacts: true, notes: true };

let root: string;
beforeEach(async () => {
  root = await makeTempRoot('verify');
});
afterEach(async () => {
  await removeTempRoot(root);
});

describe('verification', () => {
  describe('verifyBackup', () => {
    it('verifies a whole iOS 17 backup and says what is in it', async () => {
      const written = await writeBackup(root, { udid: UDID, files: 5, contents: EVERYTHING });
      const result = await verifyBackup(written.path, 'db');
      expect(result).toEqual({ state: 'verified', filesListed: written.filesListed, filesMissing: 0, contents: EVERYTHING });
    });

    it('counts listed files that are gone or cut short, and nothing else', async () => {
      const spec: BackupSpec = { udid: UDID, files: 8, contents: { photosAndVideos: 4 }, missingFiles: 2 };
      const written = await writeBackup(root, spec);
      const shortened = filesOf(spec)[5];
      if (!shortened) throw new Error('fixture has too few files');
      await truncate(storedFilePath(written.path, fileIdOf(shortened.domain, shortened.relativePath), 'db'), 10);
      // A stray file nobody lists changes nothing.
      await mkdir(path.join(written.path, 'ab'), { recursive: true });
      await writeFile(path.join(written.path, 'ab', 'ab00000000000000000000000000000000000000'), 'stray');
      const result = await verifyBackup(written.path, 'db');
      expect(result).toMatchObject({ state: 'files-missing', filesListed: written.filesListed, filesMissing: 3 });
    });

    it('reads an iOS 9 backup: Manifest.mbdb, files stored flat', async () => {
      const written = await writeBackup(root, { udid: UDID, index: 'mbdb', files: 3, contents: { photosAndVideos: 2, messages: true } });
      expect(await verifyBackup(written.path, 'mbdb')).toEqual({
        state: 'verified',
        filesListed: written.filesListed,
        filesMissing: 0,
        contents: { photosAndVideos: 2, messages: true, whatsapp: false, contacts: false, notes: false },
      });
      const first = filesOf({ udid: UDID, files: 3 })[0];
      if (!first) throw new Error('fixture has no files');
      await rm(storedFilePath(written.path, fileIdOf(first.domain, first.relativePath), 'mbdb'));
      expect(await verifyBackup(written.path, 'mbdb')).toMatchObject({ state: 'files-missing', filesMissing: 1 });
    });

    it('calls a missing, empty, garbled or cut-short index unreadable, in plain words', async () => {
      const written = await writeBackup(root, { udid: UDID, files: 3 });
      const db = path.join(written.path, 'Manifest.db');
      const bytes = await readFile(db);
      await writeFile(db, bytes.subarray(0, 4096));
      expect(await verifyBackup(written.path, 'db')).toMatchObject({ state: 'unreadable' });
      await writeFile(db, Buffer.from('not a database at all, just some words '.repeat(200)));
      expect(await verifyBackup(written.path, 'db')).toEqual({ state: 'unreadable', reason: 'it is not a SQLite database' });
      await rm(db);
      expect(await verifyBackup(written.path, 'db')).toMatchObject({ state: 'unreadable', reason: expect.stringMatching(/could not be opened|could not be read/) });
      expect(await verifyBackup(written.path, 'mbdb')).toEqual({ state: 'unreadable', reason: 'it could not be read' });
    });

    it.skipIf(process.platform === 'win32')('never follows a linked index out of the folder, nor waits on a FIFO put in its place', async () => {
      const written = await writeBackup(root, { udid: UDID, files: 3 });
      const outside = path.join(root, 'elsewhere.db');
      await rename(path.join(written.path, 'Manifest.db'), outside);
      await symlink(outside, path.join(written.path, 'Manifest.db'));
      expect(await verifyBackup(written.path, 'db')).toMatchObject({ state: 'unreadable' });
      await rm(path.join(written.path, 'Manifest.db'));
      execFileSync('mkfifo', [path.join(written.path, 'Manifest.db')]);
      expect(await verifyBackup(written.path, 'db')).toMatchObject({ state: 'unreadable' });
      execFileSync('mkfifo', [path.join(written.path, 'Manifest.mbdb')]);
      expect(await verifyBackup(written.path, 'mbdb')).toEqual({ state: 'unreadable', reason: 'it could not be read' });
    });

    it('leaves the backup byte-identical, with no journal, WAL, shared-memory or lock file beside Manifest.db', async () => {
      const written = await writeBackup(root, { udid: UDID, files: 4, contents: EVERYTHING, missingFiles: 1 });
      const before = await treeFingerprint(root);
      await verifyBackup(written.path, 'db');
      await verifyBackup(written.path, 'db');
      expect(await treeFingerprint(root)).toEqual(before);
    });

    it('counts a listed file present when its index records no size, and missing when it is gone; a name that is not 40 hex digits is missing and never looked up', async () => {
      const folder = path.join(root, UDID);
      await mkdir(folder, { recursive: true });
      const present = fileIdOf('HomeDomain', 'Library/Present.plist');
      const gone = fileIdOf('HomeDomain', 'Library/Gone.plist');
      // Shaped like a stored file's name, but with letters past f: a path the index has no business naming.
      const unshaped = `zz${present.slice(2)}`;
      await writeManifestDb(path.join(folder, 'Manifest.db'), [
        { fileID: present, domain: 'HomeDomain', relativePath: 'Library/Present.plist', flags: 1, size: null },
        { fileID: gone, domain: 'HomeDomain', relativePath: 'Library/Gone.plist', flags: 1, size: null },
        { fileID: unshaped, domain: 'HomeDomain', relativePath: 'Library/Unshaped.plist', flags: 1, size: null },
      ]);
      for (const fileID of [present, unshaped]) {
        await mkdir(path.dirname(storedPath(folder, 'db', fileID)), { recursive: true });
        await writeFile(storedPath(folder, 'db', fileID), 'contents');
      }
      expect(await verifyBackup(folder, 'db')).toMatchObject({ state: 'files-missing', filesListed: 3, filesMissing: 2 });
    });

    it('gives a check twenty minutes, and ends one at the deadline only once it is past', async () => {
      const written = await writeBackup(root, { udid: UDID, files: 3 });
      const start = 1_000_000;
      let calls = 0;
      // The clock reads the start once, then stands exactly at the deadline.
      const atDeadline = () => (calls++ === 0 ? start : start + 20 * 60 * 1000);
      expect(await verifyBackup(written.path, 'db', { now: atDeadline })).toMatchObject({ state: 'verified' });
      calls = 0;
      const justPast = () => (calls++ === 0 ? start : start + 20 * 60 * 1000 + 1);
      expect(await verifyBackup(written.path, 'db', { now: justPast })).toEqual({ state: 'unreadable', reason: 'checking it took too long' });
    });

    it.skipIf(process.platform !== 'linux')('closes the index when a check ends early or finds none, leaving no file open (counted in /proc/self/fd, which only Linux has)', async () => {
      const written = await writeBackup(root, { udid: UDID, files: 3 });
      const openFiles = async () => (await readdir('/proc/self/fd')).length;
      const before = await openFiles();
      for (let i = 0; i < 5; i += 1) {
        expect(await verifyBackup(written.path, 'db', { isCancelled: () => true })).toEqual({ state: 'cancelled' });
        expect(await verifyBackup(written.path, 'mbdb', { isCancelled: () => true })).toMatchObject({ state: 'unreadable' });
      }
      expect(await openFiles()).toBe(before);
    });

    it('lets the app run between batches, even through an index of folders that asks the disk nothing', async () => {
      const folder = path.join(root, UDID);
      await mkdir(folder, { recursive: true });
      const rows = Array.from({ length: 3000 }, (_, i) => ({ fileID: fileIdOf('HomeDomain', `Library/Folder${i}`), domain: 'HomeDomain', relativePath: `Library/Folder${i}`, flags: 2 }));
      await writeManifestDb(path.join(folder, 'Manifest.db'), rows);
      let finished = false;
      let turnedWhileChecking = false;
      setImmediate(() => (turnedWhileChecking = !finished));
      expect(await verifyBackup(folder, 'db')).toMatchObject({ state: 'verified', filesListed: 0 });
      finished = true;
      expect(turnedWhileChecking).toBe(true);
    });

    it('stops when asked to, and gives up past its deadline', async () => {
      const written = await writeBackup(root, { udid: UDID, files: 3 });
      expect(await verifyBackup(written.path, 'db', { isCancelled: () => true })).toEqual({ state: 'cancelled' });
      let clock = 0;
      const result = await verifyBackup(written.path, 'db', { deadlineMs: 5, now: () => (clock += 10) });
      expect(result).toEqual({ state: 'unreadable', reason: 'checking it took too long' });
    });
  });
});
