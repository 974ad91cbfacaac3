import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { devicesOnlyUsbSees, isStandInUdid, shortDeviceId, standInUdid } from '../../../src/shared/device-identity';
import type { Device } from '../../../src/shared/snapshot';

const device = (udid: string, seenBy: Device['seenBy']): Device => ({ udid, kind: 'iphone', name: null, iosVersion: null, productType: null, connections: ['usb'], paired: null, seenBy, phoneSays: null, phoneSaysReason: 'unreachable' });

describe('device identity', () => {
  describe('standInUdid', () => {
    it('makes ids that are never mistaken for a UDID', () => {
      expect(standInUdid('1-4:7')).toBe('usb:1-4:7');
      expect(isStandInUdid(standInUdid('1-4:7'))).toBe(true);
      expect(isStandInUdid('00008120-001A2B3C4D5E001E')).toBe(false);
    });
  });

  describe('devicesOnlyUsbSees', () => {
    it('finds the devices USB sees and usbmuxd does not', () => {
      const usbOnly = device('usb:1-4:7', ['usb']);
      const both = device('00008120-001A2B3C4D5E001E', ['usb', 'usbmux']);
      const muxOnly = device('3f1c2b7a9e8d4c6b5a4f3e2d1c0b9a8f7e6d5c4b', ['usbmux']);
      expect(devicesOnlyUsbSees({ devices: [usbOnly, both, muxOnly] })).toEqual([usbOnly]);
    });
  });

  describe('shortDeviceId', () => {
    it('shows the first 8 and last 4 characters of a newer phone’s UDID, the same with or without its hyphen', () => {
      expect(shortDeviceId('00008120-001A2B3C4D5E001E')).toBe('00008120…001E');
      expect(shortDeviceId('00008120001A2B3C4D5E001E')).toBe('00008120…001E');
    });
    it('shortens an older phone’s 40-character UDID the same way', () => {
      expect(shortDeviceId('3f1c2b7a9e8d4c6b5a4f3e2d1c0b9a8f7e6d5c4b')).toBe('3f1c2b7a…5c4b');
    });
    it('shows nothing for a stand-in, which is no identifier, nor for anything too short to shorten', () => {
      expect(shortDeviceId(standInUdid('1-4:7'))).toBeNull();
      expect(shortDeviceId('ABCDEF')).toBeNull();
    });
    it('never shows a whole identifier, whatever its length', () => {
      fc.assert(
        fc.property(fc.stringMatching(/^[0-9A-Fa-f]{1,64}$/), fc.nat(), (hex, at) => {
          const udid = `${hex.slice(0, at % (hex.length + 1))}-${hex.slice(at % (hex.length + 1))}`;
          const short = shortDeviceId(udid);
          const plain = udid.replace(/-/g, '');
          if (short === null) return plain.length <= 12;
          return short === `${plain.slice(0, 8)}…${plain.slice(-4)}` && !short.includes(plain);
        }),
      );
    });
  });

  describe('shortDeviceId at its edges', () => {
    it('shows nothing for a stand-in, even one long enough to cut, and nothing for twelve characters or fewer', () => {
      expect(shortDeviceId(standInUdid('1-4.2.3.1:17'))).toBeNull();
      expect(shortDeviceId('123456789012')).toBeNull();
      expect(shortDeviceId('1234567890123')).toBe('12345678…0123');
    });
  });
});
