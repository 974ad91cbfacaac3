/** The messages the phone shows under iCloud Backup, each a way straight to the check that fixes it. */
import { PHONE_MESSAGES, PHONE_SAYS_INTRO } from '../../../shared/content/phone-says';
import { CHECKLIST_ITEMS } from '../../../shared/content/checklist-items';

/** Props for the section. */
export interface PhoneSaysProps {
  /** Opens a checklist item. */
  open(item: string): void;
  /** The heading's level where it sits. */
  headingLevel?: 2 | 3;
}

/** The section. */
export function PhoneSays({ open, headingLevel = 2 }: PhoneSaysProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="card phone-says" aria-labelledby="phone-says-heading" data-testid="phone-says">
      <Heading id="phone-says-heading">{PHONE_SAYS_INTRO.title}</Heading>
      <p>{PHONE_SAYS_INTRO.lead}</p>
      <ul>
        {PHONE_MESSAGES.map((message) => (
          <li key={message.id}>
            <p>
              <strong>“{message.says}”</strong> — {message.means}
            </p>
            <button type="button" className="button" onClick={() => open(message.startAt)} data-testid={`phone-says-${message.id}`}>
              Go to “{CHECKLIST_ITEMS[message.startAt]?.title ?? message.startAt}”
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
