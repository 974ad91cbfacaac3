import { describe, expect, it } from 'vitest';
import { devicesOnlyUsbSees, isStandInUdid, standInUdid } from '../../../src/shared/device-identity';
import type { Device } from '../../../src/shared/snapshot';

const device = (udid: string, seenBy: Device['seenBy']): Device => ({ udid, kind: 'iphone', name: null, iosVersion: null, productType: null, connections: ['usb'], paired: null, seenBy });

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
});
