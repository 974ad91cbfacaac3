/**
 * A thousand snapshot pushes through the same path the app uses: a probe reports, the core
 * composes, `forwardEvents` sends each snapshot to the page, and the page's Bridge (the real
 * `createBridge`) hears it, subscribing and unsubscribing as React effects do, and asks for the
 * snapshot and progress back through the handlers. Nothing may pile up, and a control run that
 * deliberately keeps every pushed snapshot shows the heap bound would catch such a leak.
 */
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/main/core/create-core';
import { OK } from '../../src/main/core/probe';
import { createHandlers, forwardEvents } from '../../src/main/handlers';
import { createProgressStore, memoryBackend } from '../../src/main/progress/progress-store';
import { createBridge, type EventChannel } from '../../src/shared/ipc';
import type { Snapshot } from '../../src/shared/snapshot';
import { READY_PHONE, backup } from '../support/snapshots';
import { scriptedProbe } from '../support/probes/scripted-probe';
import { activeHandles, grownHandles, HEAP_GROWTH_BOUND, settledHeapBytes } from './measure';

const PUSHES = 1000;
const WARM_UP = 200;

/** The app's main side and the page's Bridge, wired in one process through the real handlers and event forwarding. */
async function app() {
  const backups = scriptedProbe('backups', { backups: [], disk: { freeBytes: 1e11 }, source: OK });
  const usbmux = scriptedProbe('usbmux', { devices: [READY_PHONE], source: OK });
  const core = createCore({ probes: [usbmux, backups] });
  const progress = createProgressStore(memoryBackend());
  const handlers = createHandlers({
    core,
    progress,
    effects: { openExternal: async () => {}, openApplication: async () => {}, showItemInFolder: () => {}, copyText: () => {} },
  });
  const pageListeners = new Map<EventChannel, Set<(payload: unknown) => void>>();
  const stopEvents = forwardEvents({ core, progress }, (channel, payload) => {
    // Like webContents.send: the page gets its own copy, never main's object.
    const copy = structuredClone(payload);
    pageListeners.get(channel)?.forEach((listener) => listener(copy));
  });
  const bridge = createBridge({
    invoke: (channel, payload) => handlers[channel](structuredClone(payload)),
    subscribe(channel, listener) {
      const set = pageListeners.get(channel) ?? new Set();
      set.add(listener);
      pageListeners.set(channel, set);
      return () => void set.delete(listener);
    },
  });
  await core.start();
  const pageListenerCount = () => [...pageListeners.values()].reduce((sum, set) => sum + set.size, 0);
  return { core, progress, bridge, backups, stopEvents, pageListenerCount };
}

type App = Awaited<ReturnType<typeof app>>;

/** One push: a backup grows by a megabyte; the page hears it, re-subscribes and reads back. */
async function push(world: App, n: number, keep?: Snapshot[]): Promise<void> {
  const heard = new Promise<Snapshot>((resolve) => {
    const stop = world.bridge.onSnapshot((snapshot) => {
      stop();
      resolve(snapshot);
    });
  });
  world.backups.report({ backups: [backup({ complete: false, inProgress: { bytesWritten: n * 1_000_000 } })], disk: { freeBytes: 1e11 }, source: OK });
  const snapshot = await heard;
  expect(snapshot.backups[0]?.inProgress?.bytesWritten).toBe(n * 1_000_000);
  const [again] = await Promise.all([world.bridge.getSnapshot(), world.bridge.getProgress()]);
  if (n % 50 === 0) await world.bridge.setProgress({ kind: 'support', field: 'howLong', value: `${n} days` });
  keep?.push(snapshot, again);
}

describe('soak', () => {
  describe('snapshot pushes', () => {
    it(`survives ${PUSHES} snapshot pushes to the page with no leak`, { timeout: 60_000 }, async () => {
      const world = await app();
      const steady = world.bridge.onSnapshot(() => {});
      for (let n = 1; n <= WARM_UP; n += 1) await push(world, n);
      const before = { heap: await settledHeapBytes(), handles: activeHandles(), core: world.core.listenerCount(), progress: world.progress.listenerCount(), page: world.pageListenerCount() };
      const sequenceBefore = world.core.getSnapshot().sequence;

      for (let n = WARM_UP + 1; n <= WARM_UP + PUSHES; n += 1) await push(world, n);
      const after = { heap: await settledHeapBytes(), handles: activeHandles(), core: world.core.listenerCount(), progress: world.progress.listenerCount(), page: world.pageListenerCount() };

      expect(world.core.getSnapshot().sequence - sequenceBefore).toBeGreaterThanOrEqual(PUSHES);
      expect(after.core).toBe(before.core);
      expect(after.progress).toBe(before.progress);
      expect(after.page).toBe(before.page);
      // No socket or timer more than before (the test runner's own may come and go).
      expect(grownHandles(before.handles, after.handles)).toEqual({});
      expect(after.heap - before.heap).toBeLessThan(HEAP_GROWTH_BOUND);

      steady();
      world.stopEvents();
      await world.core.stop();
      expect(world.pageListenerCount()).toBe(0);
      expect(world.core.listenerCount()).toBe(0);
      expect(world.progress.listenerCount()).toBe(0);
    });

    it('would notice a leak: keeping each pushed snapshot crosses the heap bound', { timeout: 60_000 }, async () => {
      const world = await app();
      for (let n = 1; n <= WARM_UP; n += 1) await push(world, n);
      const before = await settledHeapBytes();
      const kept: Snapshot[] = [];
      for (let n = WARM_UP + 1; n <= WARM_UP + PUSHES; n += 1) await push(world, n, kept);
      const after = await settledHeapBytes();
      expect(kept).toHaveLength(2 * PUSHES);
      expect(after - before).toBeGreaterThan(HEAP_GROWTH_BOUND);
      world.stopEvents();
      await world.core.stop();
    });
  });
});
