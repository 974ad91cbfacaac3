import { describe, expect, it } from 'vitest';
import { classifyUsbIds, kindFromDeviceClass, kindFromProductId, udidFromUsbSerial } from '../../../../../../src/main/core/probes/usb/apple-ids';

/** Apple hardware that is never a phone (apple-facts §1): none of it may show as a device. */
const NOT_PHONES: ReadonlyArray<{ from: number; to: number; what: string }> = [
  { from: 0x8600, to: 0x8600, what: "a Mac's own T2 (iBridge) chip" },
  { from: 0x1901, to: 0x1905, what: 'an Apple-silicon Mac in restore mode' },
  { from: 0x0200, to: 0x02ff, what: 'a keyboard or trackpad' },
  { from: 0x0300, to: 0x03ff, what: 'a mouse' },
  { from: 0x1201, to: 0x1267, what: 'a click-wheel iPod' },
  { from: 0x1300, to: 0x1303, what: 'an iPod shuffle' },
  { from: 0x1392, to: 0x1392, what: 'an Apple Watch charger' },
  { from: 0x1393, to: 0x1393, what: 'an AirPods case' },
  { from: 0x1395, to: 0x1395, what: 'a battery case' },
  { from: 0x1398, to: 0x1398, what: 'a battery case' },
  { from: 0x1460, to: 0x1463, what: 'an adapter' },
  { from: 0x1500, to: 0x1500, what: 'a SuperDrive' },
  { from: 0x8000, to: 0x8fff, what: 'a built-in camera or Bluetooth module' },
];

describe('probes', () => {
  describe('usb ids', () => {
    describe('classifyUsbIds', () => {
      it.each([
        [0x12a8, 'iphone'],
        [0x12ab, 'ipad'],
        [0x12aa, 'ipod'],
        [0x12a7, 'other'],
        [0x12af, 'other'],
        [0x1290, 'other'],
        [0x1280, 'recovery'],
        [0x1283, 'recovery'],
        [0x1227, 'dfu'],
        [0x1222, 'dfu'],
        [0xf014, 'dfu'],
      ])('classifies Apple product %i as %s', (productId, kind) => {
        expect(classifyUsbIds(0x05ac, productId)).toBe(kind);
      });

      it('never shows Apple hardware that is not a phone', () => {
        for (const range of NOT_PHONES) {
          for (const productId of [range.from, range.to]) expect(classifyUsbIds(0x05ac, productId), range.what).toBeNull();
        }
      });

      it("ignores other vendors' devices, even with an iPhone's product id", () => {
        expect(classifyUsbIds(0x046d, 0x12a8)).toBeNull();
      });
    });

    describe('kindFromProductId and kindFromDeviceClass', () => {
      it('reads usbmuxd product ids and lockdown device classes', () => {
        expect(kindFromProductId(0x12ab)).toBe('ipad');
        expect(kindFromProductId(null)).toBe('other');
        expect(kindFromDeviceClass('iPhone')).toBe('iphone');
        expect(kindFromDeviceClass('iPad')).toBe('ipad');
        expect(kindFromDeviceClass('Watch')).toBe('other');
        expect(kindFromDeviceClass(null)).toBeNull();
      });
      it('reads every phone-like class whatever its case, and restore-mode ids usbmuxd may pass on', () => {
        expect(kindFromDeviceClass('iPod')).toBe('ipod');
        expect(kindFromDeviceClass('IPHONE')).toBe('iphone');
        expect(kindFromDeviceClass('')).toBe('other');
        expect(kindFromProductId(0x12a8)).toBe('iphone');
        expect(kindFromProductId(0x1281)).toBe('recovery');
        expect(kindFromProductId(0x8600)).toBe('other');
      });
    });

    describe('udidFromUsbSerial', () => {
      it('writes 24-digit serials with the hyphen usbmuxd puts after the 8th digit', () => {
        expect(udidFromUsbSerial('00008130001A2B3C4D5E001E')).toBe('00008130-001A2B3C4D5E001E');
        expect(udidFromUsbSerial('00008130-001A2B3C4D5E001E')).toBe('00008130-001A2B3C4D5E001E');
      });
      it('keeps 40-digit serials as they are', () => {
        expect(udidFromUsbSerial('3f1c2b7a9e8d4c6b5a4f3e2d1c0b9a8f7e6d5c4b')).toBe('3f1c2b7a9e8d4c6b5a4f3e2d1c0b9a8f7e6d5c4b');
      });
      it('finds no UDID in the serial of a phone in recovery or DFU mode, or in none at all', () => {
        expect(udidFromUsbSerial('CPID:8101 CPRV:11 CPFM:03 SCEP:01 BDID:0C ECID:001A2B3C4D5E001E IBFL:3C')).toBeNull();
        expect(udidFromUsbSerial(null)).toBeNull();
        expect(udidFromUsbSerial('')).toBeNull();
      });
      it('trims the padding some USB stacks leave around a serial', () => {
        expect(udidFromUsbSerial('  00008130001A2B3C4D5E001E\n')).toBe('00008130-001A2B3C4D5E001E');
      });
      it('finds no UDID in a serial one digit too long or short, or with anything around the digits', () => {
        const forty = '3f1c2b7a9e8d4c6b5a4f3e2d1c0b9a8f7e6d5c4b';
        for (const serial of [`${forty}0`, forty.slice(1), `x${forty}`, `${forty}x`, '00008130001A2B3C4D5E001E0', '0008130001A2B3C4D5E001E', 'x00008130001A2B3C4D5E001E', '00008130001A2B3C4D5E001Ex', '00008130-001A2B3C4D5E001E0', 'x00008130-001A2B3C4D5E001E', '0008130-001A2B3C4D5E001E']) {
          expect(udidFromUsbSerial(serial), serial).toBeNull();
        }
      });
    });
  });
});
