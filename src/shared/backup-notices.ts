/**
 * Which backups deserve a system notification between two snapshots, and when: a backup that
 * finished is announced only once its files have been checked (or it turned out encrypted, which
 * cannot be checked), so a notification never says more than the app has proven; a backup that
 * stopped part-way, or turned out to miss files, is announced as soon as that is known.
 */
import { justFinishedBackups, normalizeUdid } from './backups';
import type { Backup, Snapshot } from './snapshot';

/** Backups that finished and are still being checked, by folder. */
export type AwaitingCheck = ReadonlySet<string>;

/** One notification to show. */
export interface BackupNotice {
  kind: 'finished' | 'stopped';
  backup: Backup;
}

const checked = (backup: Backup) => backup.verification.state === 'verified' || backup.verification.state === 'encrypted';

/** The live backup of a phone: the one a new backup is written into. */
function liveOf(udid: string, snapshot: Snapshot): Backup | undefined {
  return snapshot.backups.find((backup) => !backup.archived && normalizeUdid(backup.udid) === normalizeUdid(udid));
}

/** Live backups that were being written and now stopped without finishing. */
export function justStoppedBackups(before: Snapshot | null, after: Snapshot): Backup[] {
  if (before === null || before.sources.backups.state !== 'ok') return [];
  return after.backups.filter((backup) => {
    if (backup.archived || backup.inProgress !== null || backup.complete === true) return false;
    return liveOf(backup.udid, before)?.inProgress != null;
  });
}

/** The notifications due now, and the backups still awaiting their check. */
export function dueNotices(awaiting: AwaitingCheck, before: Snapshot | null, after: Snapshot): { notices: BackupNotice[]; awaiting: AwaitingCheck } {
  const notices: BackupNotice[] = justStoppedBackups(before, after).map((backup) => ({ kind: 'stopped', backup }));
  const still = new Set<string>();
  const consider = (backup: Backup) => {
    if (checked(backup)) notices.push({ kind: 'finished', backup });
    else if (backup.complete === false) notices.push({ kind: 'stopped', backup });
    else if (backup.complete === true && backup.inProgress === null) still.add(backup.path);
  };
  for (const backup of justFinishedBackups(before, after)) consider(backup);
  for (const path of awaiting) {
    const backup = after.backups.find((candidate) => candidate.path === path);
    if (backup && !still.has(path) && !notices.some((notice) => notice.backup.path === path)) consider(backup);
  }
  return { notices, awaiting: still };
}
