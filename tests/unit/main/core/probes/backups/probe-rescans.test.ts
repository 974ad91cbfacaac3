import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupsProbe, BackupsProbeOptions } from '../../../../../../src/main/core/probes/backups';
import { backupOf, startBackupsProbe } from '../../../../../support/backups-probe';
import { deviceOf, fileIdOf, filesOf, makeTempRoot, removeTempRoot, statusPlist, storedFilePath, waitFor, writeBackup } from '../../../../../support/backup-fixtures';

const ANN = '00008110-001A2C3E0E38802E';
const BOB = '00008030-000E45A02E38802E';
const CAT = '00008101-000A1B2C3D4E5F60';
const HOUR = 60 * 60_000;
/** Long enough that no file event reaches the probe during a test: only the probe's own rescans can show a change. */
const EVENTS_HELD_BACK_MS = 10 * 60_000;

let root: string;
const running: BackupsProbe[] = [];
beforeEach(async () => {
  root = await makeTempRoot('rescans');
});
afterEach(async () => {
  vi.restoreAllMocks();
  for (const probe of running.splice(0)) probe.stop();
  await removeTempRoot(root);
});

const startProbe = (options: BackupsProbeOptions = {}, roots = [root]) => startBackupsProbe({ roots, ...options }, running);
const byUdid = backupOf;

