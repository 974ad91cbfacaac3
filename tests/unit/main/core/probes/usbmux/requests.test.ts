import { getEventListeners } from 'node:events';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { askUsbmuxd, listDevices } from '../../../../../../src/main/core/probes/usbmux/requests';
import { tempSocketPath } from '../../../../../support/usbmuxd/test-usbmuxd';
import { startAnsweringUsbmuxd, type AnsweringUsbmuxd } from '../../../../../support/usbmuxd/answering-usbmuxd';

const servers: net.Server[] = [];
const answering: AnsweringUsbmuxd[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  await Promise.all(answering.splice(0).map((usbmuxd) => usbmuxd.close()));
});

/** An answering usbmuxd, closed after the test. */
async function answeringUsbmuxd(reply: Parameters<typeof startAnsweringUsbmuxd>[0]) {
  const usbmuxd = await startAnsweringUsbmuxd(reply);
  answering.push(usbmuxd);
  return usbmuxd.address;
}

/** A usbmuxd that accepts connections and never answers; counts the connections still open. */
async function silentUsbmuxd() {
  const path = tempSocketPath();
  const open = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    open.add(socket);
    // Read and drop what the app sends: a socket left unread never hears its peer hang up.
    socket.resume();
    socket.on('close', () => open.delete(socket));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return { address: { kind: 'unix', path } as const, open };
}

/** A limit far beyond the test's own: only the abort can end the request in time. */
const NEVER = 10 * 60_000;

describe('probes', () => {
  describe('usbmux one-shot requests', () => {
    it('gives up on a request whose signal was aborted before it was sent, and closes its connection', async () => {
      const usbmuxd = await silentUsbmuxd();
      const controller = new AbortController();
      controller.abort();
      await expect(askUsbmuxd(usbmuxd.address, { MessageType: 'ListDevices' }, NEVER, controller.signal)).rejects.toThrow();
      await expect.poll(() => usbmuxd.open.size).toBe(0);
    });

    it('gives up on a request when its signal is aborted while usbmuxd keeps silent', async () => {
      const usbmuxd = await silentUsbmuxd();
      const controller = new AbortController();
      const asking = askUsbmuxd(usbmuxd.address, { MessageType: 'ListDevices' }, NEVER, controller.signal);
      await expect.poll(() => usbmuxd.open.size).toBe(1);
      controller.abort();
      await expect(asking).rejects.toThrow();
      await expect.poll(() => usbmuxd.open.size).toBe(0);
    });

    it('stops listening to the signal once usbmuxd has answered', async () => {
      const address = await answeringUsbmuxd({ MessageType: 'Result', Number: 0 });
      const controller = new AbortController();
      await expect(askUsbmuxd(address, { MessageType: 'ReadBUID' }, 5000, controller.signal)).resolves.toEqual({ MessageType: 'Result', Number: 0 });
      expect(getEventListeners(controller.signal, 'abort')).toEqual([]);
    });

    it('says why usbmuxd gave no list of devices, in words', async () => {
      const address = await answeringUsbmuxd({ MessageType: 'Result', Number: 6 });
      await expect(listDevices(address, 5000)).rejects.toThrow('usbmuxd did not list its devices: usbmuxd speaks another protocol version.');
    });
  });
});
