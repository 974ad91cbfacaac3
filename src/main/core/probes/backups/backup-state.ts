/**
 * Turns a folder reading plus what time and the watcher know into the snapshot's `Backup`.
 * Pure: the probe supplies the clock, the last change it saw and the measured size.
 */
import type { Backup } from '../../../../shared/snapshot';
import type { FolderReading } from './backup-folder';
import { UNFINISHED } from './problems';

/** What the probe knows about a folder beyond its files. */
export interface FolderActivity {
  /** When the watcher last saw something change in the folder (ms since the epoch); null if never. */
  lastChangeMs: number | null;
  /** Bytes in the folder at the last measurement; null until measured. */
  sizeBytes: number | null;
}

/**
 * True while a backup is being written: a device's folder whose Status.plist does not say
 * finished changed within `quietMs`. A backup that stops changing for that long was interrupted.
 */
export function isBeingWritten(reading: FolderReading, activity: FolderActivity, nowMs: number, quietMs: number): boolean {
  if (reading.finished === true || reading.folderProblem !== null || !reading.udidShaped) return false;
  const last = Math.max(reading.newestChangeMs ?? Number.NEGATIVE_INFINITY, activity.lastChangeMs ?? Number.NEGATIVE_INFINITY);
  return nowMs - last < quietMs;
}

/** The backup as the snapshot shows it. */
export function toBackup(reading: FolderReading, activity: FolderActivity, beingWritten: boolean): Backup {
  const problems = beingWritten ? [] : [...(reading.finished === false ? [UNFINISHED] : []), ...reading.fileProblems];
  return {
    udid: reading.udid,
    deviceName: reading.deviceName,
    productType: reading.productType,
    iosVersion: reading.iosVersion,
    lastBackupDate: reading.lastBackupDate,
    complete: beingWritten ? false : reading.finished,
    encrypted: reading.encrypted,
    sizeBytes: activity.sizeBytes,
    problem: reading.folderProblem ?? (problems.length > 0 ? problems.join(' ') : null),
    inProgress: beingWritten ? { bytesWritten: activity.sizeBytes ?? 0 } : null,
  };
}

/** Orders strings by code unit: right for ISO 8601 dates and hex UDIDs, and free of the collator `localeCompare` starts up on first use. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Newest backup first; ties by UDID then folder, so the order never flickers between scans. */
export function compareReadings(a: FolderReading, b: FolderReading): number {
  return byCodeUnit(b.lastBackupDate ?? '', a.lastBackupDate ?? '') || byCodeUnit(a.udid, b.udid) || byCodeUnit(a.path, b.path);
}
