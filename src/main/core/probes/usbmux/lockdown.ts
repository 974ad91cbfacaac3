/**
 * Asks a phone's lockdownd for its name, class, model and iOS version without pairing: through
 * usbmuxd's `Connect` to port 62078, then `QueryType` and a session-less `GetValue`, which
 * answers a fixed public subset and never shows the "Trust This Computer?" prompt.
 */
import type { Duplex } from 'node:stream';
import type { UsbmuxAddress } from './address';
import { withDeadline } from './deadline';
import { openLockdownChannel, type LockdownChannel } from './lockdown-channel';
import { describeResult, resultNumber } from './messages';
import { dictField, stringField } from './plist-codec';
import { openUsbmuxConnection } from './usbmux-connection';

/** lockdownd's port on the phone. */
export const LOCKDOWN_PORT = 62078;

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

/**
 * Opens a conversation with the lockdownd of the device usbmuxd knows as `deviceId` (usbmuxd's
 * `Connect`, then `QueryType` as libimobiledevice's `lockdownd_client_new` does) and runs `talk`
 * on it. Everything is closed afterwards, and everything is given up after `timeoutMs`: `talk`
 * hands any stream it opens on top (TLS) to `hold` so that it is closed too.
 */
export async function talkToLockdown<T>(
  address: UsbmuxAddress,
  deviceId: number,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  talk: (channel: LockdownChannel, hold: (stream: Duplex) => void) => Promise<T>,
): Promise<T> {
  const connection = await openUsbmuxConnection(address, timeoutMs);
  const held: Duplex[] = [];
  const closeAll = () => {
    connection.close();
    for (const stream of held) stream.destroy();
  };
  if (signal?.aborted) closeAll();
  signal?.addEventListener('abort', closeAll, { once: true });
  const work = (async () => {
    const reply = await connection.request({ MessageType: 'Connect', DeviceID: deviceId, PortNumber: networkOrderPort(LOCKDOWN_PORT) }, timeoutMs, {
      upgrade: true,
    });
    const result = resultNumber(reply);
    if (result !== 0) throw new Error(`Could not reach the phone's lockdown service: ${describeResult(result)}.`);
    const taken = connection.takeSocket();
    held.push(taken.socket);
    const channel = openLockdownChannel(taken.socket, taken.rest);
    const type = await channel.request('QueryType');
    if (stringField(type, 'Type') !== 'com.apple.mobile.lockdown') throw new Error('The phone did not answer as lockdownd.');
    return talk(channel, (stream) => void held.push(stream));
  })();
  try {
    return await withDeadline(work, timeoutMs, 'The phone did not answer in time.', closeAll);
  } finally {
    signal?.removeEventListener('abort', closeAll);
    closeAll();
  }
}

/** Reads the public lockdown values of the device usbmuxd knows as `deviceId`, within `timeoutMs`. */
export function queryLockdown(address: UsbmuxAddress, deviceId: number, timeoutMs: number, signal?: AbortSignal): Promise<LockdownInfo> {
  return talkToLockdown(address, deviceId, timeoutMs, signal, async (channel) => {
    const answer = await channel.request('GetValue');
    const values = dictField(answer, 'Value');
    if (!values) throw new Error(`The phone did not share its details${stringField(answer, 'Error') ? ` (${stringField(answer, 'Error')})` : ''}.`);
    return {
      name: stringField(values, 'DeviceName'),
      deviceClass: stringField(values, 'DeviceClass'),
      productType: stringField(values, 'ProductType'),
      productVersion: stringField(values, 'ProductVersion'),
    };
  });
}
