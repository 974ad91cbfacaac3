import { describe, expect, it } from 'vitest';
import { createBridge, Events, Requests, type EventChannel, type Transport } from '../../../src/shared/ipc';
import { emptySnapshot } from '../../../src/shared/snapshot';

function recordingTransport() {
  const invoked: Array<[string, unknown]> = [];
  const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>();
  const transport: Transport = {
    async invoke(channel, payload) {
      invoked.push([channel, payload]);
      return { channel };
    },
    subscribe(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    },
  };
  const emit = (channel: EventChannel, payload: unknown) => listeners.get(channel)?.forEach((l) => l(payload));
  const count = (channel: EventChannel) => listeners.get(channel)?.size ?? 0;
  return { transport, invoked, emit, count };
}

describe('ipc', () => {
  describe('createBridge', () => {
    it('sends each task to its own request channel with its payload', async () => {
      const { transport, invoked } = recordingTransport();
      const bridge = createBridge(transport);
      await bridge.getSnapshot();
      await bridge.setProgress({ kind: 'checklist', item: 'storage', mark: 'fine' });
      await bridge.run({ action: 'open-system-status' });
      expect(invoked).toEqual([
        [Requests.getSnapshot, undefined],
        [Requests.setProgress, { kind: 'checklist', item: 'storage', mark: 'fine' }],
        [Requests.runAction, { action: 'open-system-status' }],
      ]);
    });

    it('hands listeners the payload alone and stops on unsubscribe', () => {
      const { transport, emit, count } = recordingTransport();
      const bridge = createBridge(transport);
      const seen: unknown[] = [];
      const unsubscribe = bridge.onSnapshot((snapshot) => seen.push(snapshot.sequence));
      emit(Events.snapshotChanged, { ...emptySnapshot(), sequence: 4 });
      unsubscribe();
      emit(Events.snapshotChanged, { ...emptySnapshot(), sequence: 5 });
      expect(seen).toEqual([4]);
      expect(count(Events.snapshotChanged)).toBe(0);
    });
  });
});
