/**
 * Reads the local backups of one phone from the snapshot: the newest finished one, one being
 * written right now, and whether a backup finished after the walkthrough reached "Back Up Now".
 */
import type { BackupAttempt } from '../progress';
import type { Backup, Snapshot } from '../snapshot';
import { sameUdid } from './device';
import type { BackupWatch } from './types';

/** A backup that finished and has a date, not known to be incomplete: the only kind worth counting. */
export function isFinished(backup: Backup): backup is Backup & { lastBackupDate: string } {
  return backup.inProgress === null && backup.complete !== false && backup.lastBackupDate !== null && !Number.isNaN(Date.parse(backup.lastBackupDate));
}

/** The newest finished backup among these; null when none. */
export function newestFinished(backups: readonly Backup[]): (Backup & { lastBackupDate: string }) | null {
  let newest: (Backup & { lastBackupDate: string }) | null = null;
  for (const backup of backups) {
    if (isFinished(backup) && (!newest || Date.parse(backup.lastBackupDate) > Date.parse(newest.lastBackupDate))) newest = backup;
  }
  return newest;
}

/** The backups of one phone, whichever way its UDID is written. */
export function backupsOf(snapshot: Snapshot, udid: string): Backup[] {
  return snapshot.backups.filter((backup) => sameUdid(backup.udid, udid));
}

function isAfter(date: string, reference: string | null): boolean {
  return reference !== null && Date.parse(date) > Date.parse(reference);
}

/** Backup folders date things to the second: anything in the attempt's own second counts as after its start. */
function notBeforeStart(date: string, startedAt: string): boolean {
  return Date.parse(date) >= Math.floor(Date.parse(startedAt) / 1000) * 1000;
}

/** The phone's own backup folder (not an archived copy): every new backup of the phone is written there. */
function liveBackup(backups: readonly Backup[]): Backup | null {
  return backups.filter((backup) => !backup.archived).sort((a, b) => Date.parse(b.lastBackupDate ?? '') - Date.parse(a.lastBackupDate ?? '') || 0)[0] ?? null;
}

/** Dated after the attempt began, or after the newest backup there was then. */
function newerThanAttempt(date: string, attempt: BackupAttempt): boolean {
  return notBeforeStart(date, attempt.startedAt) || attempt.previousNewest === null || isAfter(date, attempt.previousNewest);
}

/** What became of the attempt's backup: found and checked, still being checked, or stopped; null while nothing new is seen. */
function attemptOutcome(backups: readonly Backup[], attempt: BackupAttempt): BackupWatch | null {
  const live = liveBackup(backups);
  if (!live || live.inProgress) return null;
  // A backup that stopped after the attempt began is this attempt's, whatever its recorded date.
  if (live.interrupted) {
    const { stoppedAt } = live.interrupted;
    // One that stopped before the attempt began is an old failure, not news.
    return stoppedAt !== null && notBeforeStart(stoppedAt, attempt.startedAt) ? { state: 'stopped', reason: 'interrupted', at: stoppedAt, problem: live.problem } : null;
  }
  const finishedAt = live.lastBackupDate;
  if (finishedAt === null || Number.isNaN(Date.parse(finishedAt)) || !newerThanAttempt(finishedAt, attempt)) return null;
  if (live.complete === false) return { state: 'stopped', reason: 'incomplete', at: finishedAt, problem: live.problem };
  if (live.complete !== true) return null;
  switch (live.verification.state) {
    case 'verified':
      return { state: 'verified', finishedAt, sizeBytes: live.sizeBytes, filesListed: live.verification.filesListed, contents: live.contents };
    case 'encrypted':
      return { state: 'encrypted', finishedAt, sizeBytes: live.sizeBytes };
    default:
      return { state: 'checking', finishedAt, sizeBytes: live.sizeBytes };
  }
}

/** What the app can see of the walkthrough's backup for this phone. */
export function watchBackup(snapshot: Snapshot, udid: string | null, attempt: BackupAttempt | null): BackupWatch {
  const source = snapshot.sources.backups.state;
  if (source === 'needs-permission') return { state: 'cannot-see', reason: 'needs-permission' };
  if (source === 'unavailable') return { state: 'cannot-see', reason: 'unavailable' };
  if (!udid) return { state: 'waiting' };
  const backups = backupsOf(snapshot, udid);
  const running = backups.find((backup) => backup.inProgress !== null);
  if (running?.inProgress) {
    const ownAttempt = attempt && sameUdid(attempt.udid, udid) ? attempt : null;
    return {
      state: 'in-progress',
      bytesWritten: running.inProgress.bytesWritten,
      expectedBytes: ownAttempt?.previousSizeBytes ?? null,
      startedAt: ownAttempt?.startedAt ?? null,
    };
  }
  if (attempt && sameUdid(attempt.udid, udid)) return attemptOutcome(backups, attempt) ?? { state: 'waiting' };
  return { state: 'waiting' };
}
