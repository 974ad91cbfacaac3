import { describe, expect, it } from 'vitest';
import type { FolderReading } from '../../../../../../src/main/core/probes/backups/backup-folder';
import { compareReadings, isBeingWritten, toBackup } from '../../../../../../src/main/core/probes/backups/backup-state';
import { NO_INDEX, SNAPSHOT_LEFT, UNFINISHED } from '../../../../../../src/main/core/probes/backups/problems';
import type { VerificationOutcome } from '../../../../../../src/main/core/probes/backups/verification/verification-tracker';
import type { AttachedPhones } from '../../../../../../src/main/core/probe';

const NOW = Date.parse('2024-05-01T10:00:00Z');
const QUIET = 120_000;
const CLOCK = { nowMs: NOW, quietMs: QUIET };
const UDID = '00008110-001A2C3E0E38802E';
const UNKNOWN: AttachedPhones = { known: false, udids: [] };
const NONE: AttachedPhones = { known: true, udids: [] };
const ATTACHED: AttachedPhones = { known: true, udids: [UDID.toLowerCase().replace('-', '')] };

function reading(overrides: Partial<FolderReading> = {}): FolderReading {
  return {
    path: `/backups/${UDID}`,
    archived: false,
    udid: UDID,
    udidShaped: true,
    deviceName: 'Ann',
    productType: 'iPhone14,5',
    iosVersion: '17.5.1',
    lastBackupDate: '2024-05-01T09:00:00Z',
    finished: false,
    encrypted: false,
    manifestReadable: true,
    folderProblem: null,
    fileProblems: [],
    newestChangeMs: NOW - 10 * 60_000,
    index: 'db',
    indexStamp: '1:2:3:4',
    snapshotFolder: false,
    ...overrides,
  };
}

const FINISHED = reading({ finished: true, newestChangeMs: null });
const CONTENTS = { photosAndVideos: 3, messages: true, whatsapp: false, contacts: true, notes: false };
const verified = (filesMissing = 0): VerificationOutcome => ({
  stamp: '1:2:3:4',
  result: { state: filesMissing > 0 ? 'files-missing' : 'verified', filesListed: 84_211, filesMissing, contents: CONTENTS },
});

