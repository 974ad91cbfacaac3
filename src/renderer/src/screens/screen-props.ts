/** What every screen receives from the app shell. */
import type { Bridge } from '../../../shared/ipc';
import type { Guidance, ScreenId } from '../../../shared/guidance/types';
import type { Progress } from '../../../shared/progress';
import type { Snapshot } from '../../../shared/snapshot';

/** The shared inputs of a screen. */
export interface ScreenProps {
  bridge: Bridge;
  snapshot: Snapshot;
  progress: Progress;
  guidance: Guidance;
  now: Date;
  /** Switches to another screen; `item` names a checklist item to open there. */
  go(screen: ScreenId, item?: string): void;
  /** The checklist item the person asked to go to, with a count so asking twice opens it again. */
  jump?: { item: string; count: number } | null;
}
