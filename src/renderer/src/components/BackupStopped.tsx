/** What the walkthrough says when the backup stopped before it finished: what happened, the usual reasons, and what to do now. */
import type { StoppedWords } from '../../../shared/content/backup-proof';
import type { ActionButton as ActionButtonContent } from '../../../shared/content/actions';
import type { Bridge } from '../../../shared/ipc';
import { ActionButton } from './ActionButton';

/** Props for the stopped-backup card. */
export interface BackupStoppedProps {
  words: StoppedWords;
  /** Buttons that open the backup program, to start again. */
  actions: ActionButtonContent[];
  bridge: Bridge;
}

/** The card. */
export function BackupStopped({ words, actions, bridge }: BackupStoppedProps) {
  return (
    <section className="card message problem" aria-labelledby="stopped-heading" data-testid="backup-stopped">
      <p className="eyebrow">Problem</p>
      <h2 id="stopped-heading" tabIndex={-1}>{words.title}</h2>
      <p>{words.what}</p>
      <h3>What usually causes it</h3>
      <ul>
        {words.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <h3>What to do now</h3>
      <p>{words.next}</p>
      {actions.length > 0 ? (
        <div className="buttons">
          {actions.map((action) => (
            <ActionButton key={action.action} bridge={bridge} request={{ action: action.action }} label={action.label} />
          ))}
        </div>
      ) : null}
    </section>
  );
}
