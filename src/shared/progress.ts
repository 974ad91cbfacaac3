/**
 * What the person has told the app, kept across restarts: checklist marks, the iCloud
 * "Last Successful Backup" date they read off their phone, walkthrough steps they confirmed,
 * and the words they typed for a support request.
 */

/** How the person marked one checklist item. */
export type ChecklistMark = 'not-yet' | 'fine' | 'culprit';

/** The persisted progress. */
export interface Progress {
  checklist: Record<string, ChecklistMark>;
  /** The iCloud "Last Successful Backup" date the person noted (YYYY-MM-DD) and when they noted it. */
  icloudLastBackup: { date: string; notedAt: string } | null;
  /** Walkthrough steps the computer cannot observe, confirmed by the person. */
  confirmedSteps: string[];
  /** Free text for the support summary. */
  support: { errorText: string; howLong: string };
}

/** One change to progress, as the renderer asks for it. */
export type ProgressUpdate =
  | { kind: 'checklist'; item: string; mark: ChecklistMark }
  | { kind: 'icloud-last-backup'; date: string | null }
  | { kind: 'confirm-step'; step: string; done: boolean }
  | { kind: 'support'; field: 'errorText' | 'howLong'; value: string }
  | { kind: 'reset' };

/** Progress for someone who has not started. */
export function emptyProgress(): Progress {
  return { checklist: {}, icloudLastBackup: null, confirmedSteps: [], support: { errorText: '', howLong: '' } };
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
    case 'reset':
      return emptyProgress();
  }
}
