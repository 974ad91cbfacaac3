/**
 * The device watch when things happen in an awkward order: trust given and the phone pulled out
 * while it is still being looked up, an old question answered after the phone came back, a phone
 * leaving while its lookup waits its turn, a connection announced twice, and a usbmuxd that says
 * no to `Listen` or cannot list its devices.
 */
import net from 'node:net';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseUsbmuxAddress } from '../../../../../../src/main/core/probes/usbmux/address';
import { MAX_LISTED_CONNECTIONS, watchDevices, type DeviceWatch, type WatchState, type WatchTiming } from '../../../../../../src/main/core/probes/usbmux/device-watch';
import { encodeUsbmuxFrame } from '../../../../../../src/main/core/probes/usbmux/frames';
import { encodePlist } from '../../../../../../src/main/core/probes/usbmux/plist-codec';
import { startAnsweringUsbmuxd, type AnsweringUsbmuxd } from '../../../../../support/usbmuxd/answering-usbmuxd';
import { pairingFor } from '../../../../../support/usbmuxd/pairing';
import { ANAS_IPHONE, BRUNOS_IPAD, phoneValues, type ScriptedDevice } from '../../../../../support/usbmuxd/scripted-device';
import { startTestUsbmuxd, tempSocketPath, type TestUsbmuxd } from '../../../../../support/usbmuxd/test-usbmuxd';

/** Lockdown waits long enough that only an unplug, never the time limit, ends a silent lookup. */
const TIMING: WatchTiming = { requestTimeoutMs: 2000, lockdownTimeoutMs: 20_000, phoneSessionTimeoutMs: 2000, phoneRefreshMs: 60_000, initialBackoffMs: 50, maxBackoffMs: 200 };

/** An iPad that does not trust this computer, with a UDID of its own. */
const ipad = (digit: string): ScriptedDevice => {
  const udid = digit.repeat(40);
  return { ...BRUNOS_IPAD, udid, values: phoneValues(udid, `iPad ${digit}`, { DeviceClass: 'iPad' }) };
};

/** usbmuxd's `Attached` push for a USB connection, as a test sends it again by hand. */
const reannounce = (deviceId: number, udid: string) =>
  encodeUsbmuxFrame(0, encodePlist({
    MessageType: 'Attached',
    DeviceID: deviceId,
    Properties: { ConnectionType: 'USB', DeviceID: deviceId, LocationID: 0x14100000 + deviceId, ProductID: 0x12a8, SerialNumber: udid, ConnectionSpeed: 480000000 },
  }));

const count = (requests: string[], name: string) => requests.filter((request) => request === name).length;

