/**
 * The device watch on its own, against the test usbmuxd: what it shows while it asks a phone, a
 * phone on both USB and Wi-Fi, pushes it does not know, which phones it asks again, and how it
 * paces reconnecting to a usbmuxd that keeps hanging up.
 */
import net from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseUsbmuxAddress } from '../../../../../../src/main/core/probes/usbmux/address';
import { reconnectDelayMs, watchDevices, type DeviceWatch, type WatchState, type WatchTiming } from '../../../../../../src/main/core/probes/usbmux/device-watch';
import { encodeUsbmuxFrame } from '../../../../../../src/main/core/probes/usbmux/frames';
import { encodePlist } from '../../../../../../src/main/core/probes/usbmux/plist-codec';
import { pairingFor } from '../../../../../support/usbmuxd/pairing';
import { ANAS_IPHONE, BRUNOS_IPAD, type ScriptedDevice } from '../../../../../support/usbmuxd/scripted-device';
import { startTestUsbmuxd, type TestUsbmuxd } from '../../../../../support/usbmuxd/test-usbmuxd';

const TIMING: WatchTiming = { requestTimeoutMs: 2000, lockdownTimeoutMs: 2000, phoneSessionTimeoutMs: 500, phoneRefreshMs: 60_000, initialBackoffMs: 50, maxBackoffMs: 200 };

const push = (dict: Record<string, unknown>) => encodeUsbmuxFrame(0, encodePlist(dict as never));

