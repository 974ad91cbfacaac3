/**
 * How old the newest backups are: the iCloud date the person read off their phone (the computer
 * cannot read it) and the newest local backup on this computer. More than a week old means the
 * automatic backups stopped and it is worth a look.
 */
import { ICLOUD_NEVER, type Progress } from '../progress';
import type { Device, Snapshot } from '../snapshot';
import { backupsOf, newestFinished } from './backup-watch';
import type { BackupDates } from './types';

/** A backup older than this many days is flagged. */
export const STALE_AFTER_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days between a date and now; a YYYY-MM-DD date counts from that local midnight. */
export function ageInDays(date: string, now: Date): number {
  const dayOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const then = dayOnly ? new Date(Number(dayOnly[1]), Number(dayOnly[2]) - 1, Number(dayOnly[3])).getTime() : Date.parse(date);
  return Math.max(0, Math.floor((now.getTime() - then) / DAY_MS));
}

function dated(date: string, now: Date) {
  const ageDays = ageInDays(date, now);
  return { date, ageDays, stale: ageDays > STALE_AFTER_DAYS };
}

/** The newest iCloud and local backup dates, and whether the newest of all is fresh, stale or missing. */
export function backupDates(snapshot: Snapshot, progress: Pick<Progress, 'icloudLastBackup'>, device: Device | null, now: Date): BackupDates {
  const noted = progress.icloudLastBackup;
  const icloudNever = noted?.date === ICLOUD_NEVER;
  const icloud = noted && !icloudNever ? { ...dated(noted.date, now), notedAt: noted.notedAt } : null;
  const newestLocal = newestFinished(device ? backupsOf(snapshot, device.udid) : snapshot.backups);
  const local = newestLocal
    ? { ...dated(newestLocal.lastBackupDate, now), udid: newestLocal.udid, deviceName: newestLocal.deviceName }
    : null;
  const ages = [icloud?.ageDays, local?.ageDays].filter((age): age is number => age !== undefined);
  const youngest = ages.length > 0 ? Math.min(...ages) : null;
  return {
    icloud,
    local,
    localKnown: snapshot.sources.backups.state === 'ok',
    icloudNever,
    newest: youngest === null ? null : icloud?.ageDays === youngest ? 'icloud' : 'local',
    flag: youngest === null ? 'missing' : youngest > STALE_AFTER_DAYS ? 'stale' : 'fresh',
  };
}
