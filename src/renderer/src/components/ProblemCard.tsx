/** A special case that stops the backup, with what to do about it; its heading takes focus when the person opens the walkthrough. */
import type { Bridge } from '../../../shared/ipc';
import type { ProblemContent } from '../../../shared/content/problems';
import { ActionButton } from './ActionButton';

/** Props for a problem card. */
export interface ProblemCardProps {
  problem: ProblemContent;
  bridge: Bridge;
}

/** The card. */
export function ProblemCard({ problem, bridge }: ProblemCardProps) {
  return (
    <section className="card message problem" aria-labelledby="problem-heading" data-testid="walkthrough-problem">
      <p className="eyebrow">Needs attention first</p>
      <h2 id="problem-heading" tabIndex={-1}>
        {problem.title}
      </h2>
      {problem.body.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {problem.actions?.length ? (
        <div className="buttons">
          {problem.actions.map((action) => (
            <ActionButton key={action.action} bridge={bridge} request={{ action: action.action }} label={action.label} primary />
          ))}
        </div>
      ) : null}
    </section>
  );
}
