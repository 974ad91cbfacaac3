/**
 * Pure facts about local backups that main, the planner and the screens all need: which backup
 * belongs to which phone, which one just finished, and whether the disk has room for the next.
 */
import { safeText } from './safe-text';
import type { Backup, DiskInfo, Snapshot } from './snapshot';

/** Below this much free space a backup is at risk even when no earlier backup tells its size. */
export const SAFE_FREE_BYTES_FLOOR = 10 * 1024 ** 3;

/**
 * A UDID in the form used for comparing: hyphens dropped, upper case. Newer iPhones report
 * "00008030-001A2C3E0E38802E", some tools print it without the hyphen; both are the same phone.
 */
export function normalizeUdid(udid: string): string {
  return udid.replace(/-/g, '').toUpperCase();
}

/** True when two UDIDs name the same device, whatever their hyphens and case. */
export function sameUdid(a: string, b: string): boolean {
  return normalizeUdid(a) === normalizeUdid(b);
}

function dateValue(backup: Backup): number {
  const time = backup.lastBackupDate === null ? Number.NaN : Date.parse(backup.lastBackupDate);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** The newest backup of one device (a backup being written counts as newest); null when it has none. */
export function latestBackupFor(udid: string, backups: readonly Backup[]): Backup | null {
  let latest: Backup | null = null;
  for (const backup of backups) {
    if (!sameUdid(backup.udid, udid)) continue;
    if (latest === null || isNewer(backup, latest)) latest = backup;
  }
  return latest;
}

function isNewer(candidate: Backup, current: Backup): boolean {
  if ((candidate.inProgress !== null) !== (current.inProgress !== null)) return candidate.inProgress !== null;
  return dateValue(candidate) > dateValue(current);
}

/**
 * Backups that finished between two snapshots: complete now, and before they were being
 * written, unfinished, or older. Nothing counts while the earlier snapshot had not read the
 * backup folder yet, so starting the app never announces old backups.
 */
export function justFinishedBackups(before: Snapshot | null, after: Snapshot): Backup[] {
  if (before === null || before.sources.backups.state !== 'ok') return [];
  const finished: Backup[] = [];
  const seen = new Set<string>();
  for (const backup of after.backups) {
    const key = normalizeUdid(backup.udid);
    if (seen.has(key)) continue;
    seen.add(key);
    const now = latestBackupFor(backup.udid, after.backups);
    const then = latestBackupFor(backup.udid, before.backups);
    if (now === null || then === null || now.complete !== true || now.inProgress !== null) continue;
    if (then.inProgress !== null || then.complete !== true || dateValue(now) > dateValue(then)) finished.push(now);
  }
  return finished;
}

/** "2:05 PM on Nov 3, 2026" (US English, as every screen writes it, unless another locale is given) for when a backup finished; null when its date is unknown. */
export function finishedAtTime(backup: Backup, options: { locale?: string; timeZone?: string } = {}): string | null {
  const time = dateValue(backup);
  if (!Number.isFinite(time)) return null;
  const format = (parts: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(options.locale ?? 'en-US', { ...parts, timeZone: options.timeZone }).format(time);
  return `${format({ hour: 'numeric', minute: '2-digit' })} on ${format({ day: 'numeric', month: 'short', year: 'numeric' })}`;
}

/** The words of the system notification for a backup that just finished and was checked; "verified" only when its files were. */
export function finishedNotice(backup: Backup, options: { locale?: string; timeZone?: string } = {}): { title: string; body: string } {
  const who = (backup.deviceName && safeText(backup.deviceName)) || 'Your iPhone';
  const at = finishedAtTime(backup, options);
  const when = at ? `: finished at ${at}` : '';
  if (backup.verification.state === 'verified') {
    return { title: 'Backup finished and verified', body: `${who} is backed up on this computer${when}, and every file the backup lists is there.` };
  }
  const lock = backup.encrypted === true ? ' It is encrypted, so it also keeps passwords and Health data; only its password opens it.' : '';
  return { title: 'Backup finished', body: `${who} is backed up on this computer${when}.${lock}` };
}

/** The words of the system notification for a backup that stopped before it finished, or finished without every file it lists. */
export function stoppedNotice(backup: Backup): { title: string; body: string } {
  const who = (backup.deviceName && safeText(backup.deviceName)) || 'your iPhone';
  if (backup.interrupted) {
    return { title: 'Backup stopped before it finished', body: `The backup of ${who} stopped part-way, so it is not complete. Open Backup Lifeboat to see why and what to do.` };
  }
  return { title: 'Backup is missing files', body: `The backup of ${who} is missing files it lists, so it may not restore. Open Backup Lifeboat to see what to do.` };
}

/** How much free space a new backup needs and how much there is, when there is too little; null when it fits or nobody knows. */
export function backupSpaceShortfall(
  disk: DiskInfo,
  backups: readonly Backup[],
  udid?: string,
): { freeBytes: number; neededBytes: number } | null {
  if (disk.freeBytes === null) return null;
  const sized = backups.filter((backup) => backup.sizeBytes !== null && (udid === undefined || sameUdid(backup.udid, udid)));
  const last = sized.reduce<Backup | null>((latest, backup) => (latest === null || dateValue(backup) > dateValue(latest) ? backup : latest), null);
  const neededBytes = last?.sizeBytes ?? SAFE_FREE_BYTES_FLOOR;
  return disk.freeBytes < neededBytes ? { freeBytes: disk.freeBytes, neededBytes } : null;
}
