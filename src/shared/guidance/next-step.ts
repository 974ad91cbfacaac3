/**
 * The one next step for the overview. A phone on the cable means the person wants the local
 * backup, so the walkthrough comes first then; otherwise the iCloud checklist, unless Apple's own
 * service is down or the checklist is used up, when the local backup is the way forward.
 */
import type { BackupDates, ChecklistState, NextStep, Walkthrough } from './types';

/** Picks the next step from the other decisions. */
export function nextStep(walkthrough: Walkthrough, checklist: ChecklistState, dates: BackupDates, icloudDown: boolean): NextStep {
  const { problem, device, backup, finished } = walkthrough;
  if (problem && problem !== 'program-missing' && problem !== 'no-program' && (device || problem === 'no-device-support')) {
    return { id: 'fix-problem', screen: 'walkthrough' };
  }
  if (backup.state === 'in-progress' || backup.state === 'checking') return { id: 'watch-backup', screen: 'walkthrough' };
  if (backup.state === 'stopped') return { id: 'backup-stopped', screen: 'walkthrough' };
  if (finished && dates.flag === 'fresh') return { id: 'backup-verified', screen: 'walkthrough' };
  if (device && !finished) return { id: 'continue-walkthrough', screen: 'walkthrough' };
  if (icloudDown) return { id: 'icloud-down-go-local', screen: 'walkthrough' };
  if (checklist.icloudWorks) {
    return dates.icloud === null || dates.icloud.stale ? { id: 'note-icloud-date', screen: 'dates' } : { id: 'all-good', screen: 'dates' };
  }
  if (checklist.exhausted) return { id: 'checklist-exhausted-go-local', screen: 'walkthrough' };
  return checklist.checkedCount === 0 ? { id: 'start-checklist', screen: 'checklist' } : { id: 'continue-checklist', screen: 'checklist' };
}
