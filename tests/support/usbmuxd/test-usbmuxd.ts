/**
 * A usbmuxd for tests: speaks the real wire protocol (16-byte little-endian header, XML plists)
 * on a Unix socket of its own, with scripted phones whose lockdownd answers over `Connect`.
 * libimobiledevice's own tools are run against it in a test, so it cannot drift from the real thing.
 */
import net, { type Server, type Socket } from 'node:net';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'plist';
import { decodeUsbmuxFrame, encodeLockdownFrame, encodeUsbmuxFrame, lockdownFrameReader, usbmuxFrameReader } from '../../../src/main/core/probes/usbmux/frames';
import { decodePlistDict, type PlistDict } from '../../../src/main/core/probes/usbmux/plist-codec';
import type { ScriptedDevice } from './scripted-device';

const LOCKDOWN_PORT = 62078;

/** A running test usbmuxd. */
export interface TestUsbmuxd {
  /** For `USBMUXD_SOCKET_ADDRESS` and `--usbmux`: `UNIX:/path`. */
  address: string;
  path: string;
  /** Plugs a phone in; returns its usbmuxd DeviceID. Listeners hear `Attached`. */
  attach(device: ScriptedDevice): number;
  /** Unplugs one connection by DeviceID, or every connection of a UDID, closing its open lockdown conversations. */
  detach(target: number | string): void;
  /** Tells listeners the phone was just paired, as usbmuxd does after Trust. */
  announcePaired(udid: string): void;
  /** Writes raw bytes to every `Listen` client, for tests of what a broken daemon might send. */
  sendRawToListeners(bytes: Buffer): void;
  /** Every request received, in order: usbmuxd MessageTypes and `lockdown:<Request>`. */
  requests: string[];
  /** How many clients are connected right now. */
  connectionCount(): number;
  /** How many conversations with phones' lockdownd are open right now. */
  tunnelCount(): number;
  /** The most conversations with phones' lockdownd that were ever open at once. */
  peakTunnelCount(): number;
  /** Stops listening and drops every client, as a daemon that exits. */
  stop(): Promise<void>;
}

/** Options for the test usbmuxd. */
export interface TestUsbmuxdOptions {
  /** The socket path (see `tempSocketPath`); a fresh temporary one, removed on stop, by default. */
  path?: string;
  devices?: ScriptedDevice[];
}

/** A socket path in a fresh temporary folder, for a test usbmuxd that stops and starts again. */
export function tempSocketPath(): string {
  // Node on Windows listens on local sockets only as named pipes.
  if (process.platform === 'win32') return `\\\\.\\pipe\\lifeboat-usbmuxd-${randomUUID()}`;
  return join(mkdtempSync(join(tmpdir(), 'usbmuxd-')), 'usbmuxd');
}

function send(socket: Socket, tag: number, dict: PlistDict) {
  if (!socket.destroyed) socket.write(encodeUsbmuxFrame(tag, Buffer.from(build(dict))));
}

const result = (number: number): PlistDict => ({ MessageType: 'Result', Number: number });

