/**
 * Every Apple USB id the app knows, in one place (facts: apple-facts §1; usbmuxd `src/usb.h`,
 * libirecovery `include/libirecovery.h`, the Linux usb.ids list). Classification uses the vendor
 * and product id alone, because on Windows and macOS that is all USB can read while Apple's
 * driver owns the phone; lockdown's DeviceClass refines it when usbmuxd can reach the phone.
 */
import type { DeviceKind } from '../../../../shared/snapshot';

/** Apple's USB vendor id. */
export const APPLE_VENDOR_ID = 0x05ac;

/** An inclusive range of product ids. */
interface IdRange {
  from: number;
  to: number;
  kind: DeviceKind;
}

/** iOS-family devices in normal mode (the range usbmuxd claims). */
const NORMAL_MODE: IdRange = { from: 0x1290, to: 0x12af, kind: 'other' };

/** Product ids inside the normal-mode range whose device class usb.ids names. */
const NORMAL_MODE_KINDS: Record<number, DeviceKind> = {
  0x12a8: 'iphone', // Also newer and USB-C iPhones: UNCONFIRMED, but they stay inside the range.
  0x12ab: 'ipad',
  0x12aa: 'ipod',
  0x12a7: 'other', // Apple TV
  0x12af: 'other', // Apple Watch
};

/** Modes in which a phone can be restored but not backed up. */
const RESTORE_MODES: IdRange[] = [
  { from: 0x1280, to: 0x1283, kind: 'recovery' },
  { from: 0x1227, to: 0x1227, kind: 'dfu' },
  { from: 0x1222, to: 0x1222, kind: 'dfu' }, // WTF mode, the stage before DFU on old devices.
  { from: 0xf014, to: 0xf014, kind: 'dfu' }, // Port DFU.
];

const inRange = (id: number, range: { from: number; to: number }) => id >= range.from && id <= range.to;

/** The kind of Apple mobile device for these ids, or null for anything that is not one. */
export function classifyUsbIds(vendorId: number, productId: number): DeviceKind | null {
  if (vendorId !== APPLE_VENDOR_ID) return null;
  if (inRange(productId, NORMAL_MODE)) return NORMAL_MODE_KINDS[productId] ?? NORMAL_MODE.kind;
  return RESTORE_MODES.find((range) => inRange(productId, range))?.kind ?? null;
}

/** The kind for a product id usbmuxd reports (usbmuxd only serves Apple's normal-mode range). */
export function kindFromProductId(productId: number | null): DeviceKind {
  return productId === null ? 'other' : (classifyUsbIds(APPLE_VENDOR_ID, productId) ?? 'other');
}

/** The kind for lockdown's `DeviceClass` ("iPhone", "iPad", "iPod", "AppleTV", "Watch" …). */
export function kindFromDeviceClass(deviceClass: string | null): DeviceKind | null {
  switch (deviceClass?.toLowerCase()) {
    case 'iphone':
      return 'iphone';
    case 'ipad':
      return 'ipad';
    case 'ipod':
      return 'ipod';
    case undefined:
      return null;
    default:
      return 'other';
  }
}

/**
 * The UDID a USB serial string carries, written the way usbmuxd writes it: 24-hex serials of
 * newer devices get a hyphen after the 8th digit (usbmuxd `src/usb.c`); 40-hex ones stay as they
 * are. Null for anything else, such as the `CPID:… ECID:…` string of a phone in DFU or recovery.
 */
export function udidFromUsbSerial(serial: string | null): string | null {
  const text = serial?.trim() ?? '';
  if (/^[0-9a-f]{40}$/i.test(text)) return text;
  if (/^[0-9a-f]{24}$/i.test(text)) return `${text.slice(0, 8)}-${text.slice(8)}`;
  if (/^[0-9a-f]{8}-[0-9a-f]{16}$/i.test(text)) return text;
  return null;
}
