/** One-shot questions to usbmuxd, each on its own connection as libusbmuxd does. */
import type { UsbmuxAddress } from './address';
import { describeResult, parseDeviceList, resultNumber, type UsbmuxDeviceRecord } from './messages';
import type { PlistDict } from './plist-codec';
import { openUsbmuxConnection } from './usbmux-connection';

/** Sends one message to usbmuxd on a connection of its own and returns the reply. */
export async function askUsbmuxd(address: UsbmuxAddress, message: PlistDict, timeoutMs: number, signal?: AbortSignal): Promise<PlistDict> {
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
  const reply = await askUsbmuxd(address, { MessageType: 'ListDevices' }, timeoutMs);
  const list = parseDeviceList(reply);
  if (!list) throw new Error(`usbmuxd did not list its devices: ${describeResult(resultNumber(reply))}.`);
  return list;
}
