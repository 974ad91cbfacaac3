import net, { type Server } from 'node:net';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createUsbmuxProbe } from '../../../../../../src/main/core/probes/usbmux';
import { MAX_CONCURRENT_LOOKUPS, MAX_LISTED_CONNECTIONS } from '../../../../../../src/main/core/probes/usbmux/device-watch';
import { encodeUsbmuxFrame, MAX_FRAME_BYTES, usbmuxFrameReader } from '../../../../../../src/main/core/probes/usbmux/frames';
import { openUsbmuxConnection } from '../../../../../../src/main/core/probes/usbmux/usbmux-connection';
import { startTestUsbmuxd, tempSocketPath, type TestUsbmuxd } from '../../../../../support/usbmuxd/test-usbmuxd';
import { ANAS_IPHONE, phoneValues } from '../../../../../support/usbmuxd/scripted-device';
import { collectReports, type CollectedProbe } from '../../../../../support/probes/collect-reports';
import { timeBudgetMs } from '../../../../../support/machine-load';

const FAST = { initialBackoffMs: 50, maxBackoffMs: 200, requestTimeoutMs: 300, lockdownTimeoutMs: 300 };

/** A UDID of the newer shape for phone number `index`. */
const udidOf = (index: number) => `00008120-${index.toString(16).toUpperCase().padStart(16, '0')}`;

describe('probes', () => {
  describe('usbmux, against a hostile usbmuxd', () => {
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

    it('joins a large frame sent in thousands of small pieces in time proportional to its size', () => {
      const reader = usbmuxFrameReader();
      const frame = encodeUsbmuxFrame(1, Buffer.alloc(MAX_FRAME_BYTES - 16, 0x20));
      const started = performance.now();
      let early = 0;
      for (let at = 0; at + 512 < frame.length; at += 512) {
        reader.push(frame.subarray(at, at + 512));
        if (reader.next() !== null) early += 1;
      }
      reader.push(frame.subarray(frame.length - (frame.length % 512 || 512)));
      const whole = reader.next();
      expect(performance.now() - started).toBeLessThan(timeBudgetMs(1000));
      expect(early).toBe(0);
      expect(whole?.equals(frame)).toBe(true);
      expect(reader.buffered()).toBe(0);
    });

    it('refuses a pushed message larger than any real one from its header, before buffering it', () => {
      const reader = usbmuxFrameReader();
      const header = Buffer.alloc(16);
      header.writeUInt32LE(1024 * 1024, 0);
      header.writeUInt32LE(1, 4);
      header.writeUInt32LE(8, 8);
      reader.push(header);
      expect(() => reader.next()).toThrow(/announced a message of 1048576 bytes/);
    });

    it('drops a connection whose peer starts a message and never finishes it, within its deadline', async () => {
      path = tempSocketPath();
      const socketPath = path;
      server = net.createServer((socket) => {
        socket.on('error', () => socket.destroy());
        socket.once('data', () => socket.write(encodeUsbmuxFrame(1, Buffer.from('<plist version="1.0"><dict/></plist>')).subarray(0, 30)));
      });
      await new Promise<void>((resolve) => server?.listen(socketPath, resolve));
      const connection = await openUsbmuxConnection({ kind: 'unix', path: socketPath }, 300);
      const closed = new Promise<string>((resolve) => connection.onClose(resolve));
      const started = performance.now();
      await expect(connection.request({ MessageType: 'Listen' }, 5000)).rejects.toThrow('usbmuxd started a message and never finished it.');
      expect(await closed).toBe('usbmuxd started a message and never finished it.');
      expect(performance.now() - started).toBeLessThan(timeBudgetMs(2000));
    });

    it('turns a flood of 2,000 phones plugged in and out into a few reports, asking only phones still there, a few at a time', { timeout: 60_000 }, async () => {
      usbmuxd = await startTestUsbmuxd();
      const server = usbmuxd;
      probe = await collectReports(createUsbmuxProbe({ address: server.address, timing: { ...FAST, lockdownTimeoutMs: 2000, requestTimeoutMs: 2000 } }));
      const before = probe.reports.length;
      for (let index = 0; index < 2_000; index += 1) {
        const udid = udidOf(index);
        const id = server.attach({ udid, productId: 0x12a8, values: phoneValues(udid, `Phone ${index}`), paired: true });
        if (index !== 1_999) server.detach(id);
      }
      await vi.waitFor(() => expect(probe?.latest().devices?.[0]?.name).toBe('Phone 1999'), { timeout: 20_000 });
      await vi.waitFor(() => expect(server.tunnelCount()).toBe(0));
      expect(probe.latest().devices).toHaveLength(1);
      // One report per burst of pushes, not one per push.
      expect(probe.reports.length - before).toBeLessThan(100);
      // Phones already gone are not asked about; the few asked are asked a couple at a time.
      expect(server.requests.filter((request) => request === 'Connect' || request === 'ReadPairRecord').length).toBeLessThan(50);
      expect(server.peakTunnelCount()).toBeLessThanOrEqual(MAX_CONCURRENT_LOOKUPS);
    });

    it('lists at most a fixed number of connections, and says how many more it did not show', async () => {
      usbmuxd = await startTestUsbmuxd({ devices: [ANAS_IPHONE] });
      probe = await collectReports(createUsbmuxProbe({ address: usbmuxd.address, timing: FAST }));
      for (let index = 0; index < MAX_LISTED_CONNECTIONS + 10; index += 1) usbmuxd.attach({ udid: udidOf(index), lockdown: 'silent' });
      await vi.waitFor(() => expect(probe?.latest().source).toEqual({ state: 'ok', reason: '11 more device connections not shown.' }));
      expect(probe.latest().devices).toHaveLength(MAX_LISTED_CONNECTIONS);
      expect(probe.latest().devices?.[0]?.name).toBe("Ana's iPhone");
    });

    it('drops a Listen connection that pushes megabytes, then reconnects and still shows the phone', async () => {
      usbmuxd = await startTestUsbmuxd({ devices: [ANAS_IPHONE] });
      probe = await collectReports(createUsbmuxProbe({ address: usbmuxd.address, timing: FAST }));
      const fat = `<plist version="1.0"><dict><key>MessageType</key><string>Attached</string><key>Junk</key><string>${'x'.repeat(3_900_000)}</string></dict></plist>`;
      usbmuxd.sendRawToListeners(encodeUsbmuxFrame(0, Buffer.from(fat)));
      await vi.waitFor(() => expect(probe?.reports.some((report) => report.source?.reason?.includes('broken message'))).toBe(true));
      await vi.waitFor(() => expect(probe?.latest()).toMatchObject({ source: { state: 'ok' }, devices: [{ name: "Ana's iPhone" }] }));
    });
  });
});
