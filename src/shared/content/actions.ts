/** Buttons that ask main to do something: an action from the enum and the words on the button. */
import type { ActionId } from '../ipc';

/** An action that needs no data. */
export type SimpleActionId = Exclude<ActionId, 'reveal-backup' | 'copy-text'>;

/** One button. */
export interface ActionButton {
  action: SimpleActionId;
  label: string;
}
