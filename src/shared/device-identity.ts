/**
 * How a device is named in the snapshot when its real UDID cannot be read. On Windows (and
 * sometimes macOS) Apple's driver owns the phone, so USB lists it by vendor/product id without
 * the serial string that carries the UDID. Such a device gets a stand-in id that starts with
 * `usb:` and can never be mistaken for a UDID (those are hex digits and one hyphen).
 */
import type { Device, Snapshot } from './snapshot';

/** What every stand-in id starts with. */
export const STAND_IN_PREFIX = 'usb:';

/** A stand-in id for a device USB lists at `location` without a readable serial. */
export function standInUdid(location: string): string {
  return `${STAND_IN_PREFIX}${location}`;
}

/** True when `udid` is a stand-in, not the device's real UDID. */
export function isStandInUdid(udid: string): boolean {
  return udid.startsWith(STAND_IN_PREFIX);
}

/**
 * Devices USB sees but usbmuxd does not: on Windows that means Apple's device support is missing
 * or stopped; for a phone in recovery or DFU mode it is expected (usbmuxd only serves normal mode).
 */
export function devicesOnlyUsbSees(snapshot: Pick<Snapshot, 'devices'>): Device[] {
  return snapshot.devices.filter((device) => device.seenBy.includes('usb') && !device.seenBy.includes('usbmux'));
}

/** How many characters of a UDID stay visible at each end when it is shown. */
const SHOWN_HEAD = 8;
const SHOWN_TAIL = 4;

/**
 * A device's identifier as the app shows it: the first 8 and last 4 characters ("00008120…001E"),
 * enough to tell two phones apart and to match Finder's list, never the whole UDID. Null for a
 * stand-in, which identifies nothing, and for anything too short to be a UDID.
 */
export function shortDeviceId(udid: string): string | null {
  if (isStandInUdid(udid)) return null;
  // Without the hyphen, a phone's id reads the same whether it comes from usbmuxd or a backup folder's name.
  const plain = udid.replace(/-/g, '');
  // Too short to be a UDID: nothing could be shown without showing all of it.
  if (plain.length <= SHOWN_HEAD + SHOWN_TAIL) return null;
  return `${plain.slice(0, SHOWN_HEAD)}…${plain.slice(-SHOWN_TAIL)}`;
}
