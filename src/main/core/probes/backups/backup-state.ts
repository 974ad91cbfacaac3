/**
 * Turns a folder reading plus what time, the watcher, the phones attached and the background
 * verification know into the snapshot's `Backup`. Pure: the probe supplies the clock, the last
 * change it saw, the measured size and the verification result.
 */
import type { Backup, BackupVerification } from '../../../../shared/snapshot';
import { sameUdid } from '../../../../shared/backups';
import type { AttachedPhones } from '../../probe';
import type { FolderReading } from './backup-folder';
import { filesMissingProblem, indexUnreadableProblem, NO_INDEX, PLACEHOLDER_ONLY, SNAPSHOT_LEFT, UNFINISHED } from './problems';
import type { VerificationOutcome } from './verification/verification-tracker';

/** What the probe knows about a folder beyond its files. */
export interface FolderActivity {
  /** When the watcher last saw something change in the folder (ms since the epoch); null if never. */
  lastChangeMs: number | null;
  /** Bytes in the folder at the last measurement; null until measured. */
  sizeBytes: number | null;
}

/** The probe's clock as a folder is judged: now, and how long a folder stays quiet before its backup counts as no longer written. */
export interface JudgingClock {
  nowMs: number;
  quietMs: number;
}

/** When the folder last changed, by its files' times or the watcher's events. */
export function lastChangeOf(reading: FolderReading, activity: FolderActivity): number | null {
  const last = Math.max(reading.newestChangeMs ?? Number.NEGATIVE_INFINITY, activity.lastChangeMs ?? Number.NEGATIVE_INFINITY);
  return Number.isFinite(last) ? last : null;
}

/** A change dated well ahead of the clock: a clock that was wrong when the files were written, not a write going on now. */
function aheadOfClock(changeMs: number, { nowMs, quietMs }: JudgingClock): boolean {
  return changeMs - nowMs > quietMs;
}

/**
 * True while a backup is being written: the folder changed within `quietMs`, something is still
 * to come (Status.plist does not say finished, or a Snapshot/ folder is there), and — when the app
 * can tell which phones are attached — that phone is attached. A copied-in folder, an archived copy
 * or a phone unplugged part-way is judged at once; a backup that stops changing, after `quietMs`.
 */
export function isBeingWritten(reading: FolderReading, activity: FolderActivity, clock: JudgingClock, phones: AttachedPhones): boolean {
  if (reading.archived || reading.folderProblem !== null || !reading.udidShaped) return false;
  if (reading.finished === true && !reading.snapshotFolder) return false;
  const last = lastChangeOf(reading, activity);
  if (last === null || clock.nowMs - last >= clock.quietMs || aheadOfClock(last, clock)) return false;
  return !phones.known || phones.udids.some((udid) => sameUdid(udid, reading.udid));
}

/** Stopped before the phone sent anything: Status.plist says finished (as a placeholder does), yet there is no readable Manifest.plist and no index. */
function placeholderOnly(reading: FolderReading): boolean {
  return reading.finished === true && !reading.manifestReadable && reading.index === null;
}

/** The verification as the snapshot shows it. */
export function verificationOf(reading: FolderReading, beingWritten: boolean, outcome: VerificationOutcome | null): BackupVerification {
  const none = { filesListed: null, filesMissing: null };
  if (beingWritten || reading.finished !== true) return { state: 'not-checked', ...none };
  if (reading.encrypted === true) return { state: 'encrypted', ...none };
  if (reading.index === null) return { state: 'unreadable', ...none };
  if (!outcome) return { state: 'not-checked', ...none };
  const { result } = outcome;
  return result.state === 'unreadable' ? { state: 'unreadable', ...none } : { state: result.state, filesListed: result.filesListed, filesMissing: result.filesMissing };
}

/** Whether the backup would restore: finished, with a readable Manifest.plist and an index, and no listed file missing. */
function completeness(reading: FolderReading, verification: BackupVerification): boolean | null {
  if (reading.finished !== true) return reading.finished;
  if (!reading.manifestReadable || reading.index === null) return false;
  return verification.state !== 'files-missing' && verification.state !== 'unreadable';
}

function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** When a backup that stopped part-way stopped: its last change, unknown when there was none or it is dated ahead of the clock. */
function stopTimeOf(reading: FolderReading, activity: FolderActivity, clock: JudgingClock): string | null {
  const last = lastChangeOf(reading, activity);
  return last === null || aheadOfClock(last, clock) ? null : isoSeconds(last);
}

/** The sentences about what is wrong, most telling first. */
function problemsOf(reading: FolderReading, outcome: VerificationOutcome | null, verification: BackupVerification): string[] {
  if (placeholderOnly(reading)) return [PLACEHOLDER_ONLY];
  const problems = [...(reading.finished === false ? [UNFINISHED] : []), ...reading.fileProblems];
  if (reading.finished === true && reading.snapshotFolder) problems.push(SNAPSHOT_LEFT);
  if (reading.finished === true && reading.index === null) problems.push(NO_INDEX);
  if (verification.state === 'files-missing' && verification.filesMissing !== null && verification.filesListed !== null) {
    problems.push(filesMissingProblem(verification.filesMissing, verification.filesListed));
  }
  if (outcome?.result.state === 'unreadable' && reading.index !== null) problems.push(indexUnreadableProblem(reading.index, outcome.result.reason));
  return problems;
}

/** The backup as the snapshot shows it. */
export function toBackup(reading: FolderReading, activity: FolderActivity, beingWritten: boolean, clock: JudgingClock, outcome: VerificationOutcome | null = null): Backup {
  const verification = verificationOf(reading, beingWritten, outcome);
  const problems = beingWritten ? [] : problemsOf(reading, outcome, verification);
  const stopped = !beingWritten && !reading.archived && reading.udidShaped && (reading.finished === false || reading.snapshotFolder || placeholderOnly(reading));
  const read = verification.state === 'verified' || verification.state === 'files-missing';
  const counted = read && outcome && outcome.result.state !== 'unreadable' ? outcome.result.contents : null;
  return {
    udid: reading.udid,
    path: reading.path,
    archived: reading.archived,
    deviceName: reading.deviceName,
    productType: reading.productType,
    iosVersion: reading.iosVersion,
    lastBackupDate: reading.lastBackupDate,
    complete: beingWritten ? false : completeness(reading, verification),
    encrypted: reading.encrypted,
    sizeBytes: activity.sizeBytes,
    problem: reading.folderProblem ?? (problems.length > 0 ? problems.join(' ') : null),
    inProgress: beingWritten ? { bytesWritten: activity.sizeBytes ?? 0 } : null,
    interrupted: stopped ? { stoppedAt: stopTimeOf(reading, activity, clock) } : null,
    verification,
    contents: counted,
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
