/**
 * The local-backup walkthrough, advanced by what the snapshot shows (a phone plugged in, trusted,
 * a backup being written, a backup finished) and by what only the person can confirm (the program
 * is open, the options are chosen, "Back Up Now" was clicked).
 */
import type { BackupAttempt, Progress } from '../progress';
import type { Snapshot } from '../snapshot';
import { isAtLeast } from '../version';
import { backupsOf, newestFinished, watchBackup } from './backup-watch';
import { chooseDevice, findProblem, isReady, sameUdid } from './device';
import type { Route } from './route';
import { STEP_IDS, type StepId, type Walkthrough } from './types';

/** Below this much free space a backup is likely to fail, whatever the phone holds. */
export const MINIMUM_FREE_BYTES = 5_000_000_000;

/** An attempt older than this no longer says anything about today's backup. */
const ATTEMPT_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * How long the waiting step waits for the backup to show up on disk before it lets the person say
 * it finished anyway: long enough for any program to start writing, short enough that a backup
 * kept somewhere the app does not look does not leave the person stuck.
 */
export const CONFIRM_UNSEEN_AFTER_MS = 10 * 60 * 1000;

/** The phone asks for its passcode when a backup starts from this iOS version on (apple-facts §5). */
const PASSCODE_PROMPT_SINCE = '16.1';

function currentAttempt(attempt: BackupAttempt | null, now: Date): BackupAttempt | null {
  if (!attempt) return null;
  const started = Date.parse(attempt.startedAt);
  return Number.isNaN(started) || now.getTime() - started > ATTEMPT_LIFETIME_MS ? null : attempt;
}

/** Plans the walkthrough for this snapshot and progress. */
export function planWalkthrough(snapshot: Snapshot, progress: Progress, route: Route, now: Date): Walkthrough {
  const device = chooseDevice(snapshot.devices);
  const ready = device !== null && isReady(device);
  const attempt = currentAttempt(progress.backupAttempt, now);
  const watchedUdid = ready ? device.udid : (attempt?.udid ?? null);
  const backup = watchBackup(snapshot, watchedUdid, attempt);
  const confirmed = new Set(progress.confirmedSteps);
  const running = backup.state === 'in-progress';

  // The person's word ends the walkthrough only when the computer has nothing better: no backup running, none verified.
  const found = backup.state === 'verified' || backup.state === 'encrypted';
  const stopped = backup.state === 'stopped';
  const finished = found ? 'found' : !running && !stopped && confirmed.has('back-up-now') && confirmed.has('wait') ? 'confirmed' : null;
  const trusted = ready && (device.paired === true || (device.paired === null && confirmed.has('trust')));
  const done: Record<StepId, boolean> = finished
    ? { connect: true, trust: true, 'open-program': true, options: true, 'back-up-now': true, wait: true }
    : {
        connect: ready,
        trust: trusted || (ready && running),
        'open-program': confirmed.has('open-program') || running,
        options: confirmed.has('options') || running,
        'back-up-now': confirmed.has('back-up-now') || running,
        wait: false,
      };
  const current = STEP_IDS.find((id) => !done[id]) ?? null;

  // "It finished" is offered only when the app cannot see the backup for itself: the folder is closed
  // to it, or nothing has arrived long after "Back Up Now" (the backup may be kept elsewhere).
  const waitedLong = attempt !== null && now.getTime() - Date.parse(attempt.startedAt) >= CONFIRM_UNSEEN_AFTER_MS;
  const awaitsConfirmation =
    current === 'open-program' ||
    current === 'options' ||
    current === 'back-up-now' ||
    (current === 'trust' && device?.paired === null) ||
    (current === 'wait' && (backup.state === 'cannot-see' || (backup.state === 'waiting' && waitedLong)));

  const ownBackups = watchedUdid ? backupsOf(snapshot, watchedUdid) : [];
  const newest = newestFinished(ownBackups);
  const neededBytes = Math.max(newest?.sizeBytes ?? 0, MINIMUM_FREE_BYTES);
  const freeBytes = snapshot.disk.freeBytes;

  const reachedBackUpNow = current === 'back-up-now' || current === 'wait';
  const recordAttempt =
    ready && reachedBackUpNow && snapshot.sources.backups.state === 'ok' && !(attempt && sameUdid(attempt.udid, device.udid))
      ? { udid: device.udid, previousNewest: newest?.lastBackupDate ?? null, previousSizeBytes: newest?.sizeBytes ?? null }
      : null;

  return {
    steps: STEP_IDS.map((id) => ({ id, state: done[id] ? 'done' : id === current ? 'current' : 'upcoming' })),
    current,
    finished,
    awaitsConfirmation,
    problem: findProblem(snapshot, device, route),
    device,
    backup,
    passcodePrompt: !device?.iosVersion || isAtLeast(device.iosVersion, PASSCODE_PROMPT_SINCE),
    lowDiskSpace: freeBytes !== null && freeBytes < neededBytes ? { freeBytes, neededBytes } : null,
    recordAttempt,
  };
}
