/**
 * One connection to usbmuxd, against a peer scripted byte by byte on a local socket: how the app
 * names itself, how replies find their requests, what a push or a reply it cannot read does, a
 * message that starts and never ends, a connection reset or handed over (and its socket then left
 * to its taker), and the words a failed or never-accepted connect is explained with.
 */
import net, { type Server, type Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeConnectError, openUsbmuxConnection, type UsbmuxConnection } from '../../../../../../src/main/core/probes/usbmux/usbmux-connection';
import { encodeUsbmuxFrame, usbmuxFrameReader, decodeUsbmuxFrame, USBMUX_HEADER_SIZE } from '../../../../../../src/main/core/probes/usbmux/frames';
import { decodePlistDict, encodePlist, type PlistDict } from '../../../../../../src/main/core/probes/usbmux/plist-codec';
import type { UsbmuxAddress } from '../../../../../../src/main/core/probes/usbmux/address';

/** What the scripted peer saw, and its side of the one connection. */
interface Peer {
  address: UsbmuxAddress;
  requests: Array<{ tag: number; dict: PlistDict }>;
  socket: Promise<Socket>;
  /** Resolves when the client's side of the connection is gone. */
  ended: Promise<void>;
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A usbmuxd stand-in, on a Unix socket or (as on Windows) a local port: `onRequest` is called for each whole request it receives. */
async function startPeer(onRequest: (socket: Socket, tag: number, dict: PlistDict) => void = () => {}, on: 'unix' | 'tcp' = 'unix'): Promise<Peer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'usbmux-conn-'));
  const file = path.join(dir, 'usbmuxd');
  const requests: Peer['requests'] = [];
  let accept!: (socket: Socket) => void;
  let end!: () => void;
  const socket = new Promise<Socket>((resolve) => (accept = resolve));
  const ended = new Promise<void>((resolve) => (end = resolve));
  const server: Server = net.createServer((client) => {
    const reader = usbmuxFrameReader();
    client.on('error', () => {});
    client.on('close', end);
    client.on('data', (chunk) => {
      reader.push(chunk);
      for (let frame = reader.next(); frame; frame = reader.next()) {
        const { tag, payload } = decodeUsbmuxFrame(frame);
        const dict = decodePlistDict(payload) ?? {};
        requests.push({ tag, dict });
        onRequest(client, tag, dict);
      }
    });
    accept(client);
  });
  if (on === 'unix') await new Promise<void>((resolve) => server.listen(file, resolve));
  else await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address: UsbmuxAddress = on === 'unix' ? { kind: 'unix', path: file } : { kind: 'tcp', host: '127.0.0.1', port: (server.address() as net.AddressInfo).port };
  cleanups.push(() => {
    void socket.then((client) => client.destroy());
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { address, requests, socket, ended };
}

const reply = (tag: number, dict: PlistDict) => encodeUsbmuxFrame(tag, encodePlist(dict));
const result = (number: number): PlistDict => ({ MessageType: 'Result', Number: number });

async function connect(peer: Peer, timeoutMs = 2000): Promise<UsbmuxConnection> {
  const connection = await openUsbmuxConnection(peer.address, timeoutMs);
  cleanups.push(() => connection.close());
  return connection;
}

describe('probes', () => {
  describe('usbmux connection', () => {
    describe('describeConnectError', () => {
      const unix: UsbmuxAddress = { kind: 'unix', path: '/var/run/usbmuxd' };
      const error = (code: string, message = code) => Object.assign(new Error(message), { code });

      it('says usbmuxd is not running, nothing answers, or permission is missing, and quotes anything else', () => {
        expect(describeConnectError(unix, error('ENOENT'))).toBe('usbmuxd is not running (nothing at /var/run/usbmuxd).');
        expect(describeConnectError(unix, error('ECONNREFUSED'))).toBe('Nothing answers at /var/run/usbmuxd.');
        expect(describeConnectError(unix, error('EACCES'))).toBe('No permission to talk to usbmuxd at /var/run/usbmuxd.');
        expect(describeConnectError(unix, error('EPERM'))).toBe('No permission to talk to usbmuxd at /var/run/usbmuxd.');
        expect(describeConnectError(unix, error('ETIMEDOUT', 'connect ETIMEDOUT'))).toBe('Could not reach usbmuxd at /var/run/usbmuxd: connect ETIMEDOUT');
      });

      it('gives those words for real failed connects: no socket, and a port nobody listens on', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'usbmux-none-'));
        cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
        await expect(openUsbmuxConnection({ kind: 'unix', path: path.join(dir, 'usbmuxd') }, 2000)).rejects.toThrow(/^usbmuxd is not running/);
        const free = net.createServer();
        await new Promise<void>((resolve) => free.listen(0, '127.0.0.1', resolve));
        const port = (free.address() as net.AddressInfo).port;
        await new Promise((resolve) => free.close(resolve));
        await expect(openUsbmuxConnection({ kind: 'tcp', host: '127.0.0.1', port }, 2000)).rejects.toThrow(/^Nothing answers at/);
      });

      it('gives up on a usbmuxd that neither accepts nor refuses the connection, and lets go of the socket', async () => {
        // As a daemon that is starting up or stuck: the operating system's socket never connects.
        const stuck = new net.Socket();
        const connectSpy = vi.spyOn(net, 'connect').mockImplementationOnce(() => stuck);
        cleanups.push(() => connectSpy.mockRestore());
        await expect(openUsbmuxConnection({ kind: 'unix', path: '/var/run/usbmuxd' }, 100)).rejects.toThrow('usbmuxd at /var/run/usbmuxd did not accept the connection in time.');
        expect(stuck.destroyed).toBe(true);
      });
    });

    it('names itself in every request as libusbmuxd does, and tags each request afresh', async () => {
      const peer = await startPeer((socket, tag) => socket.write(reply(tag, result(0))));
      const connection = await connect(peer);
      for (const type of ['ListDevices', 'ReadBUID', 'ReadPairRecord']) await connection.request({ MessageType: type }, 2000);
      expect(peer.requests.map((request) => request.tag)).toEqual([1, 2, 3]);
      expect(peer.requests[0]?.dict).toMatchObject({ MessageType: 'ListDevices', ClientVersionString: 'backup-lifeboat', ProgName: 'Backup Lifeboat', kLibUSBMuxVersion: 3 });
    });

    it('matches replies to requests by tag, whatever order they come in', async () => {
      const held: Array<[Socket, number]> = [];
      const peer = await startPeer((socket, tag) => {
        held.push([socket, tag]);
        if (held.length === 2) for (const [client, waiting] of held.reverse()) client.write(reply(waiting, { MessageType: 'Result', Number: waiting * 10 }));
      });
      const connection = await connect(peer);
      const [first, second] = await Promise.all([connection.request({ MessageType: 'A' }, 2000), connection.request({ MessageType: 'B' }, 2000)]);
      expect([first.Number, second.Number]).toEqual([10, 20]);
    });

    it('keeps the connection for plist messages after a Result 0 to a request that is not a Connect (Listen is answered so)', async () => {
      const peer = await startPeer((socket, tag) => socket.write(reply(tag, result(0))));
      const connection = await connect(peer);
      const pushes: PlistDict[] = [];
      connection.onPush((message) => pushes.push(message));
      await connection.request({ MessageType: 'Listen' }, 2000);
      (await peer.socket).write(reply(0, { MessageType: 'Attached', DeviceID: 7 }));
      await vi.waitFor(() => expect(pushes).toEqual([{ MessageType: 'Attached', DeviceID: 7 }]));
      await expect(connection.request({ MessageType: 'ListDevices' }, 2000)).resolves.toMatchObject({ Number: 0 });
      expect(() => connection.takeSocket()).toThrow('The connection has not been handed over.');
    });

    it('passes on only the pushes it can read, and refuses a reply it cannot', async () => {
      const peer = await startPeer((socket, tag) => {
        // A reply in the old binary protocol (message type 1), whose payload happens to be a plist.
        const frame = reply(tag, result(0));
        frame.writeUInt32LE(1, 8);
        socket.write(frame);
      });
      const connection = await connect(peer);
      const pushes: unknown[] = [];
      connection.onPush((message) => pushes.push(message));
      const client = await peer.socket;
      client.write(encodeUsbmuxFrame(0, Buffer.from('not a plist')));
      client.write(reply(0, { MessageType: 'Detached', DeviceID: 7 }));
      await vi.waitFor(() => expect(pushes).toEqual([{ MessageType: 'Detached', DeviceID: 7 }]));
      await expect(connection.request({ MessageType: 'ListDevices' }, 2000)).rejects.toThrow('usbmuxd sent a reply this app cannot read.');
    });

    it('closes a connection whose peer starts a message and never finishes it', async () => {
      const peer = await startPeer();
      const connection = await connect(peer, 200);
      const closed = new Promise<string>((resolve) => connection.onClose(resolve));
      (await peer.socket).write(reply(0, { MessageType: 'Attached', DeviceID: 7 }).subarray(0, USBMUX_HEADER_SIZE + 5));
      await expect(closed).resolves.toBe('usbmuxd started a message and never finished it.');
      await peer.ended;
    });

    it('keeps a connection whose messages keep arriving, each chunk finishing one and starting the next', async () => {
      const peer = await startPeer();
      const connection = await connect(peer, 300);
      const pushes: PlistDict[] = [];
      let reason: string | null = null;
      connection.onPush((message) => pushes.push(message));
      connection.onClose((why) => (reason = why));
      const frames = Array.from({ length: 8 }, (_, id) => reply(0, { MessageType: 'Attached', DeviceID: 100 + id }));
      const stream = Buffer.concat(frames);
      const client = await peer.socket;
      // Chunks 100 ms apart, the first half a message, each after it finishing one and starting the
      // next: the whole takes longer than the limit, no single message does.
      const length = (frames[0] as Buffer).length;
      for (let at = 0; at < stream.length; at = at === 0 ? length / 2 : at + length) {
        client.write(stream.subarray(at, at === 0 ? length / 2 : at + length));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await vi.waitFor(() => expect(pushes).toHaveLength(8));
      expect(reason).toBeNull();
    });

    it('closes a connection whose peer trickles one message past the limit, though bytes keep coming', async () => {
      const peer = await startPeer();
      const connection = await connect(peer, 300);
      const pushes: PlistDict[] = [];
      connection.onPush((message) => pushes.push(message));
      const closed = new Promise<string>((resolve) => connection.onClose(resolve));
      const frame = reply(0, { MessageType: 'Attached', DeviceID: 7 });
      const client = await peer.socket;
      // One message in twelve pieces 100 ms apart: the last would come well after the limit.
      const piece = Math.ceil(frame.length / 12);
      void (async () => {
        for (let at = 0; at < frame.length && !client.destroyed; at += piece) {
          client.write(frame.subarray(at, at + piece));
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      })();
      await expect(closed).resolves.toBe('usbmuxd started a message and never finished it.');
      expect(pushes).toEqual([]);
    });

    it('rejects what is pending with the reason, when the peer resets the connection', async () => {
      // A reset is a TCP thing: the peer listens on a port, as usbmuxd does on Windows.
      const peer = await startPeer((socket) => socket.resetAndDestroy(), 'tcp');
      const connection = await connect(peer);
      const closed = new Promise<string>((resolve) => connection.onClose(resolve));
      await expect(connection.request({ MessageType: 'ListDevices' }, 2000)).rejects.toThrow(/^The connection to usbmuxd failed: /);
      await expect(closed).resolves.toMatch(/^The connection to usbmuxd failed: /);
      await expect(connection.request({ MessageType: 'ListDevices' }, 2000)).rejects.toThrow('The connection to usbmuxd is closed.');
    });

    it('hands the socket over after a Connect succeeds, with the bytes that came with the reply', async () => {
      const peer = await startPeer((socket, tag) => socket.write(Buffer.concat([reply(tag, result(0)), Buffer.from('lockdown')])));
      const connection = await connect(peer, 200);
      await connection.request({ MessageType: 'Connect', DeviceID: 7, PortNumber: 0x7ef2 }, 2000, { upgrade: true });
      const { socket, rest } = connection.takeSocket();
      expect(rest.toString()).toBe('lockdown');
      // Those bytes are the phone's, not part of a usbmuxd message left unfinished: the handed-over
      // conversation outlives the limit, and what the phone says after it arrives.
      let reason: string | null = null;
      connection.onClose((why) => (reason = why));
      const later = new Promise<string>((resolve) => socket.once('data', (chunk: Buffer) => resolve(chunk.toString())));
      socket.resume();
      setTimeout(() => void peer.socket.then((client) => client.write('still here')), 500);
      await expect(later).resolves.toBe('still here');
      expect(reason).toBeNull();
      socket.destroy();
      await expect(connection.request({ MessageType: 'ListDevices' }, 2000)).rejects.toThrow('The connection to usbmuxd is closed.');
    });

    it('says the connection was handed over when the phone hangs up before its socket is taken', async () => {
      const peer = await startPeer((socket, tag) => socket.end(reply(tag, result(0))));
      const connection = await connect(peer);
      const closed = new Promise<string>((resolve) => connection.onClose(resolve));
      await connection.request({ MessageType: 'Connect', DeviceID: 7, PortNumber: 0x7ef2 }, 2000, { upgrade: true });
      await expect(closed).resolves.toBe('The connection was handed over.');
    });

    it('leaves a taken socket to its taker: its failing is not reported as the connection ending', async () => {
      const peer = await startPeer((socket, tag) => socket.write(reply(tag, result(0))), 'tcp');
      const connection = await connect(peer);
      const reasons: string[] = [];
      connection.onClose((why) => reasons.push(why));
      await connection.request({ MessageType: 'Connect', DeviceID: 7, PortNumber: 0x7ef2 }, 2000, { upgrade: true });
      const { socket } = connection.takeSocket();
      const failed = new Promise<Error>((resolve) => socket.once('error', resolve));
      const gone = new Promise<void>((resolve) => socket.once('close', () => resolve()));
      socket.resume();
      (await peer.socket).resetAndDestroy();
      await expect(failed).resolves.toMatchObject({ code: 'ECONNRESET' });
      await gone;
      expect(reasons).toEqual([]);
      connection.close();
      expect(reasons).toEqual(['The connection was closed.']);
    });

    it('keeps the connection for more requests when usbmuxd refuses a Connect', async () => {
      const peer = await startPeer((socket, tag, dict) => socket.write(reply(tag, result(dict.MessageType === 'Connect' ? 3 : 0))));
      const connection = await connect(peer);
      await expect(connection.request({ MessageType: 'Connect', DeviceID: 7, PortNumber: 0x7ef2 }, 2000, { upgrade: true })).resolves.toMatchObject({ Number: 3 });
      expect(() => connection.takeSocket()).toThrow('The connection has not been handed over.');
      await expect(connection.request({ MessageType: 'ListDevices' }, 2000)).resolves.toMatchObject({ Number: 0 });
    });

    it('says usbmuxd closed the connection when it hangs up', async () => {
      const peer = await startPeer();
      const connection = await connect(peer);
      const closed = new Promise<string>((resolve) => connection.onClose(resolve));
      (await peer.socket).end();
      await expect(closed).resolves.toBe('usbmuxd closed the connection.');
    });

    it('closes a handed-over socket that nobody took, and tells why', async () => {
      const peer = await startPeer((socket, tag) => socket.write(reply(tag, result(0))));
      const connection = await connect(peer);
      const closed = new Promise<string>((resolve) => connection.onClose(resolve));
      await connection.request({ MessageType: 'Connect', DeviceID: 7, PortNumber: 0x7ef2 }, 2000, { upgrade: true });
      connection.close();
      await expect(closed).resolves.toBe('The connection was closed.');
      await peer.ended;
    });
  });
});
