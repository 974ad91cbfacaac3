/** The person's saved progress from main, kept live by the Bridge's change events. */
import { useEffect, useState } from 'react';
import type { Bridge } from '../../../shared/ipc';
import { emptyProgress, type Progress } from '../../../shared/progress';

/** Returns null until the first read arrives (or fails, when it starts from empty progress). */
export function useProgress(bridge: Bridge): Progress | null {
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => {
    let active = true;
    const accept = (next: Progress) => {
      if (active) setProgress(next);
    };
    const unsubscribe = bridge.onProgress(accept);
    bridge.getProgress().then(accept, () => {
      // Show the screens from a clean slate rather than wait forever; a later change event brings the real progress.
      if (active) setProgress((current) => current ?? emptyProgress());
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, [bridge]);
  return progress;
}
