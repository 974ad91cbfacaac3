import { describe, expect, it } from 'vitest';
import { backupsOf, isFinished, newestFinished, watchBackup } from '../../../../src/shared/guidance/backup-watch';
import type { BackupWatch } from '../../../../src/shared/guidance/types';
import type { BackupAttempt } from '../../../../src/shared/progress';
import type { Backup } from '../../../../src/shared/snapshot';
import { backup, PHONES, snapshot } from '../../../support/snapshots';

const UDID = PHONES.ready.udid;
const OTHER_UDID = '00008101-000A1B2C3D4E5F60';
/** The walkthrough reached "Back Up Now" at 11:30:00.400; the phone's previous backup is from yesterday. */
const ATTEMPT: BackupAttempt = { udid: UDID, startedAt: '2026-11-20T11:30:00.400Z', previousNewest: '2026-11-19T09:00:00Z', previousSizeBytes: 5_000_000_000 };
const FINISHED_AFTER = '2026-11-20T11:45:00Z';

function watch(backups: Backup[], attempt: BackupAttempt | null = ATTEMPT, udid: string | null = UDID): BackupWatch {
  return watchBackup(snapshot({ backups }), udid, attempt);
}

describe('guidance', () => {
  describe('backup watch', () => {
    it('counts only finished, dated, not-incomplete backups, and picks the newest of them', () => {
      expect(isFinished(backup())).toBe(true);
      expect(isFinished(backup({ complete: null }))).toBe(true);
      expect(isFinished(backup({ complete: false }))).toBe(false);
      expect(isFinished(backup({ inProgress: { bytesWritten: 1 } }))).toBe(false);
      expect(isFinished(backup({ lastBackupDate: null }))).toBe(false);
      expect(isFinished(backup({ lastBackupDate: 'yesterday' }))).toBe(false);
      const older = backup({ lastBackupDate: '2026-11-01T09:00:00Z', path: 'older' });
      const newer = backup({ lastBackupDate: '2026-11-02T09:00:00Z', path: 'newer' });
      const newestButRunning = backup({ lastBackupDate: '2026-11-03T09:00:00Z', inProgress: { bytesWritten: 1 } });
      expect(newestFinished([older, newer, newestButRunning])?.path).toBe('newer');
      expect(newestFinished([newer, older])?.path).toBe('newer');
      expect(newestFinished([newestButRunning])).toBeNull();
    });

    it('finds a phone’s backups whether or not its UDID is written with the hyphen, and no other phone’s', () => {
      const mine = backup();
      const theirs = backup({ udid: OTHER_UDID.replace('-', '') });
      expect(backupsOf(snapshot({ backups: [mine, theirs] }), UDID)).toEqual([mine]);
    });

    it('cannot see backups when the folder needs permission or cannot be read', () => {
      expect(watchBackup(snapshot({ sources: { backups: { state: 'needs-permission', reason: 'x' } } }), UDID, ATTEMPT)).toEqual({ state: 'cannot-see', reason: 'needs-permission' });
      expect(watchBackup(snapshot({ sources: { backups: { state: 'unavailable', reason: 'x' } } }), UDID, ATTEMPT)).toEqual({ state: 'cannot-see', reason: 'unavailable' });
    });

    it('waits while no phone is chosen, or no attempt was recorded', () => {
      expect(watch([backup({ lastBackupDate: FINISHED_AFTER })], ATTEMPT, null)).toEqual({ state: 'waiting' });
      expect(watch([backup({ lastBackupDate: FINISHED_AFTER })], null)).toEqual({ state: 'waiting' });
    });

    it('shows a running backup with the attempt’s start and the last backup’s size as the goal', () => {
      expect(watch([backup({ inProgress: { bytesWritten: 2_000_000_000 } })])).toEqual({
        state: 'in-progress',
        bytesWritten: 2_000_000_000,
        expectedBytes: 5_000_000_000,
        startedAt: ATTEMPT.startedAt,
      });
    });

    it('never uses an attempt recorded for another phone: neither its start and size, nor its outcome', () => {
      const forOther = { ...ATTEMPT, udid: OTHER_UDID };
      expect(watch([backup({ inProgress: { bytesWritten: 7 } })], forOther)).toEqual({ state: 'in-progress', bytesWritten: 7, expectedBytes: null, startedAt: null });
      expect(watch([backup({ lastBackupDate: FINISHED_AFTER })], forOther)).toEqual({ state: 'waiting' });
    });

    it('reads the attempt’s finished backup as verified, encrypted or still being checked', () => {
      const contents = backup().contents;
      expect(watch([backup({ lastBackupDate: FINISHED_AFTER })])).toEqual({ state: 'verified', finishedAt: FINISHED_AFTER, sizeBytes: 6_000_000_000, filesListed: 84_211, contents });
      expect(watch([backup({ lastBackupDate: FINISHED_AFTER, verification: { state: 'encrypted', filesListed: null, filesMissing: null } })])).toEqual({ state: 'encrypted', finishedAt: FINISHED_AFTER, sizeBytes: 6_000_000_000 });
      expect(watch([backup({ lastBackupDate: FINISHED_AFTER, verification: { state: 'not-checked', filesListed: null, filesMissing: null } })])).toEqual({ state: 'checking', finishedAt: FINISHED_AFTER, sizeBytes: 6_000_000_000 });
    });

    it('waits on a backup that is not known complete yet, and reports one known incomplete as stopped', () => {
      expect(watch([backup({ lastBackupDate: FINISHED_AFTER, complete: null })])).toEqual({ state: 'waiting' });
      expect(watch([backup({ lastBackupDate: FINISHED_AFTER, complete: false, problem: 'No manifest.' })])).toEqual({ state: 'stopped', reason: 'incomplete', at: FINISHED_AFTER, problem: 'No manifest.' });
    });

    it('counts a backup dated in the attempt’s own second, since folders date to the second, and not one a second earlier', () => {
      const sameSecond = { ...ATTEMPT, previousNewest: '2026-11-20T11:29:59Z' };
      expect(watch([backup({ lastBackupDate: '2026-11-20T11:30:00Z' })], sameSecond).state).toBe('verified');
      expect(watch([backup({ lastBackupDate: '2026-11-20T11:29:59Z' })], sameSecond).state).toBe('waiting');
    });

    it('counts a backup newer than the previous newest even if the computer’s clock put it before the attempt', () => {
      const earlierClock = '2026-11-20T11:00:00Z';
      expect(watch([backup({ lastBackupDate: earlierClock })]).state).toBe('verified');
      expect(watch([backup({ lastBackupDate: '2026-11-19T09:00:00Z' })]).state).toBe('waiting');
      expect(watch([backup({ lastBackupDate: earlierClock })], { ...ATTEMPT, previousNewest: null }).state).toBe('verified');
    });

    it('ignores a backup with no readable date, even for a phone with no earlier backup', () => {
      for (const attempt of [ATTEMPT, { ...ATTEMPT, previousNewest: null }]) {
        expect(watch([backup({ lastBackupDate: null })], attempt)).toEqual({ state: 'waiting' });
        expect(watch([backup({ lastBackupDate: 'soon' })], attempt)).toEqual({ state: 'waiting' });
      }
    });

    it('finds the running backup among the phone’s folders, not only in the first one', () => {
      const archived = backup({ archived: true, path: 'archived' });
      expect(watch([archived, backup({ inProgress: { bytesWritten: 9 } })]).state).toBe('in-progress');
    });

    it('reports a backup that stopped after the attempt began, and not an old failure', () => {
      expect(watch([backup({ interrupted: { stoppedAt: '2026-11-20T11:31:00Z' }, problem: 'Cable pulled.' })])).toEqual({
        state: 'stopped',
        reason: 'interrupted',
        at: '2026-11-20T11:31:00Z',
        problem: 'Cable pulled.',
      });
      expect(watch([backup({ interrupted: { stoppedAt: '2026-11-20T11:30:00Z' } })]).state).toBe('stopped');
      expect(watch([backup({ interrupted: { stoppedAt: '2026-11-20T11:29:59Z' } })])).toEqual({ state: 'waiting' });
      expect(watch([backup({ interrupted: { stoppedAt: null } })])).toEqual({ state: 'waiting' });
    });

    it('watches the phone’s own folder, the newest one not archived, rather than an archived copy', () => {
      const archivedNew = backup({ lastBackupDate: '2026-11-20T11:50:00Z', archived: true, verification: { state: 'encrypted', filesListed: null, filesMissing: null } });
      const live = backup({ lastBackupDate: FINISHED_AFTER });
      const liveOld = backup({ lastBackupDate: '2026-11-01T09:00:00Z', path: 'old' });
      expect(watch([archivedNew, liveOld, live]).state).toBe('verified');
      expect(watch([live, liveOld]).state).toBe('verified');
      expect(watch([archivedNew])).toEqual({ state: 'waiting' });
    });
  });
});
