import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readIndexFacts } from '../../../../../../src/main/core/probes/backups/index-files';
import { makeTempRoot, removeTempRoot } from '../../../../../support/backup-fixtures';

const posix = process.platform !== 'win32';

let folder: string;
beforeEach(async () => {
  folder = await makeTempRoot('index-files');
});
afterEach(async () => {
  await removeTempRoot(folder);
});

describe('backups probe', () => {
  describe('readIndexFacts', () => {
    it('finds no index and no Snapshot folder in an empty folder', async () => {
      expect(await readIndexFacts(folder)).toEqual({ index: null, indexStamp: null, snapshotFolder: false });
    });

    it('prefers Manifest.db to Manifest.mbdb, and stamps whichever it found', async () => {
      await writeFile(path.join(folder, 'Manifest.mbdb'), 'mbdb\x05\x00');
      const old = await readIndexFacts(folder);
      expect(old).toMatchObject({ index: 'mbdb', indexStamp: expect.stringMatching(/:6:/) });
      await writeFile(path.join(folder, 'Manifest.db'), 'SQLite format 3\0');
      expect(await readIndexFacts(folder)).toMatchObject({ index: 'db', indexStamp: expect.stringMatching(/:16:/) });
    });

    it('gives a new stamp when the index changes', async () => {
      await writeFile(path.join(folder, 'Manifest.db'), 'SQLite format 3\0');
      const before = await readIndexFacts(folder);
      await writeFile(path.join(folder, 'Manifest.db'), 'SQLite format 3\0 and more');
      const after = await readIndexFacts(folder);
      expect(after.indexStamp).not.toBe(before.indexStamp);
    });

    it('counts no empty file and no folder as an index', async () => {
      await writeFile(path.join(folder, 'Manifest.db'), '');
      await mkdir(path.join(folder, 'Manifest.mbdb'));
      expect(await readIndexFacts(folder)).toEqual({ index: null, indexStamp: null, snapshotFolder: false });
    });

    it('sees a Snapshot folder, but not a file of that name', async () => {
      await mkdir(path.join(folder, 'Snapshot'));
      expect((await readIndexFacts(folder)).snapshotFolder).toBe(true);
      const other = path.join(folder, 'other');
      await mkdir(other);
      await writeFile(path.join(other, 'Snapshot'), '');
      expect((await readIndexFacts(other)).snapshotFolder).toBe(false);
    });

    it.skipIf(!posix)('follows no link, to an index or to a Snapshot folder', async () => {
      const elsewhere = path.join(folder, 'elsewhere');
      await mkdir(path.join(elsewhere, 'Snapshot'), { recursive: true });
      await writeFile(path.join(elsewhere, 'Manifest.db'), 'SQLite format 3\0');
      const backup = path.join(folder, 'backup');
      await mkdir(backup);
      await symlink(path.join(elsewhere, 'Manifest.db'), path.join(backup, 'Manifest.db'));
      await symlink(path.join(elsewhere, 'Snapshot'), path.join(backup, 'Snapshot'));
      expect(await readIndexFacts(backup)).toEqual({ index: null, indexStamp: null, snapshotFolder: false });
    });
  });
});