/** Starts a test usbmuxd. */
export async function startTestUsbmuxd(options: TestUsbmuxdOptions = {}): Promise<TestUsbmuxd> {
  const dir = options.path || process.platform === 'win32' ? null : mkdtempSync(join(tmpdir(), 'usbmuxd-'));
  const path = options.path ?? (dir ? join(dir, 'usbmuxd') : tempSocketPath());
  const devices = new Map<number, ScriptedDevice>();
  const listeners = new Set<Socket>();
  const sockets = new Set<Socket>();
  /** Sockets handed over to a phone's lockdownd, by DeviceID: usbmuxd closes them when that phone goes. */
  const tunnels = new Map<number, Set<Socket>>();
  const requests: string[] = [];
  let nextId = 1;
  let peakTunnels = 0;
  const openTunnels = () => [...tunnels.values()].reduce((sum, open) => sum + open.size, 0);

  const entry = (id: number, device: ScriptedDevice): PlistDict => ({
    DeviceID: id,
    MessageType: 'Attached',
    Properties: {
      ConnectionType: device.connection ?? 'USB',
      DeviceID: id,
      LocationID: 0x14100000 + id,
      ProductID: device.productId ?? 0x12a8,
      SerialNumber: device.udid,
      ...(device.connection === 'Network' ? { EscapedFullServiceName: `${device.udid}._apple-mobdev2._tcp.local.` } : { ConnectionSpeed: 480000000 }),
    },
  });
  const broadcast = (dict: PlistDict) => listeners.forEach((socket) => send(socket, 0, dict));

  const serveLockdown = (socket: Socket, device: ScriptedDevice, rest: Buffer) => {
    const reader = lockdownFrameReader();
    const answer = (dict: PlistDict) => socket.write(encodeLockdownFrame(Buffer.from(build(dict))));
    const handle = (frame: Buffer) => {
      const message = decodePlistDict(frame.subarray(4)) ?? {};
      const request = String(message.Request);
      requests.push(`lockdown:${request}`);
      const behaviour = device.lockdown ?? 'answers';
      if (behaviour === 'silent') return;
      if (behaviour === 'closes') return void socket.end(Buffer.from([0, 0, 1, 0, 0x3c, 0x3f])); // 256 bytes announced, 2 sent.
      if (behaviour === 'garbage') return void socket.write(encodeLockdownFrame(Buffer.from('not a plist at all')));
      if (device.lockdownReply) return void socket.write(encodeLockdownFrame(device.lockdownReply));
      const values = device.values ?? {};
      switch (request) {
        case 'QueryType':
          return answer({ Request: 'QueryType', Type: 'com.apple.mobile.lockdown' });
        case 'GetValue': {
          if (message.Domain !== undefined) return answer({ Request: 'GetValue', Domain: message.Domain, Error: 'MissingValue' });
          if (typeof message.Key !== 'string') return answer({ Request: 'GetValue', Value: values });
          const value = values[message.Key];
          return answer(value === undefined ? { Request: 'GetValue', Key: message.Key, Error: 'MissingValue' } : { Request: 'GetValue', Key: message.Key, Value: value });
        }
        case 'Goodbye':
          answer({ Request: 'Goodbye', Result: 'Success' });
          return void socket.end();
        default:
          return answer({ Request: request, Error: 'InvalidHostID' });
      }
    };
    const feed = (chunk: Buffer) => {
      reader.push(chunk);
      for (let frame = reader.next(); frame; frame = reader.next()) handle(frame);
    };
    socket.on('data', feed);
    if (rest.length) feed(rest);
  };

  const server: Server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      listeners.delete(socket);
    });
    socket.on('error', () => socket.destroy());
    const reader = usbmuxFrameReader();
    const onData = (chunk: Buffer) => {
      reader.push(chunk);
      for (let frame = reader.next(); frame; frame = reader.next()) {
        const { tag, payload } = decodeUsbmuxFrame(frame);
        const message = decodePlistDict(payload) ?? {};
        const type = String(message.MessageType);
        requests.push(type);
        switch (type) {
          case 'ListDevices':
            send(socket, tag, { DeviceList: [...devices].map(([id, device]) => entry(id, device)) });
            break;
          case 'Listen':
            send(socket, tag, result(0));
            listeners.add(socket);
            devices.forEach((device, id) => send(socket, 0, entry(id, device)));
            break;
          case 'ReadBUID':
            send(socket, tag, { BUID: '5E4F3A2B-1C0D-4E9F-8A7B-6C5D4E3F2A1B' });
            break;
          case 'ReadPairRecord': {
            const paired = [...devices.values()].some((device) => device.udid === message.PairRecordID && device.paired);
            send(socket, tag, paired ? { PairRecordData: Buffer.from(build({ HostID: 'TEST-HOST' })) } : result(2));
            break;
          }
          case 'Connect': {
            const device = devices.get(Number(message.DeviceID));
            const raw = Number(message.PortNumber);
            const port = ((raw & 0xff) << 8) | ((raw >> 8) & 0xff);
            if (!device) send(socket, tag, result(2));
            else if (port !== LOCKDOWN_PORT || device.lockdown === 'refuses') send(socket, tag, result(3));
            else {
              send(socket, tag, result(0));
              socket.off('data', onData);
              const id = Number(message.DeviceID);
              const open = tunnels.get(id) ?? new Set<Socket>();
              open.add(socket);
              tunnels.set(id, open);
              peakTunnels = Math.max(peakTunnels, openTunnels());
              socket.on('close', () => open.delete(socket));
              serveLockdown(socket, device, Buffer.from(reader.rest()));
              return;
            }
            break;
          }
          default:
            send(socket, tag, result(1));
        }
      }
    };
    socket.on('data', onData);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
  for (const device of options.devices ?? []) devices.set(nextId++, device);

  return {
    address: `UNIX:${path}`,
    path,
    requests,
    attach(device) {
      const id = nextId++;
      devices.set(id, device);
      broadcast(entry(id, device));
      return id;
    },
    detach(target) {
      const ids = typeof target === 'number' ? [target] : [...devices].filter(([, device]) => device.udid === target).map(([id]) => id);
      for (const id of ids) {
        devices.delete(id);
        broadcast({ MessageType: 'Detached', DeviceID: id });
        // An unplugged phone takes its open conversations with it, as with the real usbmuxd.
        tunnels.get(id)?.forEach((socket) => socket.destroy());
        tunnels.delete(id);
      }
    },
    announcePaired(udid) {
      for (const [id, device] of devices) {
        if (device.udid !== udid) continue;
        device.paired = true;
        broadcast({ MessageType: 'Paired', DeviceID: id });
      }
    },
    sendRawToListeners: (bytes) => listeners.forEach((socket) => socket.write(bytes)),
    connectionCount: () => sockets.size,
    tunnelCount: openTunnels,
    peakTunnelCount: () => peakTunnels,
    async stop() {
      sockets.forEach((socket) => socket.destroy());
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
