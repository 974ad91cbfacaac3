import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProbeReport } from '../../../../../../src/main/core/probe';
import { createBackupsProbe, findBackupsProbe, type BackupsProbe } from '../../../../../../src/main/core/probes/backups';
import { freeBytesAt } from '../../../../../../src/main/core/probes/backups/free-space';
import { createDefaultProbes } from '../../../../../../src/main/core/default-probes';
import type { Backup } from '../../../../../../src/shared/snapshot';
import { ageTree, archivedName, makeTempRoot, removeTempRoot, waitFor, writeBackup } from '../../../../../support/backup-fixtures';

const ANN = '00008110-001A2C3E0E38802E';
const BOB = '00008030-000E45A02E38802E';
const OLD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const HOUR = 3600 * 1000;

let root: string;
let probe: BackupsProbe | null = null;
beforeEach(async () => {
  root = await makeTempRoot();
});
afterEach(async () => {
  await probe?.stop();
  probe = null;
  await removeTempRoot(root);
});

async function startProbe(options: Parameters<typeof createBackupsProbe>[0] = {}): Promise<ProbeReport[]> {
  const reports: ProbeReport[] = [];
  probe = createBackupsProbe({ roots: [root], debounceMs: 30, ...options });
  await probe.start((report) => reports.push(report));
  return reports;
}

function byUdid(report: ProbeReport | undefined, udid: string): Backup | undefined {
  return report?.backups?.find((backup) => backup.udid === udid);
}