describe('backups probe', () => {
  describe('isBeingWritten', () => {
    const fresh = { lastChangeMs: NOW - 5_000, sizeBytes: null };
    it('is true while an unfinished backup of an attached phone keeps changing, false once it has been quiet for a while', () => {
      expect(isBeingWritten(reading(), fresh, CLOCK, ATTACHED)).toBe(true);
      expect(isBeingWritten(reading({ newestChangeMs: NOW - 1_000 }), { lastChangeMs: null, sizeBytes: null }, CLOCK, ATTACHED)).toBe(true);
      expect(isBeingWritten(reading(), { lastChangeMs: NOW - QUIET, sizeBytes: null }, CLOCK, ATTACHED)).toBe(false);
    });
    it('judges at once a folder that changes while its phone is not attached: copied in, or the phone unplugged part-way', () => {
      expect(isBeingWritten(reading(), fresh, CLOCK, NONE)).toBe(false);
      expect(isBeingWritten(reading({ snapshotFolder: true }), fresh, CLOCK, { known: true, udids: ['00008030-000E45A02E38802E'] })).toBe(false);
    });
    it('counts a finished backup with a Snapshot folder being written as a new backup in progress', () => {
      expect(isBeingWritten(reading({ finished: true, snapshotFolder: true }), fresh, CLOCK, ATTACHED)).toBe(true);
      expect(isBeingWritten(FINISHED, fresh, CLOCK, ATTACHED)).toBe(false);
    });
    it('never counts a folder with no known change as being written, even on a clock stuck near 1970 (a flat clock battery)', () => {
      const noChange = { lastChangeMs: null, sizeBytes: null };
      expect(isBeingWritten(reading({ newestChangeMs: null }), noChange, { nowMs: 30_000, quietMs: QUIET }, UNKNOWN)).toBe(false);
    });
    it('falls back on recent changes alone when nobody can tell which phones are attached (no usbmuxd)', () => {
      expect(isBeingWritten(reading(), fresh, CLOCK, UNKNOWN)).toBe(true);
      expect(isBeingWritten(reading(), { lastChangeMs: NOW - QUIET - 1, sizeBytes: null }, CLOCK, UNKNOWN)).toBe(false);
    });
    it('trusts a change dated up to the quiet time ahead of the clock, but not one further ahead (a clock that was wrong)', () => {
      const noEvents = { lastChangeMs: null, sizeBytes: null };
      expect(isBeingWritten(reading({ newestChangeMs: NOW + QUIET }), noEvents, CLOCK, ATTACHED)).toBe(true);
      expect(isBeingWritten(reading({ newestChangeMs: NOW + QUIET + 1 }), noEvents, CLOCK, ATTACHED)).toBe(false);
      expect(isBeingWritten(reading({ newestChangeMs: NOW + 30 * 24 * 3_600_000 }), noEvents, CLOCK, ATTACHED)).toBe(false);
    });
    it('is never true for an archived copy, an unreadable folder, or a folder not named for a device', () => {
      expect(isBeingWritten(reading({ archived: true }), fresh, CLOCK, ATTACHED)).toBe(false);
      expect(isBeingWritten(reading({ folderProblem: 'denied' }), fresh, CLOCK, ATTACHED)).toBe(false);
      expect(isBeingWritten(reading({ udidShaped: false }), fresh, CLOCK, ATTACHED)).toBe(false);
    });
  });

  describe('toBackup', () => {
    it('shows a backup being written as incomplete and in progress, holding back the problems of half-written files', () => {
      const backup = toBackup(reading({ fileProblems: ['Manifest.plist is missing.'] }), { lastChangeMs: NOW, sizeBytes: 2048 }, true, CLOCK);
      expect(backup).toMatchObject({ complete: false, problem: null, inProgress: { bytesWritten: 2048 }, sizeBytes: 2048, interrupted: null });
      expect(backup.verification.state).toBe('not-checked');
    });
    it('says an interrupted backup did not finish, before any file problem, and when it stopped', () => {
      const backup = toBackup(reading({ fileProblems: ['Manifest.plist is missing.'] }), { lastChangeMs: null, sizeBytes: null }, false, CLOCK);
      expect(backup.problem).toMatch(/^This backup did not finish.*Manifest\.plist is missing\.$/);
      expect(backup).toMatchObject({ complete: false, inProgress: null, interrupted: { stoppedAt: '2024-05-01T09:50:00Z' } });
    });
    it('keeps an unreadable folder’s problem even while it seems busy', () => {
      expect(toBackup(reading({ folderProblem: 'cannot be read' }), { lastChangeMs: NOW, sizeBytes: null }, false, CLOCK).problem).toBe('cannot be read');
    });
    it('calls a finished backup complete only with a readable Manifest.plist and an index, and says what is in it once verified', () => {
      const activity = { lastChangeMs: null, sizeBytes: 1 };
      expect(toBackup(FINISHED, activity, false, CLOCK, verified())).toMatchObject({
        complete: true,
        problem: null,
        interrupted: null,
        verification: { state: 'verified', filesListed: 84_211, filesMissing: 0 },
        contents: CONTENTS,
      });
      expect(toBackup(FINISHED, activity, false, CLOCK)).toMatchObject({ complete: true, verification: { state: 'not-checked', filesListed: null }, contents: null });
      expect(toBackup(reading({ ...FINISHED, manifestReadable: false }), activity, false, CLOCK).complete).toBe(false);
      expect(toBackup(reading({ ...FINISHED, index: null, indexStamp: null }), activity, false, CLOCK)).toMatchObject({
        complete: false,
        verification: { state: 'unreadable' },
        problem: expect.stringMatching(/no list of files/),
      });
      expect(toBackup(reading({ finished: null }), activity, false, CLOCK).complete).toBeNull();
    });
    it('turns missing files into an incomplete backup with the count in plain words', () => {
      const backup = toBackup(FINISHED, { lastChangeMs: null, sizeBytes: 1 }, false, CLOCK, verified(312));
      expect(backup).toMatchObject({ complete: false, verification: { state: 'files-missing', filesListed: 84_211, filesMissing: 312 } });
      expect(backup.problem).toBe('312 of 84,211 files this backup lists are missing, so it may not restore; make a new backup.');
    });
    it('says an index that cannot be read makes the backup unrestorable', () => {
      const outcome: VerificationOutcome = { stamp: '1:2:3:4', result: { state: 'unreadable', reason: 'it is damaged' } };
      expect(toBackup(FINISHED, { lastChangeMs: null, sizeBytes: 1 }, false, CLOCK, outcome)).toMatchObject({
        complete: false,
        verification: { state: 'unreadable', filesListed: null },
        contents: null,
        problem: 'Its list of files (Manifest.db) cannot be read (it is damaged), so it cannot be restored. Make a new backup.',
      });
    });
    it('tells an encrypted backup by its Manifest.plist, without reading its index', () => {
      expect(toBackup(reading({ ...FINISHED, encrypted: true }), { lastChangeMs: null, sizeBytes: 1 }, false, CLOCK, verified())).toMatchObject({
        complete: true,
        verification: { state: 'encrypted', filesListed: null, filesMissing: null },
        contents: null,
      });
    });
    it('names the placeholder a tool leaves when a backup stops before the phone sent anything', () => {
      const placeholder = reading({ ...FINISHED, manifestReadable: false, index: null, indexStamp: null, fileProblems: ['Manifest.plist is damaged (the file is empty).'], newestChangeMs: NOW - 60_000 });
      expect(toBackup(placeholder, { lastChangeMs: null, sizeBytes: 1 }, false, CLOCK)).toMatchObject({
        complete: false,
        problem: expect.stringMatching(/^This backup stopped before the phone sent anything/),
        interrupted: { stoppedAt: '2024-05-01T09:59:00Z' },
      });
    });
    it('keeps a finished backup complete, and says the newer one left in Snapshot/ stopped part-way', () => {
      const backup = toBackup(reading({ ...FINISHED, snapshotFolder: true, newestChangeMs: NOW - 3_600_000 }), { lastChangeMs: null, sizeBytes: 1 }, false, CLOCK, verified());
      expect(backup).toMatchObject({ complete: true, interrupted: { stoppedAt: '2024-05-01T09:00:00Z' }, problem: expect.stringMatching(/Snapshot folder was left behind/) });
    });
    it('checks nothing of a backup that is not finished, whatever an older verification said', () => {
      const activity = { lastChangeMs: null, sizeBytes: 1 };
      expect(toBackup(reading(), activity, false, CLOCK, verified())).toMatchObject({ verification: { state: 'not-checked', filesListed: null }, contents: null });
      // A new backup being written over a finished one (into Snapshot/) is not checked either.
      const overwriting = reading({ ...FINISHED, snapshotFolder: true, newestChangeMs: NOW });
      expect(toBackup(overwriting, { lastChangeMs: NOW, sizeBytes: 1 }, true, CLOCK, verified())).toMatchObject({ verification: { state: 'not-checked' }, contents: null });
    });

    it('says only that an unfinished backup did not finish: no index yet and a Snapshot folder are part of that', () => {
      const unfinished = reading({ index: null, indexStamp: null, snapshotFolder: true });
      expect(toBackup(unfinished, { lastChangeMs: null, sizeBytes: 1 }, false, CLOCK).problem).toBe(UNFINISHED);
    });

    it('joins several problems into sentences, most telling first', () => {
      const backup = toBackup(reading({ ...FINISHED, index: null, indexStamp: null, snapshotFolder: true, fileProblems: ['Info.plist is missing.'] }), { lastChangeMs: null, sizeBytes: 1 }, false, CLOCK);
      expect(backup.problem).toBe(['Info.plist is missing.', SNAPSHOT_LEFT, NO_INDEX].join(' '));
    });

    it('never calls an encrypted backup with no list of files complete', () => {
      expect(toBackup(reading({ ...FINISHED, encrypted: true, index: null, indexStamp: null }), { lastChangeMs: null, sizeBytes: 1 }, false, CLOCK).complete).toBe(false);
    });

    it('blames an unreadable index only when there is one to read', () => {
      const outcome: VerificationOutcome = { stamp: '1:2:3:4', result: { state: 'unreadable', reason: 'it is damaged' } };
      expect(toBackup(reading({ ...FINISHED, index: null, indexStamp: null }), { lastChangeMs: null, sizeBytes: 1 }, false, CLOCK, outcome).problem).toBe(NO_INDEX);
    });

    it('still says what a backup with missing files holds', () => {
      expect(toBackup(FINISHED, { lastChangeMs: null, sizeBytes: 1 }, false, CLOCK, verified(2)).contents).toEqual(CONTENTS);
    });

    it('gives no time for an interrupted backup when no change was ever seen', () => {
      expect(toBackup(reading({ newestChangeMs: null }), { lastChangeMs: null, sizeBytes: 1 }, false, CLOCK).interrupted).toEqual({ stoppedAt: null });
    });

    it('gives no time for an interrupted backup dated well ahead of the clock, so the screen never names a time to come', () => {
      const stopped = (newestChangeMs: number) => toBackup(reading({ newestChangeMs }), { lastChangeMs: null, sizeBytes: 1 }, false, CLOCK).interrupted;
      expect(stopped(NOW + QUIET)).toEqual({ stoppedAt: '2024-05-01T10:02:00Z' });
      expect(stopped(NOW + QUIET + 1)).toEqual({ stoppedAt: null });
      expect(stopped(NOW + 30 * 24 * 3_600_000)).toEqual({ stoppedAt: null });
    });
    it('never calls an archived copy interrupted', () => {
      expect(toBackup(reading({ archived: true }), { lastChangeMs: null, sizeBytes: 1 }, false, CLOCK)).toMatchObject({ archived: true, interrupted: null });
    });
  });

  describe('compareReadings', () => {
    it('puts the newest first and unknown dates last', () => {
      const order = [reading({ lastBackupDate: null, path: 'c' }), reading({ lastBackupDate: '2023-01-01T00:00:00Z', path: 'b' }), reading({ path: 'a' })];
      expect(order.sort(compareReadings).map((r) => r.path)).toEqual(['a', 'b', 'c']);
    });

    it('orders backups of one date by UDID, then folder, whichever comes first, so the list never flickers', () => {
      const sameDay = [reading({ udid: 'B', path: '/b' }), reading({ udid: 'A', path: '/a2' }), reading({ udid: 'A', path: '/a1' })];
      const undated = sameDay.map((each) => ({ ...each, lastBackupDate: null }));
      for (const list of [sameDay, undated]) {
        expect([...list].sort(compareReadings).map((r) => r.path)).toEqual(['/a1', '/a2', '/b']);
        expect([...list].reverse().sort(compareReadings).map((r) => r.path)).toEqual(['/a1', '/a2', '/b']);
      }
      const [b, , a1] = sameDay as [FolderReading, FolderReading, FolderReading];
      expect(compareReadings(a1, a1)).toBe(0);
      expect(compareReadings(b, a1)).toBeGreaterThan(0);
      expect(compareReadings(a1, b)).toBeLessThan(0);
    });
  });
});
