/**
 * A usbmuxd that answers every message with one fixed reply, under the message's own tag: for
 * replies the test usbmuxd never gives (a damaged pair record, a bare result number).
 */
import net from 'node:net';
import { encodeUsbmuxFrame } from '../../../src/main/core/probes/usbmux/frames';
import { encodePlist, type PlistDict } from '../../../src/main/core/probes/usbmux/plist-codec';
import { tempSocketPath } from './test-usbmuxd';

/** A running answering usbmuxd. */
export interface AnsweringUsbmuxd {
  address: { kind: 'unix'; path: string };
  close(): Promise<void>;
}

/** Starts a usbmuxd that answers each connection's first message with `reply`. */
export async function startAnsweringUsbmuxd(reply: PlistDict): Promise<AnsweringUsbmuxd> {
  const path = tempSocketPath();
  const server = net.createServer((socket) => {
    socket.once('data', (message: Buffer) => socket.write(encodeUsbmuxFrame(message.readUInt32LE(12), encodePlist(reply))));
  });
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return { address: { kind: 'unix', path }, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
