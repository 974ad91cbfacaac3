/**
 * One socket to usbmuxd, speaking plist messages: requests matched to replies by tag, pushed
 * messages (tag 0, after `Listen`) handed to a listener, and — after a successful `Connect` — the
 * socket handed over raw. A peer that closes, stalls or sends nonsense rejects what is pending
 * and closes the connection; nothing here throws past its caller.
 */
import net, { type Socket } from 'node:net';
import { describeAddress, type UsbmuxAddress } from './address';
import { decodeUsbmuxFrame, encodeUsbmuxFrame, FramingError, USBMUX_MESSAGE_PLIST, usbmuxFrameReader } from './frames';
import { decodePlistDict, encodePlist, type PlistDict } from './plist-codec';
import { resultNumber } from './messages';

/** Who we say we are to usbmuxd, as libusbmuxd does. */
const CLIENT_FIELDS: PlistDict = {
  ClientVersionString: 'backup-lifeboat',
  ProgName: 'Backup Lifeboat',
  kLibUSBMuxVersion: 3,
};

/** A live connection to usbmuxd. */
export interface UsbmuxConnection {
  /**
   * Sends a request and resolves with the reply carrying its tag. With `upgrade`, a reply of
   * `Result 0` stops the message parsing at once, so the bytes after it stay for `takeSocket`.
   */
  request(message: PlistDict, timeoutMs: number, options?: { upgrade?: boolean }): Promise<PlistDict>;
  /** Receives pushed messages (Listen's Attached, Detached, Paired …). */
  onPush(listener: (message: PlistDict) => void): void;
  /** Called once, when the connection ends for any reason. */
  onClose(listener: (reason: string) => void): void;
  /** After an upgraded request: the raw socket and the bytes already read past the reply. */
  takeSocket(): { socket: Socket; rest: Buffer };
  /** Ends the connection; pending requests are rejected. */
  close(): void;
}

interface Pending {
  resolve(reply: PlistDict): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
  upgrade: boolean;
}

/** Plain words for a failed connect. */
export function describeConnectError(address: UsbmuxAddress, error: NodeJS.ErrnoException): string {
  const where = describeAddress(address);
  switch (error.code) {
    case 'ENOENT':
      return `usbmuxd is not running (nothing at ${where}).`;
    case 'ECONNREFUSED':
      return `Nothing answers at ${where}.`;
    case 'EACCES':
    case 'EPERM':
      return `No permission to talk to usbmuxd at ${where}.`;
    default:
      return `Could not reach usbmuxd at ${where}: ${error.message}`;
  }
}

function connectSocket(address: UsbmuxAddress, timeoutMs: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = address.kind === 'unix' ? net.connect(address.path) : net.connect(address.port, address.host);
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`usbmuxd at ${describeAddress(address)} did not accept the connection in time.`));
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      resolve(socket);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      socket.destroy();
      reject(new Error(describeConnectError(address, error)));
    });
  });
}

/**
 * Opens a connection to usbmuxd; rejects with a plain-words reason. `timeoutMs` bounds the connect
 * and also how long part of a message may sit unfinished: a daemon that starts a message and never
 * ends it loses the connection instead of holding it open forever.
 */
export async function openUsbmuxConnection(address: UsbmuxAddress, timeoutMs: number): Promise<UsbmuxConnection> {
  const socket = await connectSocket(address, timeoutMs);
  const reader = usbmuxFrameReader();
  const pending = new Map<number, Pending>();
  const pushListeners: Array<(message: PlistDict) => void> = [];
  const closeListeners: Array<(reason: string) => void> = [];
  let nextTag = 1;
  let closed = false;
  let upgraded = false;
  let unfinished: NodeJS.Timeout | null = null;

  const finish = (reason: string) => {
    if (closed) return;
    closed = true;
    if (unfinished) clearTimeout(unfinished);
    for (const entry of pending.values()) {
      clearTimeout(entry.timer);
      entry.reject(new Error(reason));
    }
    pending.clear();
    if (!upgraded) socket.destroy();
    for (const listener of closeListeners) listener(reason);
  };

  const deliver = (frame: Buffer) => {
    const { message, tag, payload } = decodeUsbmuxFrame(frame);
    const waiting = pending.get(tag);
    const dict = message === USBMUX_MESSAGE_PLIST ? decodePlistDict(payload) : null;
    if (!waiting) {
      if (dict) for (const listener of pushListeners) listener(dict);
      return;
    }
    pending.delete(tag);
    clearTimeout(waiting.timer);
    if (!dict) {
      waiting.reject(new Error('usbmuxd sent a reply this app cannot read.'));
      return;
    }
    if (waiting.upgrade && resultNumber(dict) === 0) {
      upgraded = true;
      socket.off('data', onData);
      socket.pause();
    }
    waiting.resolve(dict);
  };

  function onData(chunk: Buffer) {
    reader.push(chunk);
    let delivered = 0;
    try {
      for (let frame = reader.next(); frame && !upgraded && !closed; frame = upgraded ? null : reader.next()) {
        delivered += 1;
        deliver(frame);
      }
    } catch (error) {
      finish(error instanceof FramingError ? `usbmuxd sent a broken message: ${error.message}` : String(error));
      return;
    }
    // Part of a message is waiting for the rest: it must arrive in time (one timer per connection, only while a message is unfinished).
    const waiting = !upgraded && !closed && reader.buffered() > 0;
    if (unfinished && (!waiting || delivered > 0)) {
      clearTimeout(unfinished);
      unfinished = null;
    }
    if (waiting && !unfinished) {
      unfinished = setTimeout(() => finish('usbmuxd started a message and never finished it.'), timeoutMs);
    }
  }

  socket.on('data', onData);
  socket.on('error', (error) => finish(`The connection to usbmuxd failed: ${error.message}`));
  socket.on('close', () => finish(upgraded ? 'The connection was handed over.' : 'usbmuxd closed the connection.'));

  return {
    request(message, timeoutMs, options = {}) {
      if (closed || upgraded) return Promise.reject(new Error('The connection to usbmuxd is closed.'));
      const tag = nextTag++;
      return new Promise<PlistDict>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(tag);
          reject(new Error(`usbmuxd did not answer ${String(message.MessageType)} in time.`));
        }, timeoutMs);
        pending.set(tag, { resolve, reject, timer, upgrade: options.upgrade ?? false });
        socket.write(encodeUsbmuxFrame(tag, encodePlist({ ...CLIENT_FIELDS, ...message })));
      });
    },
    onPush: (listener) => void pushListeners.push(listener),
    onClose: (listener) => void closeListeners.push(listener),
    takeSocket() {
      if (!upgraded) throw new Error('The connection has not been handed over.');
      socket.removeAllListeners('close');
      socket.removeAllListeners('error');
      return { socket, rest: reader.rest() };
    },
    close: () => {
      if (upgraded) socket.destroy();
      finish('The connection was closed.');
    },
  };
}
