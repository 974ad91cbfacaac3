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
  /** Switches to another screen. */
  go(screen: ScreenId): void;
}
