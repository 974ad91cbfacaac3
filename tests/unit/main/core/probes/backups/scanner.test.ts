import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProbeReport } from '../../../../../../src/main/core/probe';
import { createBackupsProbe } from '../../../../../../src/main/core/probes/backups';
import { backupsSource, listRoot } from '../../../../../../src/main/core/probes/backups/scanner';
import { canDenyReads, makeTempRoot, removeTempRoot, withoutRootPowers, writeBackup } from '../../../../../support/backup-fixtures';

const ANN = '00008110-001A2C3E0E38802E';
const BOB = '00008030-000E45A02E38802E';

let root: string;
beforeEach(async () => {
  root = await makeTempRoot();
});
afterEach(async () => {
  await removeTempRoot(root);
});

async function scanOnce(platform: NodeJS.Platform = 'linux'): Promise<ProbeReport | undefined> {
  const reports: ProbeReport[] = [];
  const probe = createBackupsProbe({ roots: [root], platform });
  await probe.start((report) => reports.push(report));
  await probe.stop();
  return reports.at(-1);
}

describe('backups probe', () => {
  describe('listRoot', () => {
    it('lists device folders and links, leaving out files, .DS_Store and hidden entries', async () => {
      await mkdir(path.join(root, BOB));
      await mkdir(path.join(root, ANN));
      await mkdir(path.join(root, '.Trashes'));
      await writeFile(path.join(root, '.DS_Store'), 'x');
      await writeFile(path.join(root, 'readme.txt'), 'x');
      await symlink(path.join(root, ANN), path.join(root, 'link'));
      expect(await listRoot(root)).toEqual({ state: 'ok', folders: [ANN, BOB, 'link'].map((name) => path.join(root, name)).sort() });
    });

    it('tells a root that does not exist from one that is not a folder', async () => {
      expect(await listRoot(path.join(root, 'absent'))).toEqual({ state: 'missing' });
      await writeFile(path.join(root, 'file'), 'x');
      expect(await listRoot(path.join(root, 'file'))).toEqual({ state: 'failed', code: 'ENOTDIR' });
    });
  });

  describe('backupsSource', () => {
    it('asks a Mac for Full Disk Access when the root is refused', () => {
      const source = backupsSource([['/Users/ann/Library/Application Support/MobileSync/Backup', { state: 'denied', code: 'EPERM' }]], 'darwin');
      expect(source.state).toBe('needs-permission');
      expect(source.reason).toMatch(/Full Disk Access/);
      expect(backupsSource([['/b', { state: 'denied', code: 'EACCES' }]], 'win32').reason).toMatch(/not allowed to read the backup folder \(\/b\)/);
    });

    it('is fine with a root that does not exist yet, and unavailable when every root failed', () => {
      expect(backupsSource([['/a', { state: 'missing' }], ['/b', { state: 'failed', code: 'EIO' }]], 'win32')).toEqual({ state: 'ok', reason: null });
      expect(backupsSource([['/b', { state: 'failed', code: 'EIO' }]], 'win32')).toEqual({ state: 'unavailable', reason: 'The backup folder (/b) could not be read (the disk reported an error).' });
    });
  });

  describe.skipIf(!canDenyReads)('a real permission denial', () => {
    it('turns a refused root into needs-permission, not an empty list', async () => {
      await writeBackup(root, { udid: ANN });
      await chmod(root, 0o000);
      const report = await withoutRootPowers(() => scanOnce('darwin'));
      expect(report?.source?.state).toBe('needs-permission');
      expect(report?.source?.reason).toMatch(/Full Disk Access/);
      expect(report?.backups).toEqual([]);
    });

    it('lists one unreadable device folder with its problem while the others still show', async () => {
      await writeBackup(root, { udid: ANN });
      const locked = await writeBackup(root, { udid: BOB });
      await chmod(locked.path, 0o000);
      const report = await withoutRootPowers(() => scanOnce());
      expect(report?.source?.state).toBe('ok');
      expect(report?.backups?.find((backup) => backup.udid === ANN)).toMatchObject({ complete: true, problem: null });
      expect(report?.backups?.find((backup) => backup.udid === BOB)).toMatchObject({
        complete: null,
        problem: "This backup's folder cannot be read (permission denied), so nothing about it can be checked.",
      });
    });
  });
});
