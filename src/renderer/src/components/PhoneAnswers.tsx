/**
 * What the phone says about itself, above the iCloud checklist: its backups to a computer, or
 * why it said nothing and what to do. The lines beside each check come from the same answers.
 */
import type { Device } from '../../../shared/snapshot';
import { computerBackupLines, phoneSaysIntro } from '../../../shared/content/phone-answers';

/** Props for the phone's answers. */
export interface PhoneAnswersProps {
  /** The phone the checklist is about; null when none is connected. */
  device: Device | null;
  now: Date;
}

/** The card. */
export function PhoneAnswers({ device, now }: PhoneAnswersProps) {
  const intro = phoneSaysIntro(device);
  return (
    <section className="card phone-answers" aria-labelledby="phone-answers-heading" data-testid="phone-answers">
      <h2 id="phone-answers-heading">{intro.title}</h2>
      {/* Trust given, the phone unlocked: the person hears that the phone can now answer. */}
      <p aria-live="polite">{intro.lead}</p>
      {device?.phoneSays ? (
        <ul>
          {computerBackupLines(device.phoneSays, now).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
