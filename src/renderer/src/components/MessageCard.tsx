/** A titled message with its button: an action for main, or a way to another screen. */
import type { Bridge } from '../../../shared/ipc';
import type { ScreenId } from '../../../shared/guidance/types';
import type { Message } from '../../../shared/content/overview';
import { ActionButton } from './ActionButton';

/** Props for a message card. */
export interface MessageCardProps {
  message: Message;
  bridge: Bridge;
  go(screen: ScreenId): void;
  tone?: 'info' | 'warning' | 'problem' | 'next';
  testId?: string;
}

const TONE_LABEL = { info: 'Note', warning: 'Warning', problem: 'Problem', next: 'Next step' } as const;

/** The card. */
export function MessageCard({ message, bridge, go, tone = 'info', testId }: MessageCardProps) {
  return (
    <section className={`card message ${tone}`} data-testid={testId} aria-label={`${TONE_LABEL[tone]}: ${message.title}`}>
      <p className="eyebrow">{TONE_LABEL[tone]}</p>
      <h2>{message.title}</h2>
      {message.body ? <p>{message.body}</p> : null}
      <div className="buttons">
        {message.screen ? (
          <button type="button" className={tone === 'next' ? 'button primary' : 'button'} onClick={() => message.screen && go(message.screen.id)}>
            {message.screen.label}
          </button>
        ) : null}
        {message.action ? <ActionButton bridge={bridge} request={{ action: message.action.action }} label={message.action.label} /> : null}
      </div>
    </section>
  );
}
