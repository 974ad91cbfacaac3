/**
 * What usbmuxd says, read defensively: device entries of `DeviceList` and `Attached`, and the
 * pushed `Detached` and `Paired` messages. Anything missing or of the wrong type makes that one
 * entry unreadable (null) instead of breaking the whole list.
 */
import type { ConnectionType } from '../../../../shared/snapshot';
import { udidFromUsbSerial } from '../usb/apple-ids';
import { dictField, integerField, stringField, type PlistDict } from './plist-codec';

/** One connection of one device, as usbmuxd lists it. */
export interface UsbmuxDeviceRecord {
  deviceId: number;
  udid: string;
  connection: ConnectionType;
  productId: number | null;
}

/** A message pushed on a `Listen` connection. */
export type UsbmuxEvent =
  | { type: 'attached'; record: UsbmuxDeviceRecord }
  | { type: 'detached'; deviceId: number }
  | { type: 'paired'; deviceId: number };

/** Reads one `DeviceList` entry or `Attached` message; null when it lacks an id or serial. */
export function parseDeviceRecord(entry: PlistDict): UsbmuxDeviceRecord | null {
  const deviceId = integerField(entry, 'DeviceID');
  const properties = dictField(entry, 'Properties');
  const serial = stringField(properties, 'SerialNumber');
  if (deviceId === null || !serial) return null;
  const connection = stringField(properties, 'ConnectionType')?.toLowerCase() === 'network' ? 'network' : 'usb';
  return { deviceId, udid: udidFromUsbSerial(serial) ?? serial, connection, productId: integerField(properties, 'ProductID') };
}

/** Reads the `DeviceList` of a `ListDevices` reply; null when the reply has none. */
export function parseDeviceList(reply: PlistDict): UsbmuxDeviceRecord[] | null {
  const list = reply.DeviceList;
  if (!Array.isArray(list)) return null;
  return list.flatMap((entry) => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry) || entry instanceof Date || entry instanceof Uint8Array) return [];
    const record = parseDeviceRecord(entry);
    return record ? [record] : [];
  });
}

/** Reads a pushed message; null for message types this app does not use or cannot read. */
export function parseEvent(message: PlistDict): UsbmuxEvent | null {
  const type = stringField(message, 'MessageType');
  if (type === 'Attached') {
    const record = parseDeviceRecord(message);
    return record ? { type: 'attached', record } : null;
  }
  const deviceId = integerField(message, 'DeviceID');
  if (deviceId === null) return null;
  if (type === 'Detached') return { type: 'detached', deviceId };
  if (type === 'Paired') return { type: 'paired', deviceId };
  return null;
}

/** The `Number` of a `Result` reply, or null when the reply is not one. */
export function resultNumber(reply: PlistDict): number | null {
  return stringField(reply, 'MessageType') === 'Result' ? integerField(reply, 'Number') : null;
}

/** usbmuxd result codes in words (libusbmuxd `include/usbmuxd-proto.h`). */
export function describeResult(code: number | null): string {
  switch (code) {
    case 0:
      return 'ok';
    case 1:
      return 'usbmuxd did not understand the request';
    case 2:
      return 'usbmuxd does not know that device';
    case 3:
      return 'the phone refused the connection';
    case 6:
      return 'usbmuxd speaks another protocol version';
    case null:
      return 'usbmuxd gave no result';
    default:
      return `usbmuxd answered with error ${code}`;
  }
}
