import { utimes } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProbeReport } from '../../../../../../src/main/core/probe';
import { createBackupsProbe, type BackupsProbe } from '../../../../../../src/main/core/probes/backups';
import type { Backup } from '../../../../../../src/shared/snapshot';
import { archivedName, makeTempRoot, removeTempRoot, treeFingerprint, writeBackup, writePlaceholderBackup } from '../../../../../support/backup-fixtures';

const ANN = '00008110-001A2C3E0E38802E';
const OLD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const EVERYTHING = { photosAndVideos: 7, messages: true, whatsapp: true, contacts: true, notes: true };
const NOTHING = { photosAndVideos: 0, messages: false, whatsapp: false, contacts: false, notes: false };

let root: string;
let probe: BackupsProbe | null = null;
beforeEach(async () => {
  root = await makeTempRoot('proof');
});
afterEach(async () => {
  await probe?.stop();
  probe = null;
  await removeTempRoot(root);
});

/** Starts the probe on the root (with usbmuxd answering and no phone attached) and waits for every check. */
async function settledBackups(): Promise<Backup[]> {
  const reports: ProbeReport[] = [];
  probe = createBackupsProbe({ roots: [root], debounceMs: 30 });
  probe.attachedPhonesChanged({ known: true, udids: [] });
  await probe.start((report) => reports.push(report));
  await probe.settled();
  return reports.at(-1)?.backups ?? [];
}

function folderOf(backups: Backup[], folder: string): Backup {
  const found = backups.find((backup) => path.basename(backup.path) === folder);
  if (!found) throw new Error(`no backup listed for ${folder}`);
  return found;
}

