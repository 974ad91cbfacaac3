import { rm, writeFile } from 'node:fs/promises';
import fc from 'fast-check';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBackupFolder } from '../../../../../../src/main/core/probes/backups/backup-folder';
import { createPlistFiles } from '../../../../../../src/main/core/probes/backups/plist-files';
import { archivedName, deviceOf, makeTempRoot, manifestPlist, removeTempRoot, statusPlist, writeBackup } from '../../../../../support/backup-fixtures';

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
  });
});
