import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { folderSize } from '../../../../../../src/main/core/probes/backups/folder-size';
import { makeTempRoot, removeTempRoot, writeBackup } from '../../../../../support/backup-fixtures';

let root: string;
beforeEach(async () => {
  root = await makeTempRoot();
});
afterEach(async () => {
  await removeTempRoot(root);
});

describe('backups probe', () => {
  describe('folderSize', () => {
    it('adds up every file in a backup, hashed sub-folders included', async () => {
      const written = await writeBackup(root, { udid: '00008110-001A2C3E0E38802E', files: 12 });
      expect(await folderSize(written.path)).toBe(written.bytes);
    });

    it('does not follow links, so a loop or a link to elsewhere adds nothing', async () => {
      const folder = path.join(root, 'device');
      await mkdir(path.join(folder, 'ab'), { recursive: true });
      await writeFile(path.join(folder, 'ab', 'file'), Buffer.alloc(1000));
      await symlink(folder, path.join(folder, 'ab', 'loop'));
      await symlink('/usr', path.join(folder, 'elsewhere'));
      expect(await folderSize(folder)).toBe(1000);
    });

    it('counts files down to four folders deep, where a backup being written keeps them, and stops below', async () => {
      const folder = path.join(root, 'device');
      const deepest = path.join(folder, 'Snapshot', 'ab', 'c', 'd');
      await mkdir(path.join(deepest, 'e'), { recursive: true });
      await writeFile(path.join(folder, 'Status.plist'), Buffer.alloc(1));
      await writeFile(path.join(folder, 'Snapshot', 'ab', 'abcd'), Buffer.alloc(10));
      await writeFile(path.join(deepest, 'kept'), Buffer.alloc(100));
      await writeFile(path.join(deepest, 'e', 'too-deep'), Buffer.alloc(1000));
      expect(await folderSize(folder)).toBe(111);
    });

    it('gives null for a folder that is not there, and stops when cancelled', async () => {
      expect(await folderSize(path.join(root, 'absent'))).toBeNull();
      const written = await writeBackup(root, { udid: '00008110-001A2C3E0E38802E' });
      expect(await folderSize(written.path, () => true)).toBeNull();
    });
  });
});
