/**
 * A usbmuxd that says whatever a test scripts, on a Unix socket: for each request it reads (framed
 * as usbmuxd frames), `answer` may write any bytes at all, or nothing. For peers no honest daemon
 * would be: reference bombs, endless frames, megabyte pushes, names that steer terminals.
 */
import net, { type Server, type Socket } from 'node:net';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { decodeUsbmuxFrame, usbmuxFrameReader } from '../../../src/main/core/probes/usbmux/frames';
import { decodePlistDict, type PlistDict } from '../../../src/main/core/probes/usbmux/plist-codec';
import { tempSocketPath } from '../usbmuxd/test-usbmuxd';

/** A running scripted peer. */
export interface RawUsbmuxd {
  /** For `--usbmux`. */
  address: string;
  stop(): Promise<void>;
}

/** Starts a peer that calls `answer` with each request's tag and message (null when unreadable). */
export async function startRawUsbmuxd(answer: (socket: Socket, tag: number, message: PlistDict | null) => void): Promise<RawUsbmuxd> {
  const path = tempSocketPath();
  const sockets = new Set<Socket>();
  const server: Server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    const reader = usbmuxFrameReader();
    socket.on('data', (chunk) => {
      reader.push(chunk);
      try {
        for (let frame = reader.next(); frame; frame = reader.next()) {
          const { tag, payload } = decodeUsbmuxFrame(frame);
          answer(socket, tag, decodePlistDict(payload));
        }
      } catch {
        socket.destroy();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return {
    address: `UNIX:${path}`,
    async stop() {
      sockets.forEach((socket) => socket.destroy());
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dirname(path), { recursive: true, force: true });
    },
  };
}
