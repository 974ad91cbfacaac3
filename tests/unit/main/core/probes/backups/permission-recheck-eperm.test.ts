/**
 * A backups root refused the way macOS refuses it without Full Disk Access: listing it fails with
 * EPERM while every other file call works. `readdir` of `node:fs/promises` is wrapped so that a
 * refused root answers EPERM (until the test grants access) and every listing is counted; the
 * counts are the signals these tests wait on, not the clock. `fs.watch` is recorded as well, to
 * see the root watched afresh once access is given (a watch made while refused saw nothing) and
 * not over and over while it stays refused. Unlike the real refusal in
 * permission-recheck.test.ts, this needs no second account, so it runs on every system.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProbeReport } from '../../../../../../src/main/core/probe';
import { createBackupsProbe, type BackupsProbe } from '../../../../../../src/main/core/probes/backups';
import { makeTempRoot, removeTempRoot, waitFor, writeBackup } from '../../../../../support/backup-fixtures';
import type { WatchHandles } from '../../../../../support/watch-handles';

/** Roots that answer EPERM, how often each root was listed, and a step run as a listing begins. */
const access = vi.hoisted(() => ({ refused: new Set<string>(), listings: new Map<string, number>(), onListing: null as ((where: string) => void) | null }));

/** Every watch made, and how many were made of each folder. */
const handles = vi.hoisted((): WatchHandles & { made: Map<string, number> } => ({ open: [], beforeWatch: null, made: new Map() }));

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const { recordingWatch } = await import('../../../../../support/watch-handles');
  return { ...actual, watch: recordingWatch(actual.watch as never, handles) };
});

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const readdir = (async (target: string, ...rest: unknown[]) => {
    const where = path.resolve(String(target));
    access.listings.set(where, (access.listings.get(where) ?? 0) + 1);
    access.onListing?.(where);
    if (access.refused.has(where)) throw Object.assign(new Error(`EPERM: operation not permitted, scandir '${where}'`), { code: 'EPERM', errno: -1, syscall: 'scandir', path: where });
    return (actual.readdir as (...args: unknown[]) => Promise<unknown>)(target, ...rest);
  }) as typeof actual.readdir;
  return { ...actual, readdir, default: { ...actual, readdir } };
});

const ANN = '00008110-001A2C3E0E38802E';
const BEA = '00008030-000A1B2C3D4E5F60';

const roots: string[] = [];
const probes: BackupsProbe[] = [];
beforeEach(() => {
  access.refused.clear();
  access.listings.clear();
  access.onListing = null;
  handles.made.clear();
  handles.beforeWatch = (target) => void handles.made.set(target, (handles.made.get(target) ?? 0) + 1);
});
afterEach(async () => {
  await Promise.all(probes.splice(0).map((probe) => probe.stop()));
  await Promise.all(roots.splice(0).map((root) => removeTempRoot(root)));
});

async function newRoot(): Promise<string> {
  const root = await makeTempRoot('refused');
  roots.push(root);
  return root;
}

const listingsOf = (root: string) => access.listings.get(root) ?? 0;

async function started(options: Parameters<typeof createBackupsProbe>[0]): Promise<ProbeReport[]> {
  const reports: ProbeReport[] = [];
  const probe = createBackupsProbe({ platform: 'darwin', debounceMs: 20, ...options });
  probes.push(probe);
  await probe.start((report) => reports.push(report));
  return reports;
}

