import { chmod, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProbeReport } from '../../../../../../src/main/core/probe';
import { createBackupsProbe } from '../../../../../../src/main/core/probes/backups';
import { archivedName, makeTempRoot, removeTempRoot, treeFingerprint, waitFor, writeBackup } from '../../../../../support/backup-fixtures';

let root: string;
beforeEach(async () => {
  root = await makeTempRoot('read-only');
});
afterEach(async () => {
  await removeTempRoot(root);
});

/** A root with every kind of backup and every kind of trouble the probe has to read. */
async function busyRoot(): Promise<void> {
  const date = new Date('2024-03-03T03:03:03Z');
  await writeBackup(root, { udid: '00008110-001A2C3E0E38802E', infoAppBytes: 4 * 1024 * 1024 });
  await writeBackup(root, { udid: '00008110-001A2C3E0E38802E', folderName: archivedName('00008110-001A2C3E0E38802E', date), date });
  await writeBackup(root, { udid: '00008030-000E45A02E38802E', encrypted: true, infoEncoding: 'binary', plistEncoding: 'xml' });
  await writeBackup(root, { udid: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', snapshotState: 'uploading', omit: ['Manifest.plist'] });
  const damaged = await writeBackup(root, { udid: '00008030-0000000000000001' });
  const status = await readFile(path.join(damaged.path, 'Status.plist'));
  await writeFile(path.join(damaged.path, 'Status.plist'), status.subarray(0, 40));
  const locked = await writeBackup(root, { udid: '00008030-0000000000000002' });
  await chmod(locked.path, 0o000);
  await symlink(path.join(root, 'loop'), path.join(root, 'loop'));
  await writeFile(path.join(root, '.DS_Store'), 'Bud1');
  await mkdir(path.join(root, 'Empty folder'));
}

describe('backups probe', () => {
  describe('read-only', () => {
    it('leaves every name, byte, mode and modification time as it was after scans, watches and size walks', async () => {
      await busyRoot();
      const before = await treeFingerprint(root);

      for (let round = 0; round < 2; round += 1) {
        const reports: ProbeReport[] = [];
        // The backup whose Status.plist was just spoiled looks busy at first; a short quiet time lets it settle on its own timer.
        const probe = createBackupsProbe({ roots: [root], debounceMs: 20, quietMs: 300 });
        await probe.start((report) => reports.push(report));
        await probe.settled();
        expect(probe.locate('00008110001a2c3e0e38802e')).toBe(path.join(root, '00008110-001A2C3E0E38802E'));
        await waitFor(() => reports.at(-1)?.backups?.every((backup) => backup.inProgress === null), 'every backup to be at rest');
        expect(reports.at(-1)?.backups).toHaveLength(8);
        await probe.stop();
      }

      expect(await treeFingerprint(root)).toEqual(before);
    });
  });
});
