import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProbeReport } from '../../../../../../src/main/core/probe';
import { createBackupsProbe } from '../../../../../../src/main/core/probes/backups';
import { createPlistFiles } from '../../../../../../src/main/core/probes/backups/plist-files';
import { backupsSource, listRoot, MAX_DEVICE_FOLDERS, readFolders } from '../../../../../../src/main/core/probes/backups/scanner';
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

    it('reads at most 256 folders of a crowded root, those named like a device first, and counts the rest', async () => {
      const devices = Array.from({ length: 10 }, (_, index) => `0000811${index}-001A2C3E0E38802E`);
      devices.push(`${ANN}-20240501-093000`);
      // Named to sort on both sides of the device folders, so a listing in any order has some of them before the devices.
      const others = Array.from({ length: 300 - devices.length }, (_, index) => `${index % 2 === 0 ? '0' : 'z'} folder ${String(index).padStart(3, '0')}`);
      await Promise.all([...devices, ...others].map((name) => mkdir(path.join(root, name))));
      const listing = await listRoot(root);
      if (listing.state !== 'ok') throw new Error(`listing failed: ${listing.state}`);
      expect(new Set(listing.folders).size, 'each folder read once').toBe(MAX_DEVICE_FOLDERS);
      expect(listing.notRead).toBe(300 - MAX_DEVICE_FOLDERS);
      for (const device of devices) expect(listing.folders).toContain(path.join(root, device));
      expect(listing.folders).toEqual([...listing.folders].sort());
      expect(backupsSource([[root, listing]], 'darwin')).toEqual({ state: 'ok', reason: `${root} holds 300 folders; only 256 were read (44 more not shown).` });
    });

    it('ranks only whole device names first: a copy named after a device waits its turn', async () => {
      const devices = Array.from({ length: MAX_DEVICE_FOLDERS }, (_, index) => `00008110-001A2C3E0E${String(index).padStart(6, '0')}`);
      // Named to come before every device folder in name order, so only the ranking can keep them out.
      const lookalikes = [`0 copy of ${ANN}`, '00000000-0000000000000000 copy', '00000000-0000000000000000.old'];
      const others = Array.from({ length: 40 }, (_, index) => `0 photos ${index}`);
      await Promise.all([...devices, ...lookalikes, ...others].map((name) => mkdir(path.join(root, name))));
      const listing = await listRoot(root);
      expect(listing).toEqual({ state: 'ok', folders: devices.map((name) => path.join(root, name)).sort(), notRead: lookalikes.length + others.length });
    });

    it('reads every folder of a root holding exactly 256, with none left over', async () => {
      await Promise.all(Array.from({ length: MAX_DEVICE_FOLDERS }, (_, index) => mkdir(path.join(root, `folder ${index}`))));
      const listing = await listRoot(root);
      expect(listing).toMatchObject({ state: 'ok', folders: expect.any(Array) });
      expect(listing.state === 'ok' && [listing.folders.length, listing.notRead]).toEqual([MAX_DEVICE_FOLDERS, undefined]);
      expect(backupsSource([[root, listing]], 'darwin')).toEqual({ state: 'ok', reason: null });
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

    it('tells of a crowded root wherever it comes in the list of roots', () => {
      const crowded = { state: 'ok' as const, folders: ['/b/1', '/b/2'], notRead: 3 };
      expect(backupsSource([['/a', { state: 'missing' }], ['/b', crowded]], 'darwin')).toEqual({ state: 'ok', reason: '/b holds 5 folders; only 2 were read (3 more not shown).' });
    });

    it('is fine with a root that does not exist yet, and unavailable when every root failed', () => {
      expect(backupsSource([['/a', { state: 'missing' }], ['/b', { state: 'failed', code: 'EIO' }]], 'win32')).toEqual({ state: 'ok', reason: null });
      expect(backupsSource([['/b', { state: 'failed', code: 'EIO' }]], 'win32')).toEqual({ state: 'unavailable', reason: 'The backup folder (/b) could not be read (the disk reported an error).' });
    });
  });

  describe('backupsSource with no roots', () => {
    it('says this computer has no standard place for backups', () => {
      expect(backupsSource([], 'linux')).toEqual({
        state: 'unavailable',
        reason: 'This computer has no standard place for iPhone backups; Finder and iTunes keep them only on a Mac or a Windows PC.',
      });
      expect(backupsSource([['/a', { state: 'ok', folders: [] }]], 'linux')).toEqual({ state: 'ok', reason: null });
    });
  });

  describe('readFolders', () => {
    it('reads each folder in the order given, leaves out those that are gone, and tells each reading as it lands', async () => {
      const bob = await writeBackup(root, { udid: BOB });
      const ann = await writeBackup(root, { udid: ANN });
      const heard: string[] = [];
      const readings = await readFolders([bob.path, path.join(root, 'gone'), ann.path], createPlistFiles(), (reading) => heard.push(reading.udid));
      expect(readings.map((reading) => reading.udid)).toEqual([BOB, ANN]);
      expect(heard.sort()).toEqual([ANN, BOB].sort());
      expect(await readFolders([], createPlistFiles())).toEqual([]);
    });

    it('reads many folders, more than it reads at once, every one of them', async () => {
      const names = Array.from({ length: 40 }, (_, index) => `00008110-001A2C3E0E3880${String(index).padStart(2, '0')}`);
      const written = await Promise.all(names.map((udid) => writeBackup(root, { udid })));
      const readings = await readFolders(written.map((backup) => backup.path), createPlistFiles());
      expect(readings.map((reading) => reading.udid)).toEqual(names);
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
