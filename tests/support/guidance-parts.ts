/**
 * The planner's intermediate decisions, built for tests of the parts that combine them (the next
 * step, the warnings): each starts as a first run with no phone, and a test changes one field.
 */
import type { BackupDates, ChecklistState, Walkthrough } from '../../src/shared/guidance/types';

/** A walkthrough with no phone, no problem and nothing backed up. */
export function walkthroughPart(fields: Partial<Walkthrough> = {}): Walkthrough {
  return {
    steps: [],
    current: 'connect',
    finished: null,
    awaitsConfirmation: false,
    problem: null,
    device: null,
    backup: { state: 'waiting' },
    passcodePrompt: false,
    lowDiskSpace: null,
    recordAttempt: null,
    ...fields,
  };
}

/** A checklist nobody has marked yet. */
export function checklistPart(fields: Partial<ChecklistState> = {}): ChecklistState {
  return { items: [], nextItem: 'storage', checkedCount: 0, culprits: [], icloudWorks: false, exhausted: false, ...fields };
}

/** Backup dates with nothing noted and no local backup. */
export function datesPart(fields: Partial<BackupDates> = {}): BackupDates {
  return { icloud: null, local: null, localKnown: true, icloudNever: false, newest: null, flag: 'missing', ...fields };
}
