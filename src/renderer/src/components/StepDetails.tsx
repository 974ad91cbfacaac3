/** The open step of the walkthrough: what to do, the picture, the "not working?" advice, and its buttons. */
import type { StepContent } from '../../../shared/content/walkthrough-steps';
import { PASSCODE_PROMPT } from '../../../shared/content/walkthrough-steps';
import { formatSize } from '../../../shared/content/format';
import type { Guidance } from '../../../shared/guidance/types';
import type { Bridge } from '../../../shared/ipc';
import type { HostInfo } from '../../../shared/snapshot';
import { isPhoneScreen, pictureDevice, stepPicture } from '../../../shared/content/pictures';
import FullDiskAccessPicture from '../pictures/FullDiskAccessPicture';
import { Picture } from '../pictures/Picture';
import { ActionButton } from './ActionButton';

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

function CannotSee({ reason, bridge, host }: { reason: 'needs-permission' | 'unavailable'; bridge: Bridge; host: StepDetailsProps['host'] }) {
  return reason === 'needs-permission' ? (
    <div className="callout">
      <p>
        The app cannot look into the backup folder yet, so it cannot check the backup for you. Allow it in System Settings → Privacy &amp; Security →
        Full Disk Access, or simply watch for the program to say it is done.
      </p>
      <ActionButton bridge={bridge} request={{ action: 'open-full-disk-access' }} label="Open Full Disk Access settings" />
      {host.os === 'macos' ? <FullDiskAccessPicture macosVersion={host.version} /> : null}
    </div>
  ) : (
    <p className="callout">The app cannot read the backup folder, so it cannot check the backup for you: watch for the program to say it is done.</p>
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
      {step === 'wait' && walkthrough.backup.state === 'cannot-see' ? <CannotSee reason={walkthrough.backup.reason} bridge={bridge} host={host} /> : null}
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
