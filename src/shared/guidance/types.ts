/**
 * What the planner decides for the person in front of the app: the route, where they are in the
 * local-backup walkthrough, how far the iCloud checklist has got, how old their backups are,
 * what to warn about, and the one next step. Ids only: the words live in `src/shared/content`.
 */
import type { ChecklistMark } from '../progress';
import type { BackupContents, Device } from '../snapshot';
import type { Route } from './route';

/** The app's screens. */
export type ScreenId = 'overview' | 'checklist' | 'walkthrough' | 'dates' | 'help';

/** The walkthrough's steps, in order. */
export const STEP_IDS = ['connect', 'trust', 'open-program', 'options', 'back-up-now', 'wait'] as const;

/** One walkthrough step. */
export type StepId = (typeof STEP_IDS)[number];

/** Where a step stands. */
export type StepState = 'done' | 'current' | 'upcoming';

/** A situation that needs its own guidance before the walkthrough can go on. */
export type ProblemId =
  | 'recovery-mode'
  | 'dfu-mode'
  | 'no-device-support'
  | 'network-only'
  | 'program-missing'
  | 'no-program';

/**
 * What the app can see of the backup the walkthrough is waiting for. A finished backup is
 * `checking` until its files have been checked against its index, then `verified`; an encrypted
 * one cannot be checked without its password and is `encrypted`. `stopped` is a backup that ended
 * without finishing (`interrupted`) or finished without everything it lists (`incomplete`).
 */
export type BackupWatch =
  | { state: 'waiting' }
  | {
      state: 'in-progress';
      bytesWritten: number;
      /** The size of this phone's backup before this one, the basis for a percentage; null when there is none. */
      expectedBytes: number | null;
      /** When the walkthrough reached "Back Up Now" for this backup, for the time it has taken; null when unknown. */
      startedAt: string | null;
    }
  | { state: 'checking'; finishedAt: string; sizeBytes: number | null }
  | { state: 'verified'; finishedAt: string; sizeBytes: number | null; filesListed: number | null; contents: BackupContents | null }
  | { state: 'encrypted'; finishedAt: string; sizeBytes: number | null }
  | { state: 'stopped'; reason: 'interrupted' | 'incomplete'; at: string | null; problem: string | null }
  | { state: 'cannot-see'; reason: 'needs-permission' | 'unavailable' };

/** The local-backup walkthrough as it stands for this snapshot. */
export interface Walkthrough {
  steps: Array<{ id: StepId; state: StepState }>;
  /** The step to act on; null once the backup is finished. */
  current: StepId | null;
  /** How it finished: found on disk (see `backup` for what was proven), or on the person's word when the app could not see the backup. */
  finished: 'found' | 'confirmed' | null;
  /** Whether the current step ends with the person's confirmation, because the computer cannot see it. */
  awaitsConfirmation: boolean;
  problem: ProblemId | null;
  /** The phone the walkthrough is about; null when none is connected. */
  device: Device | null;
  backup: BackupWatch;
  /** The phone asks for its passcode when a backup starts (iOS 16.1 and later, or unknown). */
  passcodePrompt: boolean;
  /** Set when the computer may not have room for the backup. */
  lowDiskSpace: { freeBytes: number; neededBytes: number } | null;
  /** The attempt the renderer should record now that "Back Up Now" is reached; null when there is nothing to record. */
  recordAttempt: { udid: string; previousNewest: string | null; previousSizeBytes: number | null } | null;
}

/** Whether a checklist item is a possible cause, the test backup, or the last resort. */
export type ChecklistKind = 'cause' | 'try' | 'last-resort';

/** The iCloud checklist as the person has marked it. */
export interface ChecklistState {
  items: Array<{ id: string; kind: ChecklistKind; mark: ChecklistMark }>;
  /** The first item, in the recommended order, not yet marked; null when all are. */
  nextItem: string | null;
  checkedCount: number;
  /** Items marked "this was it". */
  culprits: string[];
  /** The test backup went through: iCloud is backing up again. */
  icloudWorks: boolean;
  /** Every item is marked and the test backup still fails. */
  exhausted: boolean;
}

/** A backup date with its age. */
export interface DatedBackup {
  /** ISO 8601 (local backups) or YYYY-MM-DD (the iCloud date the person noted). */
  date: string;
  ageDays: number;
  /** Older than a week. */
  stale: boolean;
}

/** The newest backups the app knows of. */
export interface BackupDates {
  /** The iCloud "Last Successful Backup" date the person noted. */
  icloud: (DatedBackup & { notedAt: string }) | null;
  /** The newest finished local backup: of the connected phone when there is one, else of any phone. */
  local: (DatedBackup & { udid: string; deviceName: string | null }) | null;
  /** Whether the local backup folders could be read; when false, `local` null means "unknown", not "none". */
  localKnown: boolean;
  /** The person read "Never" off the phone: it has never finished an iCloud backup. */
  icloudNever: boolean;
  /** Which of the two is the newest backup; null when neither is known. */
  newest: 'icloud' | 'local' | null;
  /** fresh: the newest is at most a week old; stale: older; missing: none known. */
  flag: 'fresh' | 'stale' | 'missing';
}

/** Something the overview should point out. */
export type WarningId =
  | 'icloud-status'
  | 'status-unknown'
  | 'no-device-support'
  | 'backups-need-permission'
  | 'backups-unreadable'
  | 'backup-stale'
  | 'backup-missing'
  | 'low-disk'
  | 'program-missing'
  | 'usbmux-unavailable'
  | 'usb-unreadable';

/** A warning and how loudly to show it. */
export interface Warning {
  id: WarningId;
  severity: 'info' | 'warning' | 'problem';
}

/** The single next thing to do. */
export type NextStepId =
  | 'fix-problem'
  | 'watch-backup'
  | 'backup-stopped'
  | 'backup-verified'
  | 'continue-walkthrough'
  | 'icloud-down-go-local'
  | 'note-icloud-date'
  | 'all-good'
  | 'checklist-exhausted-go-local'
  | 'start-checklist'
  | 'continue-checklist';

/** The next step and the screen it lives on. */
export interface NextStep {
  id: NextStepId;
  screen: ScreenId;
}

/** Everything the planner decides. */
export interface Guidance {
  route: Route;
  walkthrough: Walkthrough;
  checklist: ChecklistState;
  dates: BackupDates;
  warnings: Warning[];
  next: NextStep;
}
