import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProbeReport } from '../../../../../../src/main/core/probe';
import { createBackupsProbe, type BackupsProbe, type BackupsProbeOptions } from '../../../../../../src/main/core/probes/backups';
import { backupOf, startBackupsProbe } from '../../../../../support/backups-probe';
import { makeTempRoot, removeTempRoot, waitFor, writeBackup } from '../../../../../support/backup-fixtures';

const ANN = '00008110-001A2C3E0E38802E';
const BOB = '00008030-000E45A02E38802E';
const MINUTE = 60_000;

let root: string;
const running: BackupsProbe[] = [];
beforeEach(async () => {
  root = await makeTempRoot('timing');
});
afterEach(async () => {
  for (const probe of running.splice(0)) probe.stop();
  await removeTempRoot(root);
});

const startProbe = (options: BackupsProbeOptions = {}) => startBackupsProbe({ roots: [root], ...options }, running);
const byUdid = backupOf;

describe('backups probe', () => {
  describe('timing', () => {
    it('keeps an unfinished backup in progress for two minutes after its last change, unless told otherwise', async () => {
      const now = new Date('2024-04-01T10:00:00Z').getTime();
      await writeBackup(root, { udid: BOB, snapshotState: 'uploading', date: new Date(now - 2 * MINUTE + 1000) });
      await writeBackup(root, { udid: ANN, snapshotState: 'uploading', date: new Date(now - 2 * MINUTE - 1000) });
      const { reports } = await startProbe({ now: () => now });
      expect(byUdid(reports.at(-1), BOB)?.inProgress).not.toBeNull();
      expect(byUdid(reports.at(-1), ANN)).toMatchObject({ inProgress: null, problem: expect.stringMatching(/did not finish/) });
    });

    it('turns a backup that stops changing into an interrupted one when the quiet time runs out, without polling meanwhile', async () => {
      // The probe's clock stands at the last change until the first list is checked, however slowly a busy machine scans.
      let clockStopped: number | null = Date.now();
      await writeBackup(root, { udid: BOB, date: new Date('2020-01-01T00:00:00Z') });
      await writeBackup(root, { udid: ANN, snapshotState: 'uploading', date: new Date(clockStopped) });
      const { probe, reports } = await startProbe({ quietMs: 600, now: () => clockStopped ?? Date.now() });
      expect(byUdid(reports.at(-1), ANN)?.inProgress).not.toBeNull();
      clockStopped = null;
      await waitFor(() => byUdid(reports.at(-1), ANN)?.inProgress === null, 'the backup to stop counting as in progress', 15_000);
      expect(byUdid(reports.at(-1), ANN)?.problem).toMatch(/did not finish/);
      await probe.settled();
      // The first list, sizes and a verification arrive as a few reports; a rescan every few milliseconds would be hundreds.
      expect(reports.length).toBeLessThan(12);
      expect(reports.every((report) => (report.disk?.freeBytes ?? 0) > 0)).toBe(true);
    });

    it('shows the sizes of many backups together, not one new report per folder, and only after the whole first list', async () => {
      const udids = Array.from({ length: 24 }, (_, index) => `00008030-0000000000${String(index).padStart(6, '0')}`);
      for (const udid of udids) await writeBackup(root, { udid });
      const { probe, reports } = await startProbe({ verify: false });
      await probe.settled();
      expect(reports[0]?.backups).toHaveLength(udids.length);
      expect(reports.at(-1)?.backups?.every((backup) => backup.sizeBytes !== null)).toBe(true);
      expect(reports.length).toBeLessThan(8);
    });

    it('reports nothing more once stopped, whatever happens next', async () => {
      const { probe, reports } = await startProbe();
      await probe.settled();
      probe.stop();
      const before = reports.length;
      probe.attachedPhonesChanged({ known: true, udids: [ANN] });
      // A second probe on the same folder is the signal that the new backup has been seen.
      const { reports: witness } = await startProbe();
      await writeBackup(root, { udid: ANN });
      await waitFor(() => byUdid(witness.at(-1), ANN), 'the second probe to list the new backup');
      expect(reports).toHaveLength(before);
    });

    it('shows a phone coming or going at once, once the first list is out', async () => {
      await writeBackup(root, { udid: ANN, snapshotState: 'uploading', date: new Date() });
      const reports: ProbeReport[] = [];
      const probe = createBackupsProbe({ roots: [root] });
      running.push(probe);
      const starting = probe.start((report) => reports.push(report));
      probe.attachedPhonesChanged({ known: false, udids: [] });
      await starting;
      expect(reports.map((report) => report.backups?.length), 'no list before the whole first one').toEqual([1]);
      expect(byUdid(reports.at(-1), ANN)?.inProgress).not.toBeNull();
      probe.attachedPhonesChanged({ known: true, udids: [BOB] });
      expect(byUdid(reports.at(-1), ANN)?.inProgress).toBeNull();
      probe.attachedPhonesChanged({ known: true, udids: [ANN] });
      expect(byUdid(reports.at(-1), ANN)?.inProgress).not.toBeNull();
    });
  
    it('ends "in progress" when the quiet time after the last change runs out, even if a report came in between', async () => {
      const lastChange = Date.now() - 1000;
      await writeBackup(root, { udid: ANN, snapshotState: 'uploading', date: new Date(lastChange) });
      let clockAhead = 0;
      const { probe, reports } = await startProbe({ quietMs: MINUTE, verify: false, now: () => Date.now() + clockAhead });
      await probe.settled();
      expect(byUdid(reports.at(-1), ANN)?.inProgress).not.toBeNull();
      // The clock moves on to a tenth of a second before the quiet time runs out, and a phone event makes a report then.
      clockAhead = lastChange + MINUTE - 100 - Date.now();
      probe.attachedPhonesChanged({ known: false, udids: [] });
      expect(byUdid(reports.at(-1), ANN)?.inProgress).not.toBeNull();
      // The check stays due at the last change plus the quiet time, not a whole quiet time after that report.
      await waitFor(() => byUdid(reports.at(-1), ANN)?.inProgress === null, 'the backup to stop counting as in progress', 15_000);
      expect(byUdid(reports.at(-1), ANN)?.problem).toMatch(/did not finish/);
    });

    it('starts quietly when stopped while its first list is still being read', async () => {
      await writeBackup(root, { udid: ANN });
      const reports: ProbeReport[] = [];
      const probe = createBackupsProbe({ roots: [root] });
      running.push(probe);
      const starting = probe.start((report) => reports.push(report));
      probe.stop();
      await expect(starting).resolves.toBeUndefined();
      expect(reports).toEqual([]);
    });
  });
});
