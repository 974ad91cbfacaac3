/**
 * Runs inside the page under test in place of Electron's renderer side: the `require('electron')`
 * the built preload (out/preload/index.cjs) gets. Its `ipcRenderer.invoke` reaches the real
 * handlers in the test process over Playwright's exposeFunction, with Electron's copying and
 * error text; its `on`/`removeListener` keep listeners as Electron's emitter does and hear what
 * the test process emits; its `contextBridge` puts the preload's API on `window` the way Electron's
 * does, copied and frozen with functions proxied. So the page's bridge is the preload itself.
 */
import { exposedCopy, ipcCopy } from '../electron/copy-across';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** How the test process answers an invoke: a value, or the handler's error as text (`String(error)`). */
export type InvokeAnswer = { ok: true; value: unknown } | { ok: false; error: string };

interface HarnessWindow {
  __lifeboatInvoke(channel: string, payload: unknown): Promise<InvokeAnswer>;
  __lifeboatEmit(channel: string, payload: unknown): void;
  __lifeboatListenerCount(): number;
}

const harness = globalThis as unknown as HarnessWindow & Record<string, unknown>;
const listeners = new Map<string, Listener[]>();

const ipcRenderer = {
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    const answer = await harness.__lifeboatInvoke(channel, ipcCopy(args[0]));
    if (!answer.ok) throw new Error(`Error invoking remote method '${channel}': ${answer.error}`);
    return ipcCopy(answer.value);
  },
  on(channel: string, listener: Listener) {
    listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    return ipcRenderer;
  },
  removeListener(channel: string, listener: Listener) {
    // As Node's EventEmitter: the most recently added registration of that very function goes.
    const list = listeners.get(channel) ?? [];
    const index = list.lastIndexOf(listener);
    if (index >= 0) listeners.set(channel, [...list.slice(0, index), ...list.slice(index + 1)]);
    return ipcRenderer;
  },
  listenerCount: (channel: string) => listeners.get(channel)?.length ?? 0,
};

const contextBridge = {
  exposeInMainWorld(key: string, api: unknown) {
    if (key in harness) throw new Error('Cannot bind an API on top of an existing property on the window object');
    Object.defineProperty(harness, key, { value: exposedCopy(api), enumerable: true });
  },
};

harness.__lifeboatEmit = (channel, payload) => {
  for (const listener of [...(listeners.get(channel) ?? [])]) listener({ sender: ipcRenderer, ports: [] }, ipcCopy(payload));
};
harness.__lifeboatListenerCount = () => [...listeners.values()].reduce((sum, list) => sum + list.length, 0);

/** The `require` a sandboxed preload gets: electron's renderer modules, nothing else. */
export function preloadRequire(name: string): unknown {
  if (name === 'electron' || name === 'electron/renderer') return { contextBridge, ipcRenderer };
  throw new Error(`module not found: ${name}`);
}
