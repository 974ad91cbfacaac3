/**
 * A thousand phones plugged in and pulled out through the test usbmuxd, with the real usbmux
 * probe in a real core and every change forwarded as the app forwards it to the window. Nothing
 * may pile up: no subscriber, no socket to usbmuxd or to a phone, no timer — and the heap grows
 * by less than keeping each cycle's snapshots would cost (snapshot-pushes.test.ts shows such a
 * leak crosses the bound). Run for 6,000 cycles, the growth stays flat at about a third of the
 * bound: what is left is V8's own warm-up, not something kept per phone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core/create-core';
import { createUsbmuxProbe } from '../../src/main/core/probes/usbmux';
import { createHandlers, forwardEvents } from '../../src/main/handlers';
import { createProgressStore, memoryBackend } from '../../src/main/progress/progress-store';
import type { Snapshot } from '../../src/shared/snapshot';
import { startTestUsbmuxd, type TestUsbmuxd } from '../support/usbmuxd/test-usbmuxd';
import { ANAS_IPHONE } from '../support/usbmuxd/scripted-device';
import { activeHandles, grownHandles, HEAP_GROWTH_BOUND, settledHeapBytes } from './measure';

const CYCLES = 1000;
/** V8 settles its compiled code and caches over the first few hundred cycles; measuring starts after. */
const WARM_UP = 200;

/** Resolves with the first snapshot that satisfies `test`, and unsubscribes. */
function next(core: Core, test: (snapshot: Snapshot) => boolean): Promise<Snapshot> {
  if (test(core.getSnapshot())) return Promise.resolve(core.getSnapshot());
  return new Promise((resolve) => {
    const stop = core.subscribe((snapshot) => {
      if (!test(snapshot)) return;
      stop();
      resolve(snapshot);
    });
  });
}

const named = (snapshot: Snapshot) => snapshot.devices.length === 1 && snapshot.devices[0]?.name === "Ana's iPhone";
const empty = (snapshot: Snapshot) => snapshot.devices.length === 0;

/** Waits until `check` holds, or gives up after a while and lets the assertions say what is left. */
async function until(check: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('soak', () => {
  describe('attach and detach', () => {
    let usbmuxd: TestUsbmuxd | undefined;
    let core: Core | undefined;
    afterEach(async () => {
      await core?.stop();
      await usbmuxd?.stop();
      core = usbmuxd = undefined;
    });

    it(`survives ${CYCLES} phones plugged in and out with no leak`, { timeout: 120_000 }, async () => {
      usbmuxd = await startTestUsbmuxd();
      const server = usbmuxd;
      const running = createCore({ probes: [createUsbmuxProbe({ address: server.address })] });
      core = running;
      const progress = createProgressStore(memoryBackend());
      const handlers = createHandlers({
        core: running,
        progress,
        effects: { openExternal: async () => {}, openApplication: async () => {}, showItemInFolder: () => {}, copyText: () => {} },
      });
      let forwarded = 0;
      const stopEvents = forwardEvents({ core: running, progress }, () => void (forwarded += 1));
      await running.start();

      let getValues = 0;
      const cycle = async () => {
        const seen = next(running, named);
        server.attach(ANAS_IPHONE);
        await seen;
        // The window asks for the snapshot as the page does after each push.
        await handlers['snapshot:get'](undefined);
        const gone = next(running, empty);
        server.detach(ANAS_IPHONE.udid);
        await gone;
        // The test usbmuxd's own log of requests would grow with every cycle; count it and let it go.
        getValues += server.requests.filter((request) => request === 'lockdown:GetValue').length;
        server.requests.length = 0;
      };
      const quiet = () => until(() => server.connectionCount() === 1 && server.tunnelCount() === 0);

      for (let i = 0; i < WARM_UP; i += 1) await cycle();
      await quiet();
      const before = { heap: await settledHeapBytes(), handles: activeHandles(), core: running.listenerCount(), progress: progress.listenerCount() };
      const forwardedBefore = forwarded;

      const getValuesBefore = getValues;
      for (let i = 0; i < CYCLES; i += 1) await cycle();
      await quiet();
      const after = { heap: await settledHeapBytes(), handles: activeHandles(), core: running.listenerCount(), progress: progress.listenerCount() };

      // Every cycle reached the window: the phone with its name, then without it.
      expect(forwarded - forwardedBefore).toBeGreaterThanOrEqual(2 * CYCLES);
      expect(getValues - getValuesBefore).toBe(CYCLES);
      expect(after.core).toBe(before.core);
      expect(after.progress).toBe(before.progress);
      expect(server.connectionCount()).toBe(1);
      expect(server.tunnelCount()).toBe(0);
      // No socket or timer more than before (the test runner's own may come and go).
      expect(grownHandles(before.handles, after.handles)).toEqual({});
      expect(after.heap - before.heap).toBeLessThan(HEAP_GROWTH_BOUND);

      // With a phone still plugged in, its lookup has closed every socket it opened (unplugging would hide a leak).
      const seen = next(running, named);
      server.attach(ANAS_IPHONE);
      await seen;
      await quiet();
      expect(server.tunnelCount()).toBe(0);
      expect(server.connectionCount()).toBe(1);

      stopEvents();
      expect(running.listenerCount()).toBe(0);
      expect(progress.listenerCount()).toBe(0);
    });
  });
});
