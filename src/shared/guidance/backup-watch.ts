/**
 * Reads the local backups of one phone from the snapshot: the newest finished one, one being
 * written right now, and whether a backup finished after the walkthrough reached "Back Up Now".
 */
import type { BackupAttempt } from '../progress';
import type { Backup, Snapshot } from '../snapshot';
import { sameUdid } from './device';
import type { BackupWatch } from './types';

/** A backup that finished and has a date: the only kind worth counting. */
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

/** A finished, complete backup newer than the attempt's start or than the newest before it. */
function verifiedBackup(backups: readonly Backup[], attempt: BackupAttempt): (Backup & { lastBackupDate: string }) | null {
  const candidates = backups.filter(
    (backup) =>
      isFinished(backup) &&
      backup.complete === true &&
      (attempt.previousNewest === null || isAfter(backup.lastBackupDate, attempt.previousNewest) || isAfter(backup.lastBackupDate, attempt.startedAt)),
  );
  return newestFinished(candidates);
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
  if (attempt && sameUdid(attempt.udid, udid)) {
    const verified = verifiedBackup(backups, attempt);
    if (verified) {
      return { state: 'verified', finishedAt: verified.lastBackupDate, encrypted: verified.encrypted, sizeBytes: verified.sizeBytes };
    }
  }
  return { state: 'waiting' };
}
