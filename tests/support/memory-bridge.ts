/**
 * A Bridge for renderer tests, built with the real `createBridge` over an in-memory transport:
 * the test holds the snapshot and progress, pushes changes, and sees every request the page made.
 */
import { createBridge, Events, Requests, type ActionRequest, type Bridge, type EventChannel, type Transport } from '../../src/shared/ipc';
import { applyProgressUpdate, emptyProgress, type Progress, type ProgressUpdate } from '../../src/shared/progress';
import type { Snapshot } from '../../src/shared/snapshot';

/** The bridge plus the test's handles on it. */
export interface MemoryBridge {
  bridge: Bridge;
  pushSnapshot(snapshot: Snapshot): void;
  progress(): Progress;
  actions: ActionRequest[];
  listenerCount(): number;
}

/** Creates a bridge whose main side is this object. */
export function createMemoryBridge(initial: Snapshot, initialProgress: Progress = emptyProgress()): MemoryBridge {
  let snapshot = initial;
  let progress = initialProgress;
  const actions: ActionRequest[] = [];
  const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>();
  const emit = (channel: EventChannel, payload: unknown) => listeners.get(channel)?.forEach((listener) => listener(payload));

  const transport: Transport = {
    async invoke(channel, payload) {
      switch (channel) {
        case Requests.getSnapshot:
          return snapshot;
        case Requests.getProgress:
          return progress;
        case Requests.setProgress:
          progress = applyProgressUpdate(progress, payload as ProgressUpdate);
          emit(Events.progressChanged, progress);
          return progress;
        case Requests.runAction:
          actions.push(payload as ActionRequest);
          return { ok: true, message: 'Done.' };
      }
    },
    subscribe(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => {
        set.delete(listener);
      };
    },
  };

  return {
    bridge: createBridge(transport),
    pushSnapshot(next) {
      snapshot = next;
      emit(Events.snapshotChanged, next);
    },
    progress: () => progress,
    actions,
    listenerCount: () => [...listeners.values()].reduce((sum, set) => sum + set.size, 0),
  };
}