describe('backups probe', () => {
  describe('proof that a backup will restore', () => {
    it('verifies a whole backup against its Manifest.db and says what is in it', async () => {
      const written = await writeBackup(root, { udid: ANN, files: 5, contents: EVERYTHING });
      const backup = folderOf(await settledBackups(), ANN);
      expect(backup).toMatchObject({
        complete: true,
        problem: null,
        interrupted: null,
        verification: { state: 'verified', filesListed: written.filesListed, filesMissing: 0 },
        contents: EVERYTHING,
      });
    });

    it('calls a backup with listed files missing incomplete, with how many in plain words', async () => {
      const written = await writeBackup(root, { udid: ANN, files: 10, missingFiles: 3 });
      const backup = folderOf(await settledBackups(), ANN);
      expect(backup).toMatchObject({ complete: false, verification: { state: 'files-missing', filesListed: written.filesListed, filesMissing: 3 } });
      expect(backup.problem).toBe(`3 of ${written.filesListed} files this backup lists are missing, so it may not restore; make a new backup.`);
    });

    it('sees through the "finished" placeholder a tool writes before the phone sends anything', async () => {
      await writePlaceholderBackup(root, { udid: ANN, date: new Date('2024-06-01T10:00:00Z') }, 'pymobiledevice3');
      await writePlaceholderBackup(root, { udid: OLD, date: new Date('2024-06-01T10:00:00Z') }, 'idevicebackup2');
      const backups = await settledBackups();
      expect(folderOf(backups, ANN)).toMatchObject({
        complete: false,
        inProgress: null,
        interrupted: { stoppedAt: '2024-06-01T10:00:00Z' },
        verification: { state: 'unreadable' },
        contents: null,
        problem: expect.stringMatching(/^This backup stopped before the phone sent anything/),
      });
      expect(folderOf(backups, OLD)).toMatchObject({ complete: false, interrupted: { stoppedAt: '2024-06-01T10:00:00Z' }, problem: expect.stringMatching(/did not finish/) });
    });

    it('never calls a backup without Manifest.plist complete', async () => {
      await writeBackup(root, { udid: ANN, omit: ['Manifest.plist'] });
      expect(folderOf(await settledBackups(), ANN)).toMatchObject({ complete: false, problem: expect.stringMatching(/Manifest\.plist is missing/) });
    });

    it('lists an archived copy apart from the live backup of the same phone, and verifies it too', async () => {
      const date = new Date('2026-01-01T12:00:00Z');
      await writeBackup(root, { udid: ANN, date: new Date('2026-02-01T12:00:00Z') });
      const copy = await writeBackup(root, { udid: ANN, folderName: archivedName(ANN, date), date, files: 2 });
      const backups = await settledBackups();
      expect(folderOf(backups, ANN)).toMatchObject({ udid: ANN, archived: false });
      expect(folderOf(backups, path.basename(copy.path))).toMatchObject({ udid: ANN, archived: true, path: copy.path, complete: true, verification: { state: 'verified' } });
      expect(probe?.locate(ANN)).toBe(path.join(root, ANN));
    });

    it('says an encrypted backup cannot be looked into, which is expected, and never opens its index', async () => {
      await writeBackup(root, { udid: ANN, encrypted: true, contents: EVERYTHING });
      expect(folderOf(await settledBackups(), ANN)).toMatchObject({
        complete: true,
        encrypted: true,
        problem: null,
        verification: { state: 'encrypted', filesListed: null, filesMissing: null },
        contents: null,
      });
    });

    it('verifies an iOS 9 backup through Manifest.mbdb, its files stored flat', async () => {
      const written = await writeBackup(root, { udid: OLD, index: 'mbdb', omit: ['Manifest.db'], contents: { photosAndVideos: 2, contacts: true } });
      const plain = await writeBackup(root, { udid: ANN, index: 'mbdb', missingFiles: 1 });
      const backups = await settledBackups();
      expect(folderOf(backups, OLD)).toMatchObject({
        complete: false,
        problem: expect.stringMatching(/no list of files/),
      });
      expect(folderOf(backups, ANN)).toMatchObject({ complete: false, verification: { state: 'files-missing', filesListed: plain.filesListed, filesMissing: 1 } });
      expect(written.filesListed).toBeGreaterThan(0);
    });

    it('reads a whole iOS 9 backup as verified, with its contents', async () => {
      await writeBackup(root, { udid: OLD, index: 'mbdb', contents: { photosAndVideos: 2, contacts: true } });
      expect(folderOf(await settledBackups(), OLD)).toMatchObject({
        complete: true,
        iosVersion: '9.3.5',
        verification: { state: 'verified', filesMissing: 0 },
        contents: { ...NOTHING, photosAndVideos: 2, contacts: true },
      });
    });

    it('judges at once an unfinished folder copied in just now while no phone is attached', async () => {
      const written = await writeBackup(root, { udid: ANN, snapshotState: 'uploading' });
      const now = new Date();
      await utimes(path.join(written.path, 'Status.plist'), now, now);
      await utimes(written.path, now, now);
      expect(folderOf(await settledBackups(), ANN)).toMatchObject({ inProgress: null, complete: false, interrupted: { stoppedAt: expect.any(String) }, problem: expect.stringMatching(/did not finish/) });
    });

    it('keeps one identity per phone: the folder name, whatever case Info.plist writes the UDID in', async () => {
      await writeBackup(root, { udid: OLD.toUpperCase(), folderName: OLD });
      const [backup] = await settledBackups();
      expect(backup?.udid).toBe(OLD);
      expect(probe?.locate(OLD.toUpperCase())).toBe(path.join(root, OLD));
    });

    it('lists without checking files when asked not to verify', async () => {
      await writeBackup(root, { udid: ANN, contents: EVERYTHING });
      const reports: ProbeReport[] = [];
      probe = createBackupsProbe({ roots: [root], verify: false });
      await probe.start((report) => reports.push(report));
      await probe.settled();
      expect(folderOf(reports.at(-1)?.backups ?? [], ANN)).toMatchObject({ complete: true, verification: { state: 'not-checked' }, contents: null });
    });

    it('leaves every kind of backup byte-identical while verifying them all', async () => {
      await writeBackup(root, { udid: ANN, contents: EVERYTHING, missingFiles: 1 });
      await writeBackup(root, { udid: OLD, index: 'mbdb', contents: { photosAndVideos: 3 } });
      await writeBackup(root, { udid: ANN, folderName: archivedName(ANN, new Date('2025-03-03T03:03:03Z')), encrypted: true });
      await writePlaceholderBackup(root, { udid: '00008030-000E45A02E38802E' }, 'pymobiledevice3');
      const before = await treeFingerprint(root);
      const backups = await settledBackups();
      expect(backups.map((backup) => backup.verification.state).sort()).toEqual(['encrypted', 'files-missing', 'unreadable', 'verified']);
      expect(await treeFingerprint(root)).toEqual(before);
    });
  });
});