describe('backups probe', () => {
  describe('createBackupsProbe', () => {
    it('lists every backup with exactly the fields the doctor prints, newest first', async () => {
      const ann = await writeBackup(root, { udid: ANN, deviceName: 'Ann’s iPhone', productType: 'iPhone14,5', iosVersion: '17.5.1', date: new Date('2024-05-02T08:00:00Z'), files: 4 });
      await writeBackup(root, { udid: OLD, deviceName: 'Old iPhone', encrypted: true, infoEncoding: 'binary', date: new Date('2021-01-10T20:15:00Z') });
      await writeBackup(root, { udid: BOB, snapshotState: 'uploading', date: new Date('2024-04-01T10:00:00Z') });
      const reports = await startProbe();
      const first = reports.at(-1);
      expect(first?.source).toEqual({ state: 'ok', reason: null });
      expect(first?.backups?.map((backup) => backup.udid)).toEqual([ANN, BOB, OLD]);
      const { sizeBytes, ...fields } = byUdid(first, ANN) ?? {};
      expect(fields).toEqual({
        udid: ANN,
        path: ann.path,
        archived: false,
        deviceName: 'Ann’s iPhone',
        productType: 'iPhone14,5',
        iosVersion: '17.5.1',
        lastBackupDate: '2024-05-02T08:00:00Z',
        complete: true,
        encrypted: false,
        problem: null,
        inProgress: null,
        interrupted: null,
        // The first list never waits for verification: it follows in a later report.
        verification: { state: 'not-checked', filesListed: null, filesMissing: null },
        contents: null,
      });
      // Sizes are measured alongside the listing and never hold it up: the first list may not have this one yet.
      expect([null, ann.bytes]).toContain(sizeBytes);
      expect(byUdid(first, OLD)).toMatchObject({ complete: true, encrypted: true, problem: null });
      expect(byUdid(first, BOB)).toMatchObject({ complete: false, inProgress: null, problem: expect.stringMatching(/did not finish/) });
      expect(first?.disk?.freeBytes).toBeGreaterThan(0);

      await probe?.settled();
      expect(byUdid(reports.at(-1), ANN)).toMatchObject({
        sizeBytes: ann.bytes,
        verification: { state: 'verified', filesListed: 4, filesMissing: 0 },
        contents: { photosAndVideos: 0, messages: false, whatsapp: false, contacts: false, notes: false },
      });
    });

    it('reports an empty list, not a failure, when no backup was ever made', async () => {
      const reports = await startProbe({ roots: [path.join(root, 'MobileSync', 'Backup')] });
      expect(reports.at(-1)).toMatchObject({ backups: [], source: { state: 'ok', reason: null } });
      expect(reports.at(-1)?.disk?.freeBytes).toBeGreaterThan(0);
    });

    it('says plainly that there is nowhere to look on a system without a standard backup folder', async () => {
      const reports = await startProbe({ roots: [] });
      expect(reports).toHaveLength(1);
      expect(reports[0]).toMatchObject({ backups: [], disk: { freeBytes: null }, source: { state: 'unavailable' } });
      expect(reports[0]?.source?.reason).toMatch(/no standard place/);
    });

    it('shows a backup that stopped changing recently as in progress, and an old unfinished one as interrupted', async () => {
      const now = new Date('2024-04-01T10:01:00Z').getTime();
      await writeBackup(root, { udid: BOB, snapshotState: 'uploading', date: new Date(now - 60_000) });
      await writeBackup(root, { udid: ANN, snapshotState: 'uploading', date: new Date(now - 3 * HOUR) });
      const reports = await startProbe({ now: () => now, quietMs: 120_000 });
      expect(byUdid(reports.at(-1), BOB)).toMatchObject({ complete: false, problem: null, inProgress: { bytesWritten: expect.any(Number) } });
      expect(byUdid(reports.at(-1), ANN)).toMatchObject({ complete: false, inProgress: null, problem: expect.stringMatching(/did not finish/) });
    });

    it('locates the folder of the newest, non-archived backup of a device, hyphens and case ignored', async () => {
      const current = await writeBackup(root, { udid: ANN, date: new Date('2024-05-01T00:00:00Z') });
      await writeBackup(root, { udid: ANN, folderName: archivedName(ANN, new Date('2024-06-01T00:00:00Z')), date: new Date('2024-06-01T00:00:00Z') });
      await startProbe();
      expect(probe?.locate(ANN.replace('-', '').toLowerCase())).toBe(current.path);
      expect(probe?.locate(BOB)).toBeNull();
    });

    it('locates a backup made while the app runs over an older archived copy listed before it', async () => {
      await writeBackup(root, { udid: ANN, folderName: archivedName(ANN, new Date('2024-06-01T00:00:00Z')), date: new Date('2024-06-01T00:00:00Z') });
      const reports = await startProbe();
      const current = await writeBackup(root, { udid: ANN, date: new Date('2024-05-01T00:00:00Z') });
      await waitFor(() => reports.at(-1)?.backups?.length === 2, 'the new backup to be listed');
      expect(probe?.locate(ANN)).toBe(current.path);
    });

    it('drops a backup whose folder is deleted while the app runs, and keeps the others, in every root', async () => {
      const other = await makeTempRoot('other');
      try {
        await writeBackup(root, { udid: ANN });
        await writeBackup(other, { udid: OLD });
        const bob = await writeBackup(root, { udid: BOB });
        const reports = await startProbe({ roots: [root, other] });
        await rm(bob.path, { recursive: true });
        await waitFor(() => reports.at(-1)?.backups?.length === 2, 'the deleted backup to leave the list');
        expect(reports.at(-1)?.backups?.map((backup) => backup.udid).sort()).toEqual([ANN, OLD]);
        expect(probe?.locate(BOB)).toBeNull();
      } finally {
        await probe?.stop();
        await removeTempRoot(other);
      }
    });

    it('measures free space on the volume of a root that is there, not of one listed first that is missing', async (context) => {
      const elsewhere = path.join(os.tmpdir() === '/dev/shm' ? '/tmp' : '/dev/shm', 'lifeboat-no-such-root');
      const [here, there] = await Promise.all([freeBytesAt(root), freeBytesAt(elsewhere)]);
      const apart = here !== null && there !== null && Math.abs(here - there) > 1e9;
      context.skip(!apart, 'needs a second volume whose free space differs by more than 1 GB, as /dev/shm usually does');
      const reports = await startProbe({ roots: [elsewhere, root] });
      expect(Math.abs((reports.at(-1)?.disk?.freeBytes ?? 0) - (here ?? 0))).toBeLessThan(1e9);
    });

    it('is told apart from other probes by its source and its locate', () => {
      const impostors = [{ source: 'usb', locate: () => null, start: async () => {}, stop: () => {} }, { source: 'backups', start: async () => {}, stop: () => {} }];
      expect(findBackupsProbe(impostors as never)).toBeNull();
      const real = createBackupsProbe({ roots: [root] });
      expect(findBackupsProbe([...impostors, real] as never)).toBe(real);
    });

    it('is found among the default probes, reading the folder given as backupsDir', async () => {
      await writeBackup(root, { udid: ANN });
      const probes = createDefaultProbes({ backupsDir: root, host: { os: 'macos', version: '15.1' } });
      const found = findBackupsProbe(probes);
      expect(found).not.toBeNull();
      const reports: ProbeReport[] = [];
      await found?.start((report) => reports.push(report));
      await found?.stop();
      expect(reports.at(-1)?.backups?.map((backup) => backup.udid)).toEqual([ANN]);
    });

    it('lists every broken backup with its problem while the good ones still show', async () => {
      const good = await writeBackup(root, { udid: ANN });
      const broken = async (udid: string, spoil: (folder: string) => Promise<void>, spec: Parameters<typeof writeBackup>[1] = { udid }) => {
        const written = await writeBackup(root, { ...spec, udid });
        await spoil(written.path);
        // Spoiled long ago: a file that changed a moment ago could still be being written.
        await ageTree(written.path, written.device.date);
      };
      const udid = (n: number) => `00008030-00000000000000${String(n).padStart(2, '0')}`;
      await broken(udid(1), async (folder) => {
        const bytes = await readFile(path.join(folder, 'Status.plist'));
        await writeFile(path.join(folder, 'Status.plist'), bytes.subarray(0, bytes.length - 20));
      });
      await broken(udid(2), async (folder) => writeFile(path.join(folder, 'Manifest.plist'), Buffer.from('\x00\x01garbage\xff'.repeat(40), 'latin1')));
      await broken(udid(3), async () => {}, { udid: udid(3), omit: ['Info.plist'] });
      await broken(udid(4), async (folder) => {
        const xml = await readFile(path.join(folder, 'Info.plist'));
        await writeFile(path.join(folder, 'Info.plist'), xml.subarray(0, xml.length / 2));
      });
      await broken(udid(5), async (folder) => writeFile(path.join(folder, 'Status.plist'), '<?xml version="1.0"?><plist><dict><key>SnapshotState</key><array/></dict></plist>'));
      await symlink(path.join(root, 'loop'), path.join(root, 'loop'));
      await writeFile(path.join(root, '.DS_Store'), Buffer.from([0, 0, 0, 1, 66, 117, 100, 49]));
      await mkdir(path.join(root, 'Photos to keep'));
      await writeBackup(root, { udid: BOB, infoAppBytes: 50 * 1024 * 1024, date: new Date('2020-01-01T00:00:00Z') });

      const reports = await startProbe();
      const listed = reports.at(-1)?.backups ?? [];
      expect(byUdid(reports.at(-1), ANN)).toMatchObject({ complete: true, problem: null, deviceName: 'Test iPhone' });
      expect(byUdid(reports.at(-1), BOB)).toMatchObject({ complete: true, problem: null });
      expect(byUdid(reports.at(-1), udid(1))).toMatchObject({ complete: null, problem: expect.stringMatching(/Status\.plist is damaged \(it is cut short\)/) });
      expect(byUdid(reports.at(-1), udid(2))).toMatchObject({ encrypted: null, problem: expect.stringMatching(/Manifest\.plist is damaged/) });
      expect(byUdid(reports.at(-1), udid(3))).toMatchObject({ complete: true, problem: expect.stringMatching(/Info\.plist is missing/) });
      expect(byUdid(reports.at(-1), udid(4))).toMatchObject({ complete: true, problem: expect.stringMatching(/Info\.plist is damaged \(it is cut short\)/) });
      expect(byUdid(reports.at(-1), udid(5))).toMatchObject({ complete: null, problem: expect.stringMatching(/Status\.plist is not as expected/) });
      expect(byUdid(reports.at(-1), 'loop')).toMatchObject({ complete: null, problem: expect.stringMatching(/link that leads back to itself/) });
      expect(byUdid(reports.at(-1), 'Photos to keep')).toMatchObject({ problem: expect.stringMatching(/does not look like an iPhone backup/) });
      expect(listed.map((backup) => backup.udid)).not.toContain('.DS_Store');
      expect(listed).toHaveLength(9);
      expect(good.path).toBe(path.join(root, ANN));
    });
  });
});
