/** The person's saved progress from main, kept live by the Bridge's change events. */
import { useEffect, useState } from 'react';
import type { Bridge } from '../../../shared/ipc';
import type { Progress } from '../../../shared/progress';

/** Returns null until the first read arrives. */
export function useProgress(bridge: Bridge): Progress | null {
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => {
    let active = true;
    const accept = (next: Progress) => {
      if (active) setProgress(next);
    };
    const unsubscribe = bridge.onProgress(accept);
    bridge.getProgress().then(accept, () => {
      // Change events still arrive; until then the screens show what they can without progress.
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, [bridge]);
  return progress;
}