describe('probes', () => {
  describe('usbmux device watch, events in an awkward order', () => {
    let usbmuxd: TestUsbmuxd | undefined;
    let answering: AnsweringUsbmuxd | undefined;
    let watch: DeviceWatch | undefined;
    let states: WatchState[] = [];
    beforeAll(() => pairingFor(ANAS_IPHONE.udid));
    afterEach(async () => {
      watch?.stop();
      await usbmuxd?.stop();
      await answering?.close();
      watch = usbmuxd = answering = undefined;
      states = [];
    });

    const latest = () => states.at(-1);
    const device = (udid = ANAS_IPHONE.udid) => latest()?.devices.find((entry) => entry.udid === udid);

    async function start(devices: ScriptedDevice[] = [], timing: WatchTiming = TIMING): Promise<TestUsbmuxd> {
      const server = await startTestUsbmuxd({ devices });
      usbmuxd = server;
      watch = watchDevices(parseUsbmuxAddress(server.address)!, timing, (state) => states.push(state));
      await watch.started;
      return server;
    }

    it('reports once when it starts and usbmuxd lists no phones', async () => {
      await start();
      expect(states).toEqual([{ source: { state: 'ok', reason: null }, devices: [] }]);
    });

    it('has reported what a phone found at the start said by the time it has started, and repeats nothing after', async () => {
      await start([BRUNOS_IPAD]);
      expect(device(BRUNOS_IPAD.udid)).toMatchObject({ paired: false, phoneSaysReason: 'not-trusted' });
      const reported = states.length;
      // A report still queued when the start ended would go out on the next turn.
      await new Promise((resolve) => setImmediate(resolve));
      expect(states).toHaveLength(reported);
    });

    it('stopped while still connecting, lets go of the connection as soon as it opens and reports nothing', async () => {
      const server = await startTestUsbmuxd({ devices: [ANAS_IPHONE] });
      usbmuxd = server;
      watch = watchDevices(parseUsbmuxAddress(server.address)!, TIMING, (state) => states.push(state));
      watch.stop();
      await watch.started;
      await vi.waitFor(() => expect(server.connectionCount()).toBe(0));
      expect(server.requests).not.toContain('Listen');
      expect(states).toEqual([]);
    });

    it('drops a phone trusted and then unplugged while it was still being looked up, without an error', async () => {
      const failures: unknown[] = [];
      const onRejection = (reason: unknown) => failures.push(reason);
      process.on('unhandledRejection', onRejection);
      try {
        const server = await start();
        server.attach({ ...BRUNOS_IPAD, lockdown: 'silent' });
        await vi.waitFor(() => expect(server.requests).toContain('lockdown:QueryType'));
        server.announcePaired(BRUNOS_IPAD.udid);
        await vi.waitFor(() => expect(device(BRUNOS_IPAD.udid)?.paired).toBe(true));
        // Its lookup ends with the unplug; the question that trust asked for then finds no phone to ask.
        server.detach(BRUNOS_IPAD.udid);
        await vi.waitFor(() => expect(latest()?.devices).toEqual([]));
        await vi.waitFor(() => expect(server.connectionCount()).toBe(1));
        await new Promise((resolve) => setImmediate(resolve));
        expect(failures).toEqual([]);
        expect(count(server.requests, 'lockdown:StartSession')).toBe(0);
      } finally {
        process.off('unhandledRejection', onRejection);
      }
    });

    it('never lets a question asked before an unplug change what the phone, plugged back in, has just said', async () => {
      const server = await start([ANAS_IPHONE]);
      expect(device()?.phoneSays?.batteryPercent).toBe(64);
      // Trust announced again: the phone is asked afresh, and that question waits on usbmuxd for the pair record.
      const releaseOldQuestion = server.holdNextPairRecord();
      const readsBefore = count(server.requests, 'ReadPairRecord');
      server.announcePaired(ANAS_IPHONE.udid);
      await vi.waitFor(() => expect(count(server.requests, 'ReadPairRecord')).toBe(readsBefore + 1));

      // Plugged back in, locked: what it says now is that it is locked. The old question can only end
      // unanswered (its connection is gone), and an unanswered question must not replace that.
      server.detach(ANAS_IPHONE.udid);
      server.attach({ ...ANAS_IPHONE, session: 'locked' });
      await vi.waitFor(() => expect(device()).toMatchObject({ paired: true, phoneSays: null, phoneSaysReason: 'locked' }));
      // Only Listen and the held question are left open.
      await vi.waitFor(() => expect(server.connectionCount()).toBe(2));
      const shown = device();

      releaseOldQuestion();
      // The signal that the old question has ended: everything it opened is closed.
      await vi.waitFor(() => expect(server.connectionCount()).toBe(1));
      await vi.waitFor(() => expect(server.tunnelCount()).toBe(0));
      await new Promise((resolve) => setImmediate(resolve));
      expect(device()).toEqual(shown);
    });

    it('never asks usbmuxd about a phone that left while its lookup waited its turn', async () => {
      const server = await start([], { ...TIMING, lockdownTimeoutMs: 500 });
      // Two lookups run at once; the third phone waits for a free one, and leaves before it gets one.
      const [first, second, third] = [ipad('a'), ipad('b'), ipad('c')];
      for (const phone of [first, second, third]) server.attach({ ...phone, lockdown: 'silent' });
      await vi.waitFor(() => expect(count(server.requests, 'lockdown:QueryType')).toBe(2));
      server.detach(third.udid);
      await vi.waitFor(() => expect(latest()?.devices.map((entry) => [entry.udid, entry.paired])).toEqual([
        [first.udid, false],
        [second.udid, false],
      ]));
      await vi.waitFor(() => expect(server.connectionCount()).toBe(1));
      expect(count(server.requests, 'ReadPairRecord')).toBe(2);
      expect(count(server.requests, 'lockdown:QueryType')).toBe(2);
    });

    it('speaks TLS 1.0 to a phone that says it runs iOS 9, even one whose TLS would take newer', async () => {
      // Phones before iOS 10 hang up on a newer handshake; the version lockdown reported decides.
      const server = await start([{ ...ANAS_IPHONE, values: phoneValues(ANAS_IPHONE.udid, "Ana's iPhone", { ProductVersion: '9.3.5' }) }]);
      expect(device()?.phoneSays?.batteryPercent).toBe(64);
      expect(server.requests.filter((request) => request.startsWith('tls:'))).toEqual(['tls:TLSv1']);
    });

    describe('a connection announced again', () => {
      it('keeps the phone as it was, on both its connections, and does not look it up again', async () => {
        const server = await start();
        const cable = server.attach(ANAS_IPHONE);
        const wifi = server.attach({ ...ANAS_IPHONE, connection: 'Network' });
        // Its lookup and its first question are over (each begins with a QueryType).
        await vi.waitFor(() => expect(device()).toMatchObject({ connections: ['network', 'usb'], name: "Ana's iPhone", paired: true, phoneSays: { batteryPercent: 64 } }));
        await vi.waitFor(() => expect(server.connectionCount()).toBe(1));
        const queries = count(server.requests, 'lockdown:QueryType');
        const reports = states.length;
        server.sendRawToListeners(reannounce(cable, ANAS_IPHONE.udid));
        // The next real push is the signal that the one before it was handled.
        server.attach(BRUNOS_IPAD);
        await vi.waitFor(() => expect(device(BRUNOS_IPAD.udid)?.paired).toBe(false));
        expect(states.slice(reports).map((state) => state.devices.find((entry) => entry.udid === ANAS_IPHONE.udid)?.name)).not.toContain(null);
        // Bruno's iPad was looked up; Ana's phone was not asked again.
        expect(count(server.requests, 'lockdown:QueryType')).toBe(queries + 1);
        // Still two connections: pulling the cable leaves the phone on Wi-Fi.
        server.detach(cable);
        await vi.waitFor(() => expect(device()?.connections).toEqual(['network']));
        server.detach(wifi);
        await vi.waitFor(() => expect(device()).toBeUndefined());
      });

      it('for another phone: the phone it named before is gone, with nothing of it kept', async () => {
        const server = await start();
        const cable = server.attach(ANAS_IPHONE);
        await vi.waitFor(() => expect(device()?.phoneSays?.batteryPercent).toBe(64));
        server.sendRawToListeners(reannounce(cable, BRUNOS_IPAD.udid));
        await vi.waitFor(() => expect(latest()?.devices.map((entry) => entry.udid)).toEqual([BRUNOS_IPAD.udid]));
        // What Ana's phone said is not carried over to the phone now on that connection.
        expect(latest()?.devices[0]?.phoneSays ?? null).toBeNull();
        // Plugged in again, renamed, it is read afresh, not shown as it was.
        server.attach({ ...ANAS_IPHONE, values: phoneValues(ANAS_IPHONE.udid, 'Ana’s renamed iPhone') });
        await vi.waitFor(() => expect(device()).toMatchObject({ name: 'Ana’s renamed iPhone', paired: true, phoneSays: { batteryPercent: 64 } }));
      });

      it('past the cap, then announced again once there is room: listed, and no longer counted as not shown', async () => {
        const server = await start([], { ...TIMING, lockdownTimeoutMs: 500 });
        const udidOf = (index: number) => index.toString(16).padStart(40, '0');
        const ids = Array.from({ length: MAX_LISTED_CONNECTIONS + 1 }, (_, index) => server.attach({ udid: udidOf(index), lockdown: 'refuses' }));
        await vi.waitFor(() => expect(latest()?.source).toEqual({ state: 'ok', reason: '1 more device connections not shown.' }));
        server.detach(ids[0] as number);
        await vi.waitFor(() => expect(latest()?.devices).toHaveLength(MAX_LISTED_CONNECTIONS - 1));
        server.sendRawToListeners(reannounce(ids.at(-1) as number, udidOf(MAX_LISTED_CONNECTIONS)));
        await vi.waitFor(() => expect(latest()?.devices).toHaveLength(MAX_LISTED_CONNECTIONS));
        expect(latest()?.source).toEqual({ state: 'ok', reason: null });
      });
    });

    describe('a usbmuxd that will not report', () => {
      it('shows usbmuxd as unavailable, saying why, when it refuses to listen', async () => {
        answering = await startAnsweringUsbmuxd({ MessageType: 'Result', Number: 1 });
        watch = watchDevices(answering.address, TIMING, (state) => states.push(state));
        await watch.started;
        expect(latest()).toEqual({
          source: { state: 'unavailable', reason: 'usbmuxd refused to report devices: usbmuxd did not understand the request.' },
          devices: [],
        });
      });

      it('shows none of what usbmuxd listed when the connection dropped while it was listing', async () => {
        // A usbmuxd that takes Listen, holds ListDevices back, and is told when to answer it.
        const listening: net.Socket[] = [];
        let answerList: (() => void) | undefined;
        const path = tempSocketPath();
        const server = net.createServer((socket) =>
          socket.once('data', (message: Buffer) => {
            const reply = (dict: Record<string, unknown>) => socket.write(encodeUsbmuxFrame(message.readUInt32LE(12), encodePlist(dict as never)));
            if (!message.includes('ListDevices')) {
              listening.push(socket);
              reply({ MessageType: 'Result', Number: 0 });
            } else answerList = () => reply({ DeviceList: [{ DeviceID: 7, MessageType: 'Attached', Properties: { ConnectionType: 'USB', DeviceID: 7, ProductID: 0x12a8, SerialNumber: ANAS_IPHONE.udid } }] });
          }),
        );
        await new Promise<void>((resolve) => server.listen(path, resolve));
        try {
          watch = watchDevices({ kind: 'unix', path }, { ...TIMING, initialBackoffMs: 60_000, maxBackoffMs: 60_000 }, (state) => states.push(state));
          await vi.waitFor(() => expect(answerList).toBeDefined());
          listening[0]?.destroy();
          await vi.waitFor(() => expect(latest()?.source.state).toBe('unavailable'));
          answerList?.();
          await watch.started;
          expect(states.flatMap((state) => state.devices)).toEqual([]);
          expect(latest()?.source.state).toBe('unavailable');
        } finally {
          watch?.stop();
          await new Promise((resolve) => server.close(resolve));
        }
      });

      it('still starts, with no phones, when usbmuxd listens but cannot list its devices', async () => {
        // Every message is answered with a bare "ok": right for Listen, not a list for ListDevices.
        answering = await startAnsweringUsbmuxd({ MessageType: 'Result', Number: 0 });
        watch = watchDevices(answering.address, TIMING, (state) => states.push(state));
        await expect(watch.started).resolves.toBeUndefined();
        expect(states).toEqual([{ source: { state: 'ok', reason: null }, devices: [] }]);
      });
    });
  });
});
