/**
 * What the person has told the app, kept across restarts: checklist marks, the iCloud
 * "Last Successful Backup" date they read off their phone, walkthrough steps they confirmed,
 * the local backup the walkthrough is waiting for, and the words they typed for a support request.
 */

/** How the person marked one checklist item. */
export type ChecklistMark = 'not-yet' | 'fine' | 'culprit';

/** The local backup the walkthrough waits for: which phone, when "Back Up Now" was reached, and the newest finished backup before it. */
export interface BackupAttempt {
  udid: string;
  /** ISO 8601, main's clock. */
  startedAt: string;
  /** Last Backup Date of the newest finished backup of this phone before the attempt; null when there was none. */
  previousNewest: string | null;
  /** Size of that backup, the basis for the running backup's percentage; null or absent when unknown. */
  previousSizeBytes?: number | null;
}

/** What the person noted from the phone's iCloud Backup screen: a day (YYYY-MM-DD), or "Never" as the phone shows it. */
export const ICLOUD_NEVER = 'never';

/** Something about the saved progress itself that the person should hear, until they dismiss it. */
export type ProgressNotice =
  /** The saved file could not be read; progress started fresh and the old file was kept under `keptAs`. */
  | { kind: 'reset-unreadable'; keptAs: string | null; at: string }
  /** Saving failed; progress lives only until the app closes. */
  | { kind: 'not-saved'; at: string };

/** Free text for the support summary. */
export interface SupportNotes {
  errorText: string;
  howLong: string;
  /** Typed by the person when no phone is connected to read it from. */
  iosVersion: string;
}

/** The persisted progress. */
export interface Progress {
  checklist: Record<string, ChecklistMark>;
  /** The iCloud "Last Successful Backup" date the person noted (YYYY-MM-DD, or `never`) and when they noted it. */
  icloudLastBackup: { date: string; notedAt: string } | null;
  /** Walkthrough steps the computer cannot observe, confirmed by the person. */
  confirmedSteps: string[];
  support: SupportNotes;
  backupAttempt: BackupAttempt | null;
  notice: ProgressNotice | null;
}

/** One change to progress, as the renderer asks for it. */
export type ProgressUpdate =
  | { kind: 'checklist'; item: string; mark: ChecklistMark }
  | { kind: 'icloud-last-backup'; date: string | null }
  | { kind: 'confirm-step'; step: string; done: boolean }
  | { kind: 'support'; field: keyof SupportNotes; value: string }
  | { kind: 'backup-attempt'; udid: string; previousNewest: string | null; previousSizeBytes?: number | null }
  | { kind: 'restart-walkthrough' }
  | { kind: 'dismiss-notice' }
  | { kind: 'reset' };

/** Progress for someone who has not started. */
export function emptyProgress(): Progress {
  return {
    checklist: {},
    icloudLastBackup: null,
    confirmedSteps: [],
    support: { errorText: '', howLong: '', iosVersion: '' },
    backupAttempt: null,
    notice: null,
  };
}

/** Applies one update, returning a new object; the input is never changed. */
export function applyProgressUpdate(progress: Progress, update: ProgressUpdate, now: Date = new Date()): Progress {
  switch (update.kind) {
    case 'checklist':
      return { ...progress, checklist: { ...progress.checklist, [update.item]: update.mark } };
    case 'icloud-last-backup':
      return {
        ...progress,
        icloudLastBackup: update.date === null ? null : { date: update.date, notedAt: now.toISOString() },
      };
    case 'confirm-step': {
      const others = progress.confirmedSteps.filter((step) => step !== update.step);
      return { ...progress, confirmedSteps: update.done ? [...others, update.step] : others };
    }
    case 'support':
      return { ...progress, support: { ...progress.support, [update.field]: update.value } };
    case 'backup-attempt':
      return {
        ...progress,
        backupAttempt: {
          udid: update.udid,
          startedAt: now.toISOString(),
          previousNewest: update.previousNewest,
          ...(update.previousSizeBytes === undefined ? {} : { previousSizeBytes: update.previousSizeBytes }),
        },
      };
    case 'restart-walkthrough':
      return { ...progress, confirmedSteps: [], backupAttempt: null };
    case 'dismiss-notice':
      return { ...progress, notice: null };
    case 'reset':
      return emptyProgress();
  }
}
