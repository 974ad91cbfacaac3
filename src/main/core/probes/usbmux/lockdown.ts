/**
 * Asks a phone's lockdownd for its name, class, model and iOS version without pairing: through
 * usbmuxd's `Connect` to port 62078, then `QueryType` and a session-less `GetValue`, which
 * answers a fixed public subset and never shows the "Trust This Computer?" prompt.
 */
import type { Socket } from 'node:net';
import type { UsbmuxAddress } from './address';
import { encodeLockdownFrame, FramingError, lockdownFrameReader } from './frames';
import { describeResult, resultNumber } from './messages';
import { decodePlistDict, dictField, encodePlist, stringField, type PlistDict } from './plist-codec';
import { openUsbmuxConnection } from './usbmux-connection';

/** lockdownd's port on the phone. */
export const LOCKDOWN_PORT = 62078;
const LABEL = 'backup-lifeboat';

/** What a phone tells anyone who asks. */
export interface LockdownInfo {
  name: string | null;
  deviceClass: string | null;
  productType: string | null;
  productVersion: string | null;
}

/** usbmuxd wants the port in network byte order inside the plist integer. */
export function networkOrderPort(port: number): number {
  return ((port & 0xff) << 8) | ((port >> 8) & 0xff);
}

/** A strictly request-then-reply conversation with lockdownd over a raw socket. */
function lockdownChannel(socket: Socket, rest: Buffer) {
  const reader = lockdownFrameReader();
  reader.push(rest);
  let waiter: { resolve(dict: PlistDict): void; reject(error: Error): void } | null = null;
  let failure: Error | null = null;

  const fail = (error: Error) => {
    failure ??= error;
    waiter?.reject(failure);
    waiter = null;
    socket.destroy();
  };
  const pump = () => {
    if (!waiter) return;
    let frame: Buffer | null;
    try {
      frame = reader.next();
    } catch (error) {
      fail(error instanceof FramingError ? new Error(`The phone sent a broken message: ${error.message}`) : (error as Error));
      return;
    }
    if (!frame) return;
    const dict = decodePlistDict(frame.subarray(4));
    const current = waiter;
    waiter = null;
    if (dict) current.resolve(dict);
    else current.reject(new Error('The phone sent a reply this app cannot read.'));
  };

  socket.on('data', (chunk: Buffer) => {
    reader.push(chunk);
    pump();
  });
  socket.on('error', (error) => fail(new Error(`The connection to the phone failed: ${error.message}`)));
  socket.on('close', () => fail(new Error('The phone closed the connection.')));
  socket.resume();

  return {
    request(message: PlistDict): Promise<PlistDict> {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        waiter = { resolve, reject };
        socket.write(encodeLockdownFrame(encodePlist({ Label: LABEL, ...message })));
        pump();
      });
    },
  };
}

/** Rejects with `message` once `ms` have passed, calling `onTimeout` first. */
function withDeadline<T>(work: Promise<T>, ms: number, message: string, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new Error(message));
    }, ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** Reads the public lockdown values of the device usbmuxd knows as `deviceId`, within `timeoutMs`. */
export async function queryLockdown(address: UsbmuxAddress, deviceId: number, timeoutMs: number, signal?: AbortSignal): Promise<LockdownInfo> {
  const connection = await openUsbmuxConnection(address, timeoutMs);
  const onAbort = () => connection.close();
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort, { once: true });
  let socket: Socket | null = null;
  const work = (async () => {
    const reply = await connection.request({ MessageType: 'Connect', DeviceID: deviceId, PortNumber: networkOrderPort(LOCKDOWN_PORT) }, timeoutMs, {
      upgrade: true,
    });
    const result = resultNumber(reply);
    if (result !== 0) throw new Error(`Could not reach the phone's lockdown service: ${describeResult(result)}.`);
    const taken = connection.takeSocket();
    socket = taken.socket;
    const channel = lockdownChannel(taken.socket, taken.rest);
    const type = await channel.request({ Request: 'QueryType' });
    if (stringField(type, 'Type') !== 'com.apple.mobile.lockdown') throw new Error('The phone did not answer as lockdownd.');
    const answer = await channel.request({ Request: 'GetValue' });
    const values = dictField(answer, 'Value');
    if (!values) throw new Error(`The phone did not share its details${stringField(answer, 'Error') ? ` (${stringField(answer, 'Error')})` : ''}.`);
    return {
      name: stringField(values, 'DeviceName'),
      deviceClass: stringField(values, 'DeviceClass'),
      productType: stringField(values, 'ProductType'),
      productVersion: stringField(values, 'ProductVersion'),
    };
  })();
  try {
    return await withDeadline(work, timeoutMs, 'The phone did not answer in time.', () => connection.close());
  } finally {
    signal?.removeEventListener('abort', onAbort);
    (socket as Socket | null)?.destroy();
    connection.close();
  }
}
