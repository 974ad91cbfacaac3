import { describe, expect, it } from 'vitest';
import { devicesFromRecords, NO_DETAILS, withAnswer, type Details } from '../../../../../../src/main/core/probes/usbmux/device-details';
import type { UsbmuxDeviceRecord } from '../../../../../../src/main/core/probes/usbmux/messages';
import { PHONE_SAYS } from '../../../../../support/snapshots';

const UDID = '00008130-001A2B3C4D5E001E';
const usb: UsbmuxDeviceRecord = { deviceId: 1, udid: UDID, connection: 'usb', productId: 0x12a8 };
const wifi: UsbmuxDeviceRecord = { deviceId: 2, udid: UDID, connection: 'network', productId: null };
const INFO = { name: 'Ana’s iPhone', deviceClass: 'iPhone', productType: 'iPhone15,2', productVersion: '17.5' };

describe('probes', () => {
  describe('usbmux device details', () => {
    it('starts a phone as "asking", with nothing known yet', () => {
      expect(devicesFromRecords([usb], new Map())).toEqual([
        {
          udid: UDID,
          kind: 'iphone',
          name: null,
          iosVersion: null,
          productType: null,
          connections: ['usb'],
          paired: null,
          seenBy: ['usbmux'],
          phoneSays: null,
          phoneSaysReason: 'asking',
        },
      ]);
    });

    it('keeps what the phone said last when it merely did not answer this time', () => {
      const known: Details = { ...NO_DETAILS, paired: true, says: PHONE_SAYS, saysReason: null };
      expect(withAnswer(known, { paired: null, says: null, reason: 'no-answer' })).toEqual({ ...known, paired: true, says: PHONE_SAYS, saysReason: null });
    });

    it('drops what the phone said when it says why it will not answer now (locked, or trust taken back)', () => {
      const known: Details = { ...NO_DETAILS, paired: true, says: PHONE_SAYS, saysReason: null };
      expect(withAnswer(known, { paired: true, says: null, reason: 'locked' })).toMatchObject({ says: null, saysReason: 'locked' });
      expect(withAnswer(known, { paired: false, says: null, reason: 'not-trusted' })).toMatchObject({ paired: false, says: null, saysReason: 'not-trusted' });
    });

    it('takes a first "no answer" as the reason when nothing was said before', () => {
      expect(withAnswer(NO_DETAILS, { paired: null, says: null, reason: 'no-answer' })).toMatchObject({ says: null, saysReason: 'no-answer', paired: null });
    });

    it('takes a fresh answer over the old one, and keeps known trust when the answer does not tell', () => {
      const fresher = { ...PHONE_SAYS, batteryPercent: 99 };
      const known: Details = { ...NO_DETAILS, paired: true, says: PHONE_SAYS, saysReason: null };
      expect(withAnswer(known, { paired: null, says: fresher, reason: null })).toMatchObject({ paired: true, says: fresher, saysReason: null });
      expect(withAnswer({ ...known, paired: false }, { paired: true, says: fresher, reason: null }).paired).toBe(true);
    });

    it('joins a phone seen over USB and Wi-Fi into one device, its kind from lockdown first, else from the USB product id', () => {
      const details = new Map([[UDID, { ...NO_DETAILS, info: { ...INFO, deviceClass: 'iPad' } }]]);
      const [joined] = devicesFromRecords([wifi, usb], details);
      expect(joined).toMatchObject({ kind: 'ipad', name: 'Ana’s iPhone', iosVersion: '17.5', productType: 'iPhone15,2', connections: ['network', 'usb'] });
      // Without lockdown's word, the USB record's product id tells the kind even when Wi-Fi is listed first.
      expect(devicesFromRecords([wifi, { ...usb, productId: 0x12ab }], new Map())[0]?.kind).toBe('ipad');
      expect(devicesFromRecords([wifi], new Map())[0]?.kind).toBe('other');
    });
  });
});
