/**
 * What the app itself would show for this snapshot, from the same planner and words the window
 * uses: the walkthrough's step, the warnings, and the overview's next step. Support staff see
 * exactly what the person sees.
 */
import { plan } from '../../shared/guidance/plan';
import { STEP_IDS, type Guidance, type StepId, type Warning } from '../../shared/guidance/types';
import { backupLine, nextStepWords, stepInShort, warningWords } from '../../shared/content/overview';
import { emptyProgress } from '../../shared/progress';
import { deviceNoun } from '../../shared/content/device-names';
import type { Snapshot } from '../../shared/snapshot';

/** One message the app would show. */
export interface PlanMessage {
  id: string;
  title: string;
  body: string;
}

/** The planner's verdict, in words. */
export interface PlanSection {
  /** The overview's "Next step" card. */
  next: PlanMessage;
  /** Where the local-backup walkthrough stands. */
  walkthrough: { step: StepId | null; stepNumber: number | null; stepCount: number; says: string; problem: string | null };
  warnings: Array<PlanMessage & { severity: Warning['severity'] }>;
}

function walkthroughSays(guidance: Guidance, now: Date): string {
  const { walkthrough, route } = guidance;
  if (walkthrough.finished === 'found') return `Finished. ${backupLine(guidance, now) ?? ''}.`.replace(/ \.$/, '');
  if (walkthrough.current === null) return 'Finished.';
  const words = stepInShort(walkthrough.current, route, deviceNoun(walkthrough.device));
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
}

/** Plans for a snapshot as a person who has not started yet (the doctor knows no one's progress). */
export function planSection(snapshot: Snapshot, now: Date = new Date()): PlanSection {
  const guidance = plan(snapshot, emptyProgress(), now);
  const next = nextStepWords(guidance, snapshot, now);
  const current = guidance.walkthrough.current;
  return {
    next: { id: guidance.next.id, title: next.title, body: next.body },
    walkthrough: {
      step: current,
      stepNumber: current === null ? null : STEP_IDS.indexOf(current) + 1,
      stepCount: STEP_IDS.length,
      says: walkthroughSays(guidance, now),
      problem: guidance.walkthrough.problem,
    },
    warnings: guidance.warnings.map((warning) => {
      const words = warningWords(warning, guidance, snapshot);
      return { id: warning.id, severity: warning.severity, title: words.title, body: words.body };
    }),
  };
}
