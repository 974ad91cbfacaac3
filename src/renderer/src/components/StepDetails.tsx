/** The open step of the walkthrough: what to do, the picture, the "not working?" advice, and its buttons. */
import type { StepContent } from '../../../shared/content/walkthrough-steps';
import { passcodePrompt, passcodeWhileRunning } from '../../../shared/content/walkthrough-steps';
import { progressBasis } from '../../../shared/content/backup-progress';
import { deviceNoun } from '../../../shared/content/device-names';
import { formatSize } from '../../../shared/content/format';
import { routeProgramName } from '../../../shared/guidance/route';
import type { Guidance } from '../../../shared/guidance/types';
import type { Bridge } from '../../../shared/ipc';
import type { HostInfo } from '../../../shared/snapshot';
import { isPhoneScreen, pictureDevice, stepPicture } from '../../../shared/content/pictures';
import { Picture } from '../pictures/Picture';
import { ActionButton } from './ActionButton';
import { FullDiskAccessSteps } from './FullDiskAccessSteps';

/** Props for the current step's details. */
export interface StepDetailsProps {
  words: StepContent;
  guidance: Guidance;
  bridge: Bridge;
  /** The live line about the backup ("Backing up — …"), shown first on the waiting step. */
  backupStatus: string | null;
  /** This computer: its pictures show its own program, and its own version of the Mac's settings. */
  host: Pick<HostInfo, 'os' | 'version'>;
}

// Full Disk Access is a Mac setting: elsewhere a refused folder is this account's permissions, which the app cannot change.
function CannotSee({ reason, bridge, host }: { reason: 'needs-permission' | 'unavailable'; bridge: Bridge; host: StepDetailsProps['host'] }) {
  return reason === 'needs-permission' && host.os === 'macos' ? (
    <div className="callout">
      <p>The app cannot look into the backup folder yet, so it cannot check the backup for you. Give it Full Disk Access, or simply watch for the program to say it is done.</p>
      <FullDiskAccessSteps bridge={bridge} macosVersion={host.version} headingLevel={3} />
    </div>
  ) : (
    <p className="callout">The app cannot read the backup folder, so it cannot check the backup for you: watch for the program to say it is done.</p>
  );
}

/** What the waiting step says about the backup it waits for. */
function WaitingFor({ guidance, bridge, backupStatus, host }: Omit<StepDetailsProps, 'words'>) {
  const { walkthrough, route } = guidance;
  const noun = deviceNoun(walkthrough.device);
  const backup = walkthrough.backup;
  return (
    <>
      {backupStatus ? (
        <p className="backup-progress" data-testid="backup-status">
          {backupStatus}.
        </p>
      ) : null}
      {backup.state === 'in-progress' ? <p className="muted" data-testid="progress-basis">{progressBasis(backup, noun)}</p> : null}
      {backup.state === 'waiting' ? (
        <p className="callout" data-testid="waiting-for-data">
          Waiting for {routeProgramName(route)} to start writing the backup. The app sees it the moment the first data arrives and follows it from there.
          {walkthrough.awaitsConfirmation ? ' Nothing has arrived for a while: if the program already says it is done, tell the app below.' : ''}
        </p>
      ) : null}
      {backup.state === 'cannot-see' ? <CannotSee reason={backup.reason} bridge={bridge} host={host} /> : null}
    </>
  );
}

/** The details. */
export function StepDetails({ words, guidance, bridge, backupStatus, host }: StepDetailsProps) {
  const { walkthrough } = guidance;
  const step = walkthrough.current;
  const disk = walkthrough.lowDiskSpace;
  const spec = step ? stepPicture(step, guidance.route, host.os) : null;
  const picture = spec ? <Picture spec={spec} device={pictureDevice(walkthrough.device)} /> : null;
  const beside = spec !== null && isPhoneScreen(spec);
  // Once the backup has stopped, "wait" no longer applies: the card above the steps says what happened and what to do.
  if (step === 'wait' && walkthrough.backup.state === 'stopped') {
    return (
      <div className="step-details">
        <p>{backupStatus}. What happened and what to do now is explained above.</p>
      </div>
    );
  }
  // The phone asks for its passcode as the backup starts, so the warning stays up while it waits for the data.
  const passcode = walkthrough.passcodePrompt && (step === 'back-up-now' || (step === 'wait' && walkthrough.backup.state !== 'cannot-see'));
  return (
    <div className="step-details">
      {beside ? picture : null}
      {step === 'wait' ? <WaitingFor guidance={guidance} bridge={bridge} backupStatus={backupStatus} host={host} /> : null}
      {words.body.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {passcode ? (
        <p className="callout" data-testid="passcode-prompt">
          {(walkthrough.backup.state === 'in-progress' ? passcodeWhileRunning : passcodePrompt)(deviceNoun(walkthrough.device))}
        </p>
      ) : null}
      {(step === 'options' || step === 'back-up-now') && disk ? (
        <p className="callout warning">
          This computer has only {formatSize(disk.freeBytes)} free; the backup may need about {formatSize(disk.neededBytes)}. Free some space first, or it
          will stop part-way.
        </p>
      ) : null}
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
