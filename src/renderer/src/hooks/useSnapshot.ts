/** The latest snapshot from main, kept live by the Bridge's change events. */
import { useEffect, useState } from 'react';
import type { Bridge } from '../../../shared/ipc';
import type { Snapshot } from '../../../shared/snapshot';

/** Returns null until the first snapshot arrives; never goes back to an older one. */
export function useSnapshot(bridge: Bridge): Snapshot | null {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  useEffect(() => {
    let active = true;
    const accept = (next: Snapshot) => {
      if (active) setSnapshot((current) => (current && current.sequence > next.sequence ? current : next));
    };
    const unsubscribe = bridge.onSnapshot(accept);
    bridge.getSnapshot().then(accept, () => {
      // The change events still arrive; a failed first read only delays the first picture.
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, [bridge]);
  return snapshot;
}