describe('probes', () => {
  describe('usbmux device watch', () => {
    describe('reconnectDelayMs', () => {
      it('starts at the first delay, doubles with each attempt, and settles at the cap however many attempts there were', () => {
        const timing = { initialBackoffMs: 1000, maxBackoffMs: 60_000 };
        expect([0, 1, 2, 3, 5, 6, 7].map((attempt) => reconnectDelayMs(attempt, timing))).toEqual([1000, 2000, 4000, 8000, 32_000, 60_000, 60_000]);
        expect(reconnectDelayMs(10_000, timing)).toBe(60_000);
        expect(reconnectDelayMs(10_000, { initialBackoffMs: 1000, maxBackoffMs: Number.MAX_SAFE_INTEGER })).toBe(1000 * 2 ** 30);
      });
    });

    describe('watchDevices', () => {
      let usbmuxd: TestUsbmuxd | undefined;
      let watch: DeviceWatch | undefined;
      let states: WatchState[] = [];
      beforeAll(() => pairingFor(ANAS_IPHONE.udid));
      afterEach(async () => {
        watch?.stop();
        await usbmuxd?.stop();
        watch = usbmuxd = undefined;
        states = [];
      });

      const latest = () => states.at(-1);
      const device = (udid = ANAS_IPHONE.udid) => latest()?.devices.find((entry) => entry.udid === udid);

      async function start(devices: ScriptedDevice[] = [], timing: WatchTiming = TIMING): Promise<TestUsbmuxd> {
        usbmuxd = await startTestUsbmuxd({ devices });
        watch = watchDevices(parseUsbmuxAddress(usbmuxd.address)!, timing, (state) => states.push(state));
        await watch.started;
        return usbmuxd;
      }

      it('reports usbmuxd as simply working when every connection is listed', async () => {
        await start([ANAS_IPHONE]);
        expect(latest()?.source).toEqual({ state: 'ok', reason: null });
      });

      it('shows a trusted phone as trusted, being asked, while its answer is on the way', async () => {
        await start([{ ...ANAS_IPHONE, session: 'tls-stalls' }]);
        // The start waits for the answer (here the session's time limit); the state before it said so.
        const shown = states.flatMap((state) => state.devices).filter((entry) => entry.udid === ANAS_IPHONE.udid);
        const seen = shown.map((entry) => [entry.paired, entry.phoneSaysReason]);
        // Asking (trust not yet known), then trusted and still asking, then why it said nothing.
        expect(seen).toContainEqual([true, 'asking']);
        expect(seen.findIndex(([paired]) => paired === true)).toBe(seen.findIndex(([paired, reason]) => paired === true && reason === 'asking'));
        expect(seen.map(([paired]) => paired)).not.toContain(false);
        expect(device()).toMatchObject({ paired: true, phoneSaysReason: 'tls-failed' });
      });

      it('never shows a phone that does not trust this computer as trusted, not even for a moment', async () => {
        await start([BRUNOS_IPAD]);
        await vi.waitFor(() => expect(device(BRUNOS_IPAD.udid)).toMatchObject({ paired: false, phoneSaysReason: 'not-trusted' }));
        const seen = states.flatMap((state) => state.devices.filter((entry) => entry.udid === BRUNOS_IPAD.udid));
        expect(seen.map((entry) => entry.paired).filter((paired) => paired !== null)).not.toContain(true);
      });

      it('keeps a phone on Wi-Fi listed when its cable is pulled, and drops it when Wi-Fi goes too', async () => {
        const server = await start();
        const cable = server.attach(ANAS_IPHONE);
        const wifi = server.attach({ ...ANAS_IPHONE, connection: 'Network' });
        // Looked up first, so what stays after the cable goes is what was known of the phone.
        await vi.waitFor(() => expect(device()).toMatchObject({ connections: ['network', 'usb'], name: "Ana's iPhone", paired: true }));
        server.detach(cable);
        await vi.waitFor(() => expect(device()?.connections).toEqual(['network']));
        expect(device()).toMatchObject({ name: "Ana's iPhone", paired: true });
        server.detach(wifi);
        await vi.waitFor(() => expect(latest()?.devices).toEqual([]));
      });

      it('ignores pushes it does not know and a Detached for a connection it never saw, keeping its connection', async () => {
        const server = await start([ANAS_IPHONE]);
        await vi.waitFor(() => expect(device()?.phoneSays).not.toBeNull());
        const reports = states.length;
        server.sendRawToListeners(push({ MessageType: 'Banana', DeviceID: 1 }));
        server.sendRawToListeners(push({ MessageType: 'Detached', DeviceID: 999 }));
        server.sendRawToListeners(push({ MessageType: 'Paired', DeviceID: 998 }));
        // The next real push is the signal that the three before it were handled.
        server.attach(BRUNOS_IPAD);
        await vi.waitFor(() => expect(device(BRUNOS_IPAD.udid)).toBeDefined());
        expect(states.slice(reports).every((state) => state.source.state === 'ok')).toBe(true);
        expect(device()).toMatchObject({ paired: true, phoneSays: { batteryPercent: 64 } });
        expect(server.requests.filter((request) => request === 'Listen')).toHaveLength(1);
      });

      it('asks again, on its timer, only the phones that trust this computer', async () => {
        const server = await start([ANAS_IPHONE, BRUNOS_IPAD], { ...TIMING, phoneRefreshMs: 50 });
        await vi.waitFor(() => expect(server.requests.filter((request) => request === 'lockdown:StartSession').length).toBeGreaterThanOrEqual(4), { timeout: 5000 });
        // One ReadPairRecord for the iPad's lookup; every other one belongs to Ana's phone.
        const pairRecordReads = server.requests.filter((request) => request === 'ReadPairRecord').length;
        const sessions = server.requests.filter((request) => request === 'lockdown:StartSession').length;
        expect(pairRecordReads).toBeLessThanOrEqual(sessions + 2);
        expect(device(BRUNOS_IPAD.udid)).toMatchObject({ paired: false, phoneSaysReason: 'not-trusted' });
      });

      it('waits longer after each failed reconnect, doubling up to the cap', async () => {
        // A usbmuxd that takes each connection and hangs up at once.
        const dir = mkdtempSync(path.join(tmpdir(), 'usbmuxd-hangs-up-'));
        const file = path.join(dir, 'usbmuxd');
        const arrivals: number[] = [];
        const server = net.createServer((socket) => {
          arrivals.push(performance.now());
          socket.destroy();
        });
        await new Promise<void>((resolve) => server.listen(file, resolve));
        try {
          watch = watchDevices({ kind: 'unix', path: file }, { ...TIMING, initialBackoffMs: 40, maxBackoffMs: 160 }, (state) => states.push(state));
          await vi.waitFor(() => expect(arrivals.length).toBeGreaterThanOrEqual(6), { timeout: 5000 });
          const gaps = arrivals.slice(1).map((at, index) => at - (arrivals[index] as number));
          // A timer never fires early: each gap is at least its delay (a busy machine only makes it longer).
          const delays = [40, 80, 160, 160, 160];
          gaps.slice(0, delays.length).forEach((gap, index) => expect(gap, `gap ${index}`).toBeGreaterThanOrEqual((delays[index] as number) - 2));
          expect(latest()?.source.state).toBe('unavailable');
        } finally {
          watch?.stop();
          server.close();
          rmSync(dir, { recursive: true, force: true });
        }
      });
    });
  });
});
