/** One-shot questions to usbmuxd, each on its own connection as libusbmuxd does. */
import type { UsbmuxAddress } from './address';
import { describeResult, parseDeviceList, resultNumber, type UsbmuxDeviceRecord } from './messages';
import type { PlistDict } from './plist-codec';
import { openUsbmuxConnection } from './usbmux-connection';

async function ask(address: UsbmuxAddress, message: PlistDict, timeoutMs: number, signal?: AbortSignal): Promise<PlistDict> {
  const connection = await openUsbmuxConnection(address, timeoutMs);
  const onAbort = () => connection.close();
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return await connection.request(message, timeoutMs);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    connection.close();
  }
}

/** Every device connection usbmuxd knows (`ListDevices`). */
export async function listDevices(address: UsbmuxAddress, timeoutMs: number): Promise<UsbmuxDeviceRecord[]> {
  const reply = await ask(address, { MessageType: 'ListDevices' }, timeoutMs);
  const list = parseDeviceList(reply);
  if (!list) throw new Error(`usbmuxd did not list its devices: ${describeResult(resultNumber(reply))}.`);
  return list;
}

/**
 * Whether this computer holds a pair record for the phone, i.e. the phone trusts it: true when
 * usbmuxd has one, false when it says it has none, null when it cannot tell. The record itself
 * holds keys; it is looked at for presence only and dropped.
 */
export async function hasPairRecord(address: UsbmuxAddress, udid: string, timeoutMs: number, signal?: AbortSignal): Promise<boolean | null> {
  try {
    const reply = await ask(address, { MessageType: 'ReadPairRecord', PairRecordID: udid }, timeoutMs, signal);
    if (reply.PairRecordData instanceof Uint8Array) return true;
    const result = resultNumber(reply) ?? (typeof reply.Number === 'number' ? reply.Number : null);
    return result !== null && result !== 0 ? false : null;
  } catch {
    return null;
  }
}