describe('backups probe', () => {
  describe('rescans', () => {
    it('shows the sizes of a run of folders at most every 250 ms, and always the last one at once', async () => {
      const udids = Array.from({ length: 6 }, (_, index) => `00008030-0000000000${String(index).padStart(6, '0')}`);
      const folders = await Promise.all(udids.map(async (udid) => (await writeBackup(root, { udid, files: 1 })).path));
      const { probe, reports } = await startProbe({ verify: false, debounceMs: 200 });
      await probe.settled();
      // The clock the pace reads steps 125 ms at every size that lands, far past any report before.
      let clock = performance.now() + 10_000;
      const reportsWhenMeasured: number[] = [];
      vi.spyOn(performance, 'now').mockImplementation(() => {
        reportsWhenMeasured.push(reports.length);
        clock += 125;
        return clock;
      });
      const before = reports.length;
      // One burst of changes: one rescan reads all six folders, then their sizes land one by one.
      await Promise.all(folders.map((folder) => writeFile(path.join(folder, 'touched'), 'x')));
      await waitFor(() => reportsWhenMeasured.length >= udids.length && reports.length > before, 'every folder to be measured again');
      await probe.settled();
      vi.restoreAllMocks();
      const shown = reportsWhenMeasured.map((count, index) => (reportsWhenMeasured[index + 1] ?? reports.length) > count);
      // At 125, 250, 375, 500, 625 ms and the last: shown, 125 ms later not, 250 ms later shown again; the last always.
      expect(shown).toEqual([true, false, true, false, true, true]);
    });

    it('reads unfinished backups again when their quiet time runs out, but leaves finished ones to their own file events', async () => {
      // The probe's clock stands at the last change until the changes below are made, however slowly a busy machine goes.
      let clockStopped: number | null = Date.now();
      await writeBackup(root, { udid: ANN, deviceName: 'Ann’s iPhone' });
      const bob = await writeBackup(root, { udid: BOB, snapshotState: 'uploading', date: new Date(clockStopped) });
      const cat = await writeBackup(root, { udid: CAT, snapshotState: 'uploading', date: new Date(clockStopped) });
      const { reports } = await startProbe({ quietMs: 600, verify: false, debounceMs: EVENTS_HELD_BACK_MS, now: () => clockStopped ?? Date.now() });
      expect(byUdid(reports.at(-1), BOB)?.inProgress).not.toBeNull();
      // Changes whose file events have not arrived yet: Bob's backup finishes, Cat's folder goes, a new backup into Ann's folder begins.
      await writeFile(path.join(bob.path, 'Status.plist'), statusPlist(deviceOf({ udid: BOB }), 'finished'));
      await rm(cat.path, { recursive: true });
      await writeFile(path.join(root, ANN, 'Status.plist'), statusPlist(deviceOf({ udid: ANN }), 'uploading'));
      clockStopped = null;
      const after = await waitFor(() => byUdid(reports.at(-1), BOB)?.complete === true && reports.at(-1), 'the quiet check to read the unfinished backups again', 15_000);
      expect(byUdid(after, BOB)).toMatchObject({ inProgress: null, problem: null });
      expect(byUdid(after, CAT), 'a folder gone is dropped').toBeUndefined();
      expect(byUdid(after, ANN)?.complete, 'a finished backup is not read again by the quiet check').toBe(true);
    });

    it('reads a changed backup again when a new folder appears in the same moment', async () => {
      const ann = await writeBackup(root, { udid: ANN, snapshotState: 'uploading', date: new Date() });
      const { reports } = await startProbe({ verify: false, debounceMs: 200 });
      expect(byUdid(reports.at(-1), ANN)?.complete).toBe(false);
      await writeFile(path.join(ann.path, 'Status.plist'), statusPlist(deviceOf({ udid: ANN }), 'finished'));
      await writeBackup(root, { udid: BOB });
      const after = await waitFor(() => byUdid(reports.at(-1), BOB) && reports.at(-1), 'the new backup to show');
      expect(byUdid(after, ANN)?.complete).toBe(true);
    });

    it('lists no hidden folder, even one that changes while the root does', async () => {
      await writeBackup(root, { udid: ANN });
      const { reports } = await startProbe({ verify: false, debounceMs: 200 });
      // A copy tool writes into a hidden folder first; in the same moment another backup appears.
      await writeBackup(root, { udid: CAT, folderName: `.${CAT}` });
      await writeBackup(root, { udid: BOB });
      const after = await waitFor(() => byUdid(reports.at(-1), BOB) && reports.at(-1), 'the new backup to show');
      expect(after.backups?.map((backup) => backup.udid).sort()).toEqual([BOB, ANN].sort());
    });

    it('reads every backup in a root that appears whole, moved into place', async () => {
      const parent = await makeTempRoot('parent');
      const missingRoot = path.join(parent, 'Backup');
      try {
        const { reports } = await startProbe({ verify: false }, [missingRoot]);
        expect(reports.at(-1)?.backups).toEqual([]);
        const staging = path.join(parent, 'staging');
        await writeBackup(staging, { udid: ANN });
        await rename(staging, missingRoot);
        const after = await waitFor(() => byUdid(reports.at(-1), ANN) && reports.at(-1), 'the moved-in backup to show');
        expect(after.backups?.map((backup) => backup.udid)).toEqual([ANN]);
      } finally {
        for (const probe of running.splice(0)) probe.stop();
        await removeTempRoot(parent);
      }
    });

    it('counts a file event as activity even when file times lag the clock, and then waits out the quiet time', async () => {
      // File times an hour behind the clock, as on a network share whose clock is behind this computer's.
      const now = Date.now() + HOUR;
      const ann = await writeBackup(root, { udid: ANN, snapshotState: 'uploading', date: new Date(now - HOUR) });
      const { probe, reports } = await startProbe({ now: () => now, verify: false, debounceMs: 200 });
      expect(byUdid(reports.at(-1), ANN)).toMatchObject({ inProgress: null, problem: expect.stringMatching(/did not finish/) });
      await writeFile(path.join(ann.path, 'landed-1'), 'x');
      await waitFor(() => byUdid(reports.at(-1), ANN)?.inProgress, 'the backup to show as in progress again');
      await probe.settled();
      const before = reports.length;
      const sizeBefore = byUdid(reports.at(-1), ANN)?.sizeBytes ?? 0;
      // A second file, measured, is the signal: a quiet check due at once would have reported over and over meanwhile.
      await writeFile(path.join(ann.path, 'landed-2'), 'x');
      await waitFor(() => byUdid(reports.at(-1), ANN)?.sizeBytes === sizeBefore + 1, 'the second file to be measured');
      await probe.settled();
      expect(reports.length - before, 'the rescan and its sizes, nothing more').toBeLessThanOrEqual(2);
      expect(byUdid(reports.at(-1), ANN)?.inProgress).not.toBeNull();
    });

    it('shows a backup dated in the future (a clock that was wrong) as stopped, not in progress, and does not read it over and over', async () => {
      await writeBackup(root, { udid: ANN, snapshotState: 'uploading', date: new Date(Date.now() + 30 * 24 * HOUR) });
      const { probe, reports } = await startProbe({ verify: false, debounceMs: 300 });
      await probe.settled();
      expect(byUdid(reports.at(-1), ANN)).toMatchObject({ inProgress: null, interrupted: { stoppedAt: null }, problem: expect.stringMatching(/did not finish/) });
      const before = reports.length;
      // Another backup appearing is the signal that time has passed for the probe; its files land within one debounce, one rescan.
      await writeBackup(root, { udid: BOB });
      await waitFor(() => byUdid(reports.at(-1), BOB), 'the new backup to show');
      await probe.settled();
      expect(reports.length - before, 'the rescans for the new backup, nothing more').toBeLessThanOrEqual(4);
    });
  
    it('leaves a backup that stopped long ago stopped when another backup appears beside it', async () => {
      await writeBackup(root, { udid: ANN, snapshotState: 'uploading', date: new Date(Date.now() - HOUR) });
      const { reports } = await startProbe({ verify: false, debounceMs: 200 });
      expect(byUdid(reports.at(-1), ANN)).toMatchObject({ inProgress: null, interrupted: { stoppedAt: expect.any(String) } });
      await writeBackup(root, { udid: BOB });
      const after = await waitFor(() => byUdid(reports.at(-1), BOB) && reports.at(-1), 'the new backup to show', 15_000);
      // Nothing in Ann's folder changed: a new folder in the root is no sign that her backup is being written.
      expect(byUdid(after, ANN)).toMatchObject({ inProgress: null, interrupted: { stoppedAt: expect.any(String) } });
    });

    it('checks a backup against its files only once it has finished, so files that land before the finish count', async () => {
      const spec = { udid: ANN, snapshotState: 'uploading', date: new Date(Date.now() - HOUR), missingFiles: 2 };
      const ann = await writeBackup(root, spec);
      const { probe, reports } = await startProbe({ debounceMs: 200 });
      await probe.settled();
      expect(byUdid(reports.at(-1), ANN)?.verification.state).toBe('not-checked');
      // The backup resumes: the missing files land and Status.plist says finished; the index itself is not rewritten.
      for (const file of filesOf(spec).slice(0, 2)) await writeFile(storedFilePath(ann.path, fileIdOf(file.domain, file.relativePath), 'db'), file.content);
      await writeFile(path.join(ann.path, 'Status.plist'), statusPlist(deviceOf(spec), 'finished'));
      const checked = await waitFor(() => byUdid(reports.at(-1), ANN)?.verification.state !== 'not-checked' && byUdid(reports.at(-1), ANN), 'the finished backup to be checked', 15_000);
      expect(checked).toMatchObject({ complete: true, verification: { state: 'verified', filesMissing: 0 } });
    });
  });
});
