import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { folderSize } from '../../../../../../src/main/core/probes/backups/folder-size';
import { deviceFolderAccess } from '../../../../../../src/main/core/probes/backups/linked-folder';
import { LINK_CODE } from '../../../../../../src/main/core/probes/backups/safe-open';
import { makeTempRoot, removeTempRoot, writeBackup } from '../../../../../support/backup-fixtures';
import { timeBudgetMs } from '../../../../../support/machine-load';

const posix = process.platform !== 'win32';
const UDID = '00008110-001A2C3E0E38802E';

let root: string;
let elsewhere: string;
beforeEach(async () => {
  root = await makeTempRoot('linked');
  elsewhere = await makeTempRoot('external-disk');
});
afterEach(async () => {
  await removeTempRoot(root);
  await removeTempRoot(elsewhere);
});

describe.skipIf(!posix)('backups probe', () => {
  describe('deviceFolderAccess', () => {
    it('reads a real folder, and a link to a backup moved to another disk', async () => {
      const moved = await writeBackup(elsewhere, { udid: UDID, files: 3 });
      await mkdir(path.join(root, 'plain'));
      await symlink(moved.path, path.join(root, UDID));
      expect(await deviceFolderAccess(path.join(root, 'plain'))).toEqual({ readable: true });
      expect(await deviceFolderAccess(path.join(root, UDID))).toEqual({ readable: true });
      expect(await folderSize(path.join(root, UDID))).toBe(moved.bytes);
    });

    it('never reads or measures a link to a folder that is not a backup, such as /', async () => {
      await symlink('/', path.join(root, UDID));
      expect(await deviceFolderAccess(path.join(root, UDID))).toEqual({ readable: false, code: LINK_CODE });
      const started = performance.now();
      expect(await folderSize(path.join(root, UDID))).toBeNull();
      expect(performance.now() - started).toBeLessThan(timeBudgetMs(1000));
    });

    it('reads a link when any one of a backup\'s files is there as an ordinary file, and not otherwise', async () => {
      for (const marker of ['Manifest.plist', 'Status.plist', 'Info.plist', 'Manifest.db']) {
        const target = path.join(elsewhere, marker);
        await mkdir(target);
        await writeFile(path.join(target, marker), '');
        await symlink(target, path.join(root, marker));
        expect(await deviceFolderAccess(path.join(root, marker)), marker).toEqual({ readable: true });
      }
      const fake = path.join(elsewhere, 'fake');
      await mkdir(path.join(fake, 'Manifest.plist'), { recursive: true });
      await writeFile(path.join(elsewhere, 'real-status'), '');
      await symlink(path.join(elsewhere, 'real-status'), path.join(fake, 'Status.plist'));
      await writeFile(path.join(fake, 'Manifest.mbdb'), '');
      await symlink(fake, path.join(root, 'fake'));
      expect(await deviceFolderAccess(path.join(root, 'fake'))).toEqual({ readable: false, code: LINK_CODE });
    });

    it('refuses a link to a file, and names a folder that is not there', async () => {
      await writeFile(path.join(elsewhere, 'Info.plist'), '');
      await symlink(path.join(elsewhere, 'Info.plist'), path.join(root, UDID));
      expect(await deviceFolderAccess(path.join(root, UDID))).toEqual({ readable: false, code: LINK_CODE });
      expect(await deviceFolderAccess(path.join(root, 'absent'))).toEqual({ readable: false, code: 'ENOENT' });
    });

    it('names a link loop and a dangling link', async () => {
      await symlink(path.join(root, 'loop'), path.join(root, 'loop'));
      await symlink(path.join(root, 'nowhere'), path.join(root, 'dangling'));
      expect(await deviceFolderAccess(path.join(root, 'loop'))).toEqual({ readable: false, code: 'ELOOP' });
      expect(await deviceFolderAccess(path.join(root, 'dangling'))).toEqual({ readable: false, code: 'ENOENT' });
    });
  });
});
