import net, { type Server } from 'node:net';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createUsbmuxProbe } from '../../../../../../src/main/core/probes/usbmux';
import { encodeUsbmuxFrame } from '../../../../../../src/main/core/probes/usbmux/frames';
import { startTestUsbmuxd, tempSocketPath, type TestUsbmuxd } from '../../../../../support/usbmuxd/test-usbmuxd';
import { ANAS_IPHONE, type LockdownBehaviour } from '../../../../../support/usbmuxd/scripted-device';
import { collectReports, type CollectedProbe } from '../../../../../support/probes/collect-reports';
import { machineStretch } from '../../../../../support/machine-load';

// The deadlines grow with the machine's load: on a busy shared machine a healthy usbmuxd can take
// longer than 300 ms to answer the pair-record lookup, and a missed deadline reads as "not paired".
const FAST = { initialBackoffMs: 50, maxBackoffMs: 200, requestTimeoutMs: 300 * machineStretch(), lockdownTimeoutMs: 300 * machineStretch(), phoneSessionTimeoutMs: 300 * machineStretch() };

/** A header announcing `length` bytes, of message type `message`. */
function header(length: number, message = 8, tag = 0): Buffer {
  const bytes = Buffer.alloc(16);
  bytes.writeUInt32LE(length, 0);
  bytes.writeUInt32LE(1, 4);
  bytes.writeUInt32LE(message, 8);
  bytes.writeUInt32LE(tag, 12);
  return bytes;
}

/** A peer on a Unix socket that answers each new connection with `reply`. */
async function rawPeer(path: string, reply: (socket: net.Socket) => void): Promise<Server> {
  const server = net.createServer((socket) => {
    socket.on('error', () => socket.destroy());
    socket.once('data', () => reply(socket));
  });
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return server;
}

describe('probes', () => {
  describe('usbmux', () => {
    describe('bad input', () => {
      let usbmuxd: TestUsbmuxd | undefined;
      let probe: CollectedProbe | undefined;
      let server: Server | undefined;
      let path: string | undefined;
      afterEach(async () => {
        await probe?.stop();
        await usbmuxd?.stop();
        await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
        if (path) rmSync(dirname(path), { recursive: true, force: true });
        probe = usbmuxd = server = path = undefined;
      });

      it.each<[LockdownBehaviour, string]>([
        ['silent', 'a lockdown that never answers'],
        ['garbage', 'a lockdown reply that is not a plist'],
        ['closes', 'a phone that closes mid-message'],
        ['refuses', 'a phone that refuses the connection'],
      ])('still shows the phone with what usbmuxd knows when it meets %s (%s)', async (lockdown) => {
        usbmuxd = await startTestUsbmuxd({ devices: [{ ...ANAS_IPHONE, lockdown }] });
        probe = await collectReports(createUsbmuxProbe({ address: usbmuxd.address, timing: FAST }));
        expect(probe.latest().source?.state).toBe('ok');
        expect(probe.latest().devices).toEqual([
          {
            udid: ANAS_IPHONE.udid,
            kind: 'iphone',
            name: null,
            iosVersion: null,
            productType: null,
            connections: ['usb'],
            paired: true,
            seenBy: ['usbmux'],
            // The phone trusts this computer, but a lockdownd this broken says nothing in a session either.
            phoneSays: null,
            phoneSaysReason: 'no-answer',
          },
        ]);
      });

      it('ignores pushed messages of unknown types and unreadable plists, and stays connected', async () => {
        usbmuxd = await startTestUsbmuxd({ devices: [ANAS_IPHONE] });
        probe = await collectReports(createUsbmuxProbe({ address: usbmuxd.address, timing: FAST }));
        const reportsBefore = probe.reports.length;
        usbmuxd.sendRawToListeners(encodeUsbmuxFrame(0, Buffer.from('<?xml version="1.0"?><plist><dict><key>MessageType</key>')));
        usbmuxd.sendRawToListeners(Buffer.concat([header(20, 3), Buffer.from([1, 2, 3, 4])]));
        usbmuxd.sendRawToListeners(encodeUsbmuxFrame(0, Buffer.from('<plist version="1.0"><dict><key>MessageType</key><string>Banana</string></dict></plist>')));
        usbmuxd.sendRawToListeners(encodeUsbmuxFrame(0, Buffer.from('<plist version="1.0"><dict><key>MessageType</key><string>Detached</string><key>DeviceID</key><string>one</string></dict></plist>')));
        usbmuxd.attach({ udid: '00008110-000A1B2C3D4E5F60', productId: 0x12ab, lockdown: 'silent' });
        await vi.waitFor(() => expect(probe?.latest().devices).toHaveLength(2));
        expect(probe.reports.length).toBeGreaterThan(reportsBefore);
        expect(probe.latest().source?.state).toBe('ok');
        expect(probe.latest().devices?.[1]).toMatchObject({ kind: 'ipad', name: null });
      });

      it('drops a connection that announces an absurd length, and reconnects', async () => {
        usbmuxd = await startTestUsbmuxd({ devices: [ANAS_IPHONE] });
        probe = await collectReports(createUsbmuxProbe({ address: usbmuxd.address, timing: FAST }));
        const sawDrop = new Promise<void>((resolve) => {
          const check = setInterval(() => {
            if (probe?.reports.some((report) => report.source?.reason?.includes('broken message'))) {
              clearInterval(check);
              resolve();
            }
          }, 10);
        });
        usbmuxd.sendRawToListeners(header(0xfffffff0));
        await sawDrop;
        await vi.waitFor(() => expect(probe?.latest()).toMatchObject({ source: { state: 'ok' }, devices: [{ name: "Ana's iPhone" }] }));
      });

      it('explains a usbmuxd that closes in the middle of its reply', async () => {
        path = tempSocketPath();
        server = await rawPeer(path, (socket) => socket.end(Buffer.concat([header(400, 8, 1), Buffer.from('<?xml')])));
        probe = await collectReports(createUsbmuxProbe({ address: `UNIX:${path}`, timing: FAST }));
        expect(probe.latest()).toEqual({ devices: [], source: { state: 'unavailable', reason: 'usbmuxd closed the connection.' } });
      });

      it('explains a usbmuxd that answers Listen with something unreadable', async () => {
        path = tempSocketPath();
        server = await rawPeer(path, (socket) => socket.write(encodeUsbmuxFrame(1, Buffer.from('{"MessageType": "Result"}'))));
        probe = await collectReports(createUsbmuxProbe({ address: `UNIX:${path}`, timing: FAST }));
        expect(probe.latest().source).toEqual({ state: 'unavailable', reason: 'usbmuxd sent a reply this app cannot read.' });
      });

      it('gives up waiting on a usbmuxd that never answers', async () => {
        path = tempSocketPath();
        server = await rawPeer(path, () => {});
        probe = await collectReports(createUsbmuxProbe({ address: `UNIX:${path}`, timing: FAST }));
        expect(probe.latest().source).toEqual({ state: 'unavailable', reason: 'usbmuxd did not answer Listen in time.' });
      });
    });
  });
});
