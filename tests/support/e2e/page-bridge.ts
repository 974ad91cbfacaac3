/**
 * Runs inside the page under test, in place of the preload: builds `window.lifeboat` with the real
 * `createBridge`, over functions the test process exposed with Playwright.
 */
import { createBridge, type EventChannel } from '../../../src/shared/ipc';

type Listener = (payload: unknown) => void;

interface HarnessWindow {
  lifeboat: unknown;
  __lifeboatInvoke(channel: string, payload: unknown): Promise<{ ok: true; value: unknown } | { ok: false; message: string }>;
  __lifeboatEmit(channel: EventChannel, payload: unknown): void;
  __lifeboatListenerCount(): number;
}

const harness = globalThis as unknown as HarnessWindow;
const listeners = new Map<EventChannel, Set<Listener>>();

harness.__lifeboatEmit = (channel, payload) => listeners.get(channel)?.forEach((listener) => listener(payload));
harness.__lifeboatListenerCount = () => [...listeners.values()].reduce((sum, set) => sum + set.size, 0);
harness.lifeboat = createBridge({
  async invoke(channel, payload) {
    const answer = await harness.__lifeboatInvoke(channel, payload);
    if (!answer.ok) throw new Error(answer.message);
    return answer.value;
  },
  subscribe(channel, listener) {
    const set = listeners.get(channel) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(channel, set);
    return () => {
      set.delete(listener);
    };
  },
});