describe('probes', () => {
  describe('backups', () => {
    describe('a root refused as macOS refuses it without Full Disk Access', () => {
      it('asks for permission, lists the root again once per recheck, and shows its backups, sized, once access is given', async () => {
        const root = await newRoot();
        await writeBackup(root, { udid: ANN });
        access.refused.add(root);
        const reports = await started({ roots: [root], permissionRecheckMs: 40 });
        expect(reports.at(-1)).toMatchObject({ backups: [], source: { state: 'needs-permission', reason: expect.stringContaining('Full Disk Access') } });
        await waitFor(() => reports.length >= 4, 'three rechecks while refused');
        expect(reports.every((report) => report.source?.state === 'needs-permission')).toBe(true);
        // The first scan and one listing per recheck (the next one may be under way): never a second listing per recheck.
        expect(listingsOf(root)).toBeLessThanOrEqual(reports.length + 1);
        // Watched once from the start, not again at each recheck while still refused.
        expect(handles.made.get(root)).toBe(1);
        access.refused.delete(root);
        const shown = await waitFor(() => reports.find((report) => report.source?.state === 'ok' && report.backups?.[0]?.sizeBytes), 'the backup, with its size');
        expect(shown.backups?.map((backup) => backup.udid)).toEqual([ANN]);
        // The watch made while refused saw nothing: the root is watched afresh.
        expect(handles.made.get(root)).toBe(2);
      });

      it('rechecks only the refused root, and stops once nothing is refused', async () => {
        const [open, refused] = [await newRoot(), await newRoot()];
        await writeBackup(open, { udid: BEA });
        await writeBackup(refused, { udid: ANN });
        access.refused.add(refused);
        const reports = await started({ roots: [open, refused], permissionRecheckMs: 30, debounceMs: 300 });
        await waitFor(() => listingsOf(refused) >= 3, 'the refused root listed again');
        expect(listingsOf(open)).toBe(1);
        access.refused.delete(refused);
        await waitFor(() => reports.at(-1)?.backups?.length === 2, 'both roots’ backups');
        const settled = listingsOf(refused);
        // A write the watcher reports, and its rescan finishing, span ten recheck periods: no recheck ran in them.
        const before = reports.length;
        await writeBackup(open, { udid: BEA });
        await waitFor(() => reports.length > before, 'the rescan after the write');
        expect(listingsOf(refused)).toBe(settled);
      });

      it('lists a refused root once per recheck however often the probe reports meanwhile', async () => {
        const [busy, witness] = [await newRoot(), await newRoot()];
        access.refused.add(busy).add(witness);
        const probe = createBackupsProbe({ roots: [busy], platform: 'darwin', permissionRecheckMs: 30 });
        probes.push(probe);
        await probe.start(() => {});
        // Phones coming and going make the probe report five times before its first recheck.
        for (let turn = 0; turn < 5; turn += 1) probe.attachedPhonesChanged({ known: true, udids: [] });
        await started({ roots: [witness], permissionRecheckMs: 30 });
        // The other probe's rechecks, on the same period, are the clock.
        await waitFor(() => listingsOf(witness) >= 5, 'four rechecks of the other probe');
        expect(listingsOf(busy)).toBeLessThanOrEqual(listingsOf(witness) + 2);
      });

      it('never rechecks after the probe stops', async () => {
        const [stopping, witness] = [await newRoot(), await newRoot()];
        access.refused.add(stopping).add(witness);
        await started({ roots: [stopping], permissionRecheckMs: 30 });
        await started({ roots: [witness], permissionRecheckMs: 30 });
        await (probes[0] as BackupsProbe).stop();
        const atStop = listingsOf(stopping);
        // The other probe's rechecks are the clock: three of them, and none of the stopped one's.
        const witnessed = listingsOf(witness);
        await waitFor(() => listingsOf(witness) >= witnessed + 3, 'three rechecks of the other probe');
        expect(listingsOf(stopping)).toBe(atStop);
      });

      it('leaves no watch open when stopped while a refused root is being looked at again', async () => {
        const root = await newRoot();
        access.refused.add(root);
        await started({ roots: [root], permissionRecheckMs: 30 });
        const probe = probes[0] as BackupsProbe;
        // Access is given, and the probe is stopped in the moment its recheck lists the root.
        access.refused.delete(root);
        access.onListing = (where) => {
          if (where !== root) return;
          access.onListing = null;
          probe.stop();
        };
        await waitFor(() => listingsOf(root) >= 2, 'the recheck to list the root');
        await probe.settled();
        expect(handles.open.filter((open) => open.target.startsWith(root))).toEqual([]);
      });

      it('never lists again a root that was never refused', async () => {
        const [open, witness] = [await newRoot(), await newRoot()];
        access.refused.add(witness);
        const reports = await started({ roots: [open], permissionRecheckMs: 30 });
        await started({ roots: [witness], permissionRecheckMs: 30 });
        await waitFor(() => listingsOf(witness) >= 4, 'three rechecks of the other probe');
        expect(listingsOf(open)).toBe(1);
        expect(reports).toHaveLength(1);
      });

      it('never rechecks when told not to', async () => {
        const [never, witness] = [await newRoot(), await newRoot()];
        access.refused.add(never).add(witness);
        const reports = await started({ roots: [never], permissionRecheckMs: Number.POSITIVE_INFINITY });
        await started({ roots: [witness], permissionRecheckMs: 30 });
        await waitFor(() => listingsOf(witness) >= 4, 'three rechecks of the other probe');
        expect(listingsOf(never)).toBe(1);
        expect(reports.at(-1)?.source?.state).toBe('needs-permission');
      });
    });
  });
});
