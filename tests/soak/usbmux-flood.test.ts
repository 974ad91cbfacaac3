/**
 * The attach/detach soak's hostile half: a usbmuxd that floods the app with 10,000 phones plugged
 * in and out, and one that pushes 3.9 MB messages every 100 ms. The real usbmux probe in a real
 * core, every change forwarded as the app forwards it to the window: the event loop never stalls
 * for long, snapshots stay few, phones already gone are never asked about, and nothing piles up.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../src/main/core/create-core';
import { createUsbmuxProbe } from '../../src/main/core/probes/usbmux';
import { MAX_CONCURRENT_LOOKUPS } from '../../src/main/core/probes/usbmux/device-watch';
import { encodeUsbmuxFrame } from '../../src/main/core/probes/usbmux/frames';
import { forwardEvents } from '../../src/main/handlers';
import { createProgressStore, memoryBackend } from '../../src/main/progress/progress-store';
import { startTestUsbmuxd, type TestUsbmuxd } from '../support/usbmuxd/test-usbmuxd';
import { ANAS_IPHONE } from '../support/usbmuxd/scripted-device';
import { machineStretch } from '../support/machine-load';
import { activeHandles, grownHandles, settledHeapBytes } from './measure';

/**
 * The longest the event loop may be held by one burst on a quiet machine: a person would not
 * notice it in the window. The monitor also counts time spent waiting for a core, so on a busy
 * machine the bound stretches by the run queue (see machine-load.ts).
 */
const MAX_STALL_MS = 500;
const stallBound = () => MAX_STALL_MS * machineStretch();

describe('soak', () => {
  describe('hostile usbmuxd', () => {
    let usbmuxd: TestUsbmuxd | undefined;
    let core: Core | undefined;
    afterEach(async () => {
      await core?.stop();
      await usbmuxd?.stop();
      core = usbmuxd = undefined;
    });

    async function start(timing = {}) {
      usbmuxd = await startTestUsbmuxd({ devices: [ANAS_IPHONE] });
      const running = createCore({ probes: [createUsbmuxProbe({ address: usbmuxd.address, timing: { initialBackoffMs: 50, maxBackoffMs: 200, ...timing } })] });
      core = running;
      const progress = createProgressStore(memoryBackend());
      let forwarded = 0;
      const stopEvents = forwardEvents({ core: running, progress }, () => void (forwarded += 1));
      await running.start();
      return { server: usbmuxd, running, forwarded: () => forwarded, stopEvents };
    }

    it('takes a flood of 10,000 phones plugged in and out without stalling, piling up or asking phones already gone', { timeout: 120_000 }, async () => {
      const { server, running, forwarded, stopEvents } = await start();
      await vi.waitFor(() => expect(running.getSnapshot().devices[0]?.name).toBe("Ana's iPhone"));
      const heap = await settledHeapBytes();
      const handles = activeHandles();
      server.requests.length = 0;
      const before = forwarded();
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      for (let index = 0; index < 10_000; index += 1) {
        const udid = `00008120-${index.toString(16).toUpperCase().padStart(16, '0')}`;
        server.detach(server.attach({ udid, productId: 0x12a8, paired: true }));
        // The pushes arrive in bursts, as a daemon writes them; the test's own writing yields now and then.
        if (index % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
      }
      await vi.waitFor(() => expect(running.getSnapshot().devices).toHaveLength(1), { timeout: 30_000 });
      await vi.waitFor(() => expect(server.tunnelCount()).toBe(0));
      delay.disable();

      expect(delay.max / 1e6, 'the longest event-loop stall, in ms').toBeLessThan(stallBound());
      expect(forwarded() - before, 'snapshots pushed to the window').toBeLessThan(500);
      expect(server.requests.filter((request) => request === 'Connect' || request === 'ReadPairRecord').length, 'connections for phones already gone').toBeLessThan(50);
      expect(server.peakTunnelCount()).toBeLessThanOrEqual(MAX_CONCURRENT_LOOKUPS + 1);
      // Settling the heap also lets the last queued callbacks run, so what is left is what is kept.
      const heapAfter = await settledHeapBytes();
      expect(grownHandles(handles, activeHandles())).toEqual({});
      expect(heapAfter - heap).toBeLessThan(8 * 1024 * 1024);
      stopEvents();
    });

    it('drops a connection that pushes 3.9 MB every 100 ms, without stalling or holding the megabytes, and still shows the phone', { timeout: 60_000 }, async () => {
      const { server, running, stopEvents } = await start();
      await vi.waitFor(() => expect(running.getSnapshot().devices[0]?.name).toBe("Ana's iPhone"));
      const fat = encodeUsbmuxFrame(0, Buffer.from(`<plist version="1.0"><dict><key>MessageType</key><string>Attached</string><key>Junk</key><string>${'x'.repeat(3_900_000)}</string></dict></plist>`));
      const rss = process.memoryUsage().rss;
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      let peakRss = rss;
      const pushes = setInterval(() => {
        server.sendRawToListeners(fat);
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
      }, 100);
      await new Promise((resolve) => setTimeout(resolve, 3000));
      clearInterval(pushes);
      delay.disable();
      await vi.waitFor(() => expect(running.getSnapshot()).toMatchObject({ sources: { usbmux: { state: 'ok' } }, devices: [{ name: "Ana's iPhone" }] }), { timeout: 10_000 });
      expect(delay.max / 1e6, 'the longest event-loop stall, in ms').toBeLessThan(stallBound());
      // The test usbmuxd itself holds what it writes until the socket drains; the app holds none of it.
      expect(peakRss - rss, 'memory grown while the pushes came').toBeLessThan(200 * 1024 * 1024);
      stopEvents();
    });
  });
});
