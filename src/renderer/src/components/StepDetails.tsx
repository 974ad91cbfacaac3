/** The open step of the walkthrough: what to do, the picture, the "not working?" advice, and its buttons. */
import type { StepContent } from '../../../shared/content/walkthrough-steps';
import { PASSCODE_PROMPT } from '../../../shared/content/walkthrough-steps';
import { formatSize } from '../../../shared/content/format';
import type { Guidance } from '../../../shared/guidance/types';
import type { Bridge } from '../../../shared/ipc';
import { PHONE_SCREENS } from '../../../shared/content/illustrations';
import { ActionButton } from './ActionButton';
import { Illustration } from './Illustration';

/** Props for the current step's details. */
export interface StepDetailsProps {
  words: StepContent;
  guidance: Guidance;
  bridge: Bridge;
  /** The live line about the backup ("Backing up — …"), shown first on the waiting step. */
  backupStatus: string | null;
}

function CannotSee({ reason, bridge }: { reason: 'needs-permission' | 'unavailable'; bridge: Bridge }) {
  return reason === 'needs-permission' ? (
    <div className="callout">
      <p>
        The app cannot look into the backup folder yet, so it cannot check the backup for you. Allow it in System Settings → Privacy &amp; Security →
        Full Disk Access, or simply watch for the program to say it is done.
      </p>
      <ActionButton bridge={bridge} request={{ action: 'open-full-disk-access' }} label="Open Full Disk Access settings" />
    </div>
  ) : (
    <p className="callout">The app cannot read the backup folder, so it cannot check the backup for you: watch for the program to say it is done.</p>
  );
}

/** The details. */
export function StepDetails({ words, guidance, bridge, backupStatus }: StepDetailsProps) {
  const { walkthrough } = guidance;
  const step = walkthrough.current;
  const disk = walkthrough.lowDiskSpace;
  const picture = words.illustration ? <Illustration id={words.illustration} /> : null;
  const beside = words.illustration !== undefined && PHONE_SCREENS.has(words.illustration);
  // Once the backup has stopped, "wait" no longer applies: the card above the steps says what happened and what to do.
  if (step === 'wait' && walkthrough.backup.state === 'stopped') {
    return (
      <div className="step-details">
        <p>{backupStatus}. What happened and what to do now is explained above.</p>
      </div>
    );
  }
  return (
    <div className="step-details">
      {beside ? picture : null}
      {step === 'wait' && backupStatus ? (
        <p className="backup-progress" data-testid="backup-status">
          {backupStatus}.
        </p>
      ) : null}
      {words.body.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {step === 'back-up-now' && walkthrough.passcodePrompt ? <p className="callout">{PASSCODE_PROMPT}</p> : null}
      {(step === 'options' || step === 'back-up-now') && disk ? (
        <p className="callout warning">
          This computer has only {formatSize(disk.freeBytes)} free; the backup may need about {formatSize(disk.neededBytes)}. Free some space first, or it
          will stop part-way.
        </p>
      ) : null}
      {step === 'wait' && walkthrough.backup.state === 'cannot-see' ? <CannotSee reason={walkthrough.backup.reason} bridge={bridge} /> : null}
      {beside ? null : picture}
      {words.actions?.length ? (
        <div className="buttons">
          {words.actions.map((action) => (
            <ActionButton key={action.action} bridge={bridge} request={{ action: action.action }} label={action.label} />
          ))}
        </div>
      ) : null}
      {words.help ? (
        <details className="help">
          <summary>{words.help.title}</summary>
          <ul>
            {words.help.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
