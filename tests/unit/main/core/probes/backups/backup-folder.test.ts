import { mkdir, readdir, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import fc from 'fast-check';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBackupFolder } from '../../../../../../src/main/core/probes/backups/backup-folder';
import { createPlistFiles } from '../../../../../../src/main/core/probes/backups/plist-files';
import { archivedName, deviceOf, encodePlist, infoPlist, makeTempRoot, manifestPlist, removeTempRoot, statusPlist, writeBackup } from '../../../../../support/backup-fixtures';

const UDID = '00008110-001A2C3E0E38802E';
const OLD_UDID = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

let root: string;
beforeEach(async () => {
  root = await makeTempRoot();
});
afterEach(async () => {
  await removeTempRoot(root);
});

const read = (folder: string) => readBackupFolder(folder, createPlistFiles());

describe('backups probe', () => {
  describe('readBackupFolder', () => {
    it('reads a finished backup with an XML Info.plist and binary Manifest and Status', async () => {
      const written = await writeBackup(root, { udid: UDID, deviceName: 'Ann’s iPhone', productType: 'iPhone14,5', iosVersion: '17.5.1', date: new Date('2024-05-01T09:30:12Z') });
      const reading = await read(written.path);
      expect(reading).toMatchObject({
        udid: UDID,
        deviceName: 'Ann’s iPhone',
        productType: 'iPhone14,5',
        iosVersion: '17.5.1',
        lastBackupDate: '2024-05-01T09:30:12Z',
        finished: true,
        encrypted: false,
        folderProblem: null,
        fileProblems: [],
        archived: false,
      });
    });

    it('reads an encrypted backup with a binary Info.plist and XML Manifest and Status', async () => {
      const written = await writeBackup(root, { udid: OLD_UDID, encrypted: true, infoEncoding: 'binary', plistEncoding: 'xml', deviceName: 'Old iPhone', iosVersion: '12.5.7' });
      const reading = await read(written.path);
      expect(reading).toMatchObject({ udid: OLD_UDID, deviceName: 'Old iPhone', iosVersion: '12.5.7', finished: true, encrypted: true, fileProblems: [] });
    });

    it('tells an interrupted backup apart: Status.plist does not say finished', async () => {
      const written = await writeBackup(root, { udid: UDID, snapshotState: 'uploading' });
      const reading = await read(written.path);
      expect(reading?.finished).toBe(false);
      expect(reading?.fileProblems).toEqual([]);
      expect(reading?.newestChangeMs).toBe(deviceOf({ udid: UDID }).date.getTime());
    });

    it('counts a backup without Status.plist as not finished, and says why', async () => {
      const written = await writeBackup(root, { udid: UDID, snapshotState: null });
      const reading = await read(written.path);
      expect(reading?.finished).toBe(false);
      expect(reading?.fileProblems.join(' ')).toMatch(/no Status\.plist/);
    });

    it('falls back to Info.plist for facts Manifest.plist does not have', async () => {
      const written = await writeBackup(root, { udid: UDID, omit: ['Manifest.plist'], deviceName: 'Info Only', infoEncoding: 'binary' });
      const reading = await read(written.path);
      expect(reading).toMatchObject({ udid: UDID, deviceName: 'Info Only', productType: 'iPhone15,2', encrypted: null });
      expect(reading?.fileProblems.join(' ')).toMatch(/Manifest\.plist is missing/);
    });

    it('knows an archived copy by the date after the UDID', async () => {
      const date = new Date('2023-12-24T18:00:05Z');
      const written = await writeBackup(root, { udid: UDID, folderName: archivedName(UDID, date), date });
      const reading = await read(written.path);
      expect(path.basename(written.path)).toBe(`${UDID}-20231224-180005`);
      expect(reading).toMatchObject({ udid: UDID, archived: true, finished: true });
    });

    it('uses the folder name as the UDID when no plist names the device', async () => {
      const written = await writeBackup(root, { udid: UDID, omit: ['Manifest.plist', 'Info.plist'] });
      expect((await read(written.path))?.udid).toBe(UDID);
    });

    it('says a folder with none of a backup’s files is not a backup', async () => {
      const written = await writeBackup(root, { udid: UDID, omit: ['Manifest.plist', 'Info.plist', 'Status.plist'] });
      expect((await read(written.path))?.fileProblems).toEqual([expect.stringMatching(/does not look like an iPhone backup/)]);
    });

    it('reads Status.plist with an unexpected SnapshotState type as unknown, with a problem', async () => {
      const written = await writeBackup(root, { udid: UDID });
      await writeFile(path.join(written.path, 'Status.plist'), statusPlist(deviceOf({ udid: UDID }), 7));
      const reading = await read(written.path);
      expect(reading?.finished).toBeNull();
      expect(reading?.fileProblems.join(' ')).toMatch(/Status\.plist is not as expected/);
    });

    it('returns null for an entry that is a file or is gone', async () => {
      await writeFile(path.join(root, 'notes.txt'), 'x');
      expect(await read(path.join(root, 'notes.txt'))).toBeNull();
      expect(await read(path.join(root, 'gone'))).toBeNull();
    });
    it('never throws, whatever bytes its three plists hold', async () => {
      const folder = path.join(root, '00008110-001A2C3E0E38802E');
      const good = { status: statusPlist(deviceOf({ udid: UDID }), 'finished'), manifest: manifestPlist(deviceOf({ udid: UDID }), true) };
      const contents = fc.oneof(
        fc.constant(null),
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom(good.status, good.manifest),
        fc.tuple(fc.constantFrom(good.status, good.manifest), fc.nat()).map(([bytes, cut]) => bytes.subarray(0, cut % bytes.length)),
      );
      await fc.assert(
        fc.asyncProperty(contents, contents, contents, async (status, manifest, info) => {
          await rm(folder, { recursive: true, force: true });
          await writeBackup(root, { udid: UDID, omit: ['Status.plist', 'Manifest.plist', 'Info.plist'], files: 1 });
          const files = { 'Status.plist': status, 'Manifest.plist': manifest, 'Info.plist': info };
          for (const [name, bytes] of Object.entries(files)) if (bytes !== null) await writeFile(path.join(folder, name), bytes);
          const reading = await read(folder);
          expect(reading?.udid).toMatch(/\w/);
          expect([true, false, null]).toContain(reading?.finished);
          for (const problem of reading?.fileProblems ?? []) expect(problem).toMatch(/^[A-Z].*\.$/);
        }),
        { numRuns: 60 },
      );
    });

    it('takes the UDID from the plists for a folder named otherwise, and keeps the folder name for a device-named one', async () => {
      const renamed = await writeBackup(root, { udid: UDID, folderName: 'Ann backup copy' });
      expect(await read(renamed.path)).toMatchObject({ udid: UDID, udidShaped: true });
      const other = await writeBackup(root, { udid: OLD_UDID });
      await writeFile(path.join(other.path, 'Manifest.plist'), manifestPlist(deviceOf({ udid: UDID }), false));
      expect((await read(other.path))?.udid).toBe(OLD_UDID);
    });

    it('dates a backup by Status.plist first, then Manifest.plist, then Info.plist', async () => {
      const statusDate = new Date('2024-05-03T10:00:00Z');
      const written = await writeBackup(root, { udid: UDID, date: new Date('2024-05-01T09:30:00Z') });
      const status = (fields: Record<string, unknown>) => writeFile(path.join(written.path, 'Status.plist'), encodePlist({ SnapshotState: 'finished', ...fields } as never, 'xml'));
      await status({ Date: statusDate });
      expect((await read(written.path))?.lastBackupDate).toBe('2024-05-03T10:00:00Z');
      await status({});
      expect((await read(written.path))?.lastBackupDate).toBe('2024-05-01T09:30:00Z');
      const manifest = manifestPlist(deviceOf({ udid: UDID }), false, 'xml').toString('utf8').replace(/<key>Date<\/key>\s*<date>[^<]*<\/date>/, '');
      await writeFile(path.join(written.path, 'Manifest.plist'), manifest);
      await writeFile(path.join(written.path, 'Info.plist'), infoPlist(deviceOf({ udid: UDID, date: new Date('2024-04-30T08:00:00Z') }), 'xml'));
      expect((await read(written.path))?.lastBackupDate).toBe('2024-04-30T08:00:00Z');
    });

    it('reads the whole Info.plist only for facts the smaller plists lack', async () => {
      const written = await writeBackup(root, { udid: UDID, infoAppBytes: 2 * 1024 * 1024 });
      const files = createPlistFiles();
      const wholeReads: string[] = [];
      const counting = { ...files, read: (file: string, keys?: ReadonlySet<string>) => (wholeReads.push(path.basename(file)), files.read(file, keys)) };
      expect((await readBackupFolder(written.path, counting))?.deviceName).toBe('Test iPhone');
      expect(wholeReads).not.toContain('Info.plist');
      await writeFile(path.join(written.path, 'Manifest.plist'), encodePlist({ IsEncrypted: false, Date: new Date('2024-05-01T09:30:00Z'), Lockdown: { UniqueDeviceID: UDID } }, 'xml'));
      files.forget(written.path);
      expect(await readBackupFolder(written.path, counting)).toMatchObject({ deviceName: 'Test iPhone', productType: 'iPhone15,2', iosVersion: '17.5.1' });
      expect(wholeReads.filter((name) => name === 'Info.plist')).toHaveLength(1);
    });

    it('never reads whole an Info.plist whose ends show it cut short, even for facts the smaller plists lack', async () => {
      const written = await writeBackup(root, { udid: UDID });
      await writeFile(path.join(written.path, 'Manifest.plist'), encodePlist({ IsEncrypted: false, Date: new Date('2024-05-01T09:30:00Z'), Lockdown: { UniqueDeviceID: UDID } }, 'xml'));
      const info = infoPlist(deviceOf({ udid: UDID }), 'xml');
      await writeFile(path.join(written.path, 'Info.plist'), info.subarray(0, info.length - 100));
      const files = createPlistFiles();
      const wholeReads: string[] = [];
      const counting = { ...files, read: (file: string, keys?: ReadonlySet<string>) => (wholeReads.push(path.basename(file)), files.read(file, keys)) };
      expect(await readBackupFolder(written.path, counting)).toMatchObject({ deviceName: null, productType: null });
      expect(wholeReads).not.toContain('Info.plist');
    });

    it('says when Manifest.plist does not say clearly whether the backup is encrypted', async () => {
      const written = await writeBackup(root, { udid: UDID });
      await writeFile(path.join(written.path, 'Manifest.plist'), encodePlist({ IsEncrypted: 'perhaps', Lockdown: { UniqueDeviceID: UDID } }, 'xml'));
      const reading = await read(written.path);
      expect(reading?.encrypted).toBeNull();
      expect(reading?.fileProblems).toEqual([expect.stringMatching(/Manifest\.plist .*whether the backup is encrypted/)]);
    });

    it('names each missing file when only some are missing, and calls the folder no backup only when all three are', async () => {
      const onlyStatus = await writeBackup(root, { udid: UDID, omit: ['Manifest.plist', 'Info.plist'] });
      const problems = (await read(onlyStatus.path))?.fileProblems.join(' ');
      expect(problems).toMatch(/Manifest\.plist is missing/);
      expect(problems).toMatch(/Info\.plist is missing/);
      expect(problems).not.toMatch(/does not look like/);
      const onlyManifest = await writeBackup(root, { udid: OLD_UDID, omit: ['Status.plist', 'Info.plist'] });
      const other = (await read(onlyManifest.path))?.fileProblems.join(' ');
      expect(other).toMatch(/Info\.plist is missing/);
      expect(other).not.toMatch(/does not look like/);
      const onlyInfo = await writeBackup(root, { udid: '00008030-0000000000000009', omit: ['Status.plist', 'Manifest.plist'] });
      const third = (await read(onlyInfo.path))?.fileProblems.join(' ');
      expect(third).toMatch(/Manifest\.plist is missing/);
      expect(third).not.toMatch(/does not look like/);
    });

    it('looks up when a backup last changed only where it may be unfinished', async () => {
      const whole = await writeBackup(root, { udid: UDID });
      expect((await read(whole.path))?.newestChangeMs).toBeNull();
      const cases: Array<[string, Parameters<typeof writeBackup>[1]]> = [
        ['no Manifest.plist', { udid: '00008030-0000000000000001', omit: ['Manifest.plist'] }],
        ['no index', { udid: '00008030-0000000000000002', omit: ['Manifest.db'] }],
        ['a Snapshot folder left behind', { udid: '00008030-0000000000000003', snapshotFolder: true }],
      ];
      for (const [why, spec] of cases) {
        const written = await writeBackup(root, spec);
        expect((await read(written.path))?.newestChangeMs, why).toBe(written.device.date.getTime());
      }
    });

    it('takes the newest change among the folder, its entries and its Snapshot folder', async () => {
      const written = await writeBackup(root, { udid: UDID, snapshotState: 'uploading', snapshotFolder: true });
      const base = written.device.date.getTime();
      await utimes(path.join(written.path, 'Info.plist'), new Date(base + 5000), new Date(base + 5000));
      expect((await read(written.path))?.newestChangeMs).toBe(base + 5000);
      const inSnapshot = (await readdir(path.join(written.path, 'Snapshot')))[0] ?? '';
      await utimes(path.join(written.path, 'Snapshot', inSnapshot), new Date(base + 9000), new Date(base + 9000));
      expect((await read(written.path))?.newestChangeMs).toBe(base + 9000);
    });

    it('looks at no more than 400 entries of a folder for its newest change', async () => {
      const written = await writeBackup(root, { udid: UDID, snapshotState: 'uploading', files: 0 });
      for (let index = 0; index < 450; index += 1) await writeFile(path.join(written.path, `extra-${index}`), '');
      const base = written.device.date.getTime();
      // In the order the system lists them, each entry is a second newer than the one before.
      const names = await readdir(written.path);
      for (const [index, name] of names.entries()) await utimes(path.join(written.path, name), new Date(base + index * 1000), new Date(base + index * 1000));
      await utimes(written.path, new Date(base), new Date(base));
      expect((await read(written.path))?.newestChangeMs).toBe(base + 399 * 1000);
    });

    it('says a link to a folder that is not a backup was not read', async () => {
      const elsewhere = path.join(root, 'elsewhere');
      await mkdir(elsewhere);
      await writeFile(path.join(elsewhere, 'notes.txt'), 'x');
      await symlink(elsewhere, path.join(root, UDID));
      expect(await read(path.join(root, UDID))).toMatchObject({
        udid: UDID,
        finished: null,
        fileProblems: [],
        folderProblem: 'This entry is a link to a folder that does not look like an iPhone backup, so it was not read.',
      });
    });

    it('gives a folder it cannot look into no facts at all, only the reason', async () => {
      await symlink(path.join(root, 'loop'), path.join(root, 'loop'));
      expect(await read(path.join(root, 'loop'))).toMatchObject({
        udid: 'loop',
        finished: null,
        encrypted: null,
        manifestReadable: false,
        fileProblems: [],
        newestChangeMs: null,
        index: null,
        snapshotFolder: false,
        folderProblem: expect.stringMatching(/link that leads back to itself/),
      });
    });
  
    it('names each plist that cannot be read for a reason other than permission, rather than calling the folder refused', async () => {
      const folder = path.join(root, UDID);
      for (const name of ['Status.plist', 'Manifest.plist', 'Info.plist']) await mkdir(path.join(folder, name), { recursive: true });
      const reading = await read(folder);
      expect(reading?.folderProblem).toBeNull();
      expect(reading?.fileProblems).toEqual([
        expect.stringMatching(/^Status\.plist could not be read \(it is a folder, not a file\)/),
        expect.stringMatching(/^Manifest\.plist could not be read \(it is a folder, not a file\)/),
        expect.stringMatching(/^Info\.plist could not be read \(it is a folder, not a file\)/),
      ]);
    });
  });
});
