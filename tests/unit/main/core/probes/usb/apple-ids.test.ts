import { describe, expect, it } from 'vitest';
import { classifyUsbIds, kindFromDeviceClass, kindFromProductId, NOT_PHONES, udidFromUsbSerial } from '../../../../../../src/main/core/probes/usb/apple-ids';

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
    });
  });
});
