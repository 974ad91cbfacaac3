/**
 * The planner: from one snapshot of the world and the person's saved progress, everything the
 * screens and the doctor show. Pure, so the same inputs always give the same guidance.
 */
import type { Progress } from '../progress';
import type { Snapshot } from '../snapshot';
import { checklistState } from './checklist';
import { backupDates } from './dates';
import { nextStep } from './next-step';
import { chooseRoute } from './route';
import type { Guidance } from './types';
import { icloudInTrouble, planWarnings } from './warnings';
import { planWalkthrough } from './walkthrough';

/** Plans for this snapshot and progress; `now` dates the ages of backups and attempts. */
export function plan(snapshot: Snapshot, progress: Progress, now: Date = new Date()): Guidance {
  const route = chooseRoute(snapshot.host);
  const walkthrough = planWalkthrough(snapshot, progress, route, now);
  const checklist = checklistState(progress);
  const dates = backupDates(snapshot, progress, walkthrough.device, now);
  const next = nextStep(walkthrough, checklist, dates, icloudInTrouble(snapshot));
  return { route, walkthrough, checklist, dates, warnings: planWarnings(snapshot, walkthrough, dates, next), next };
}
