import { describe, expect, it } from 'vitest';
import { chooseDevice, findProblem, isReady, normalizeUdid, programMissing, sameUdid } from '../../../../src/shared/guidance/device';
import { chooseRoute } from '../../../../src/shared/guidance/route';
import type { ProblemId } from '../../../../src/shared/guidance/types';
import type { Snapshot } from '../../../../src/shared/snapshot';
import { PHONES, snapshot } from '../../../support/snapshots';

function problemIn(world: Snapshot): ProblemId | null {
  return findProblem(world, chooseDevice(world.devices), chooseRoute(world.host));
}

describe('guidance', () => {
  describe('device', () => {
    it('treats a UDID with and without its hyphen, in either case, as one device', () => {
      expect(sameUdid('00008130-001A2B3C4D5E001E', '00008130001a2b3c4d5e001e')).toBe(true);
      expect(sameUdid('00008130-001A2B3C4D5E001E', '00008130-001A2B3C4D5E001F')).toBe(false);
      expect(normalizeUdid('0000-ab')).toBe('0000AB');
    });

    it.each<[string, Snapshot, ProblemId | null]>([
      ['a ready phone on a Mac', snapshot({ devices: [PHONES.ready] }), null],
      ['recovery mode', snapshot({ devices: [PHONES.recovery] }), 'recovery-mode'],
      ['DFU mode', snapshot({ devices: [PHONES.dfu] }), 'dfu-mode'],
      ['USB sees it, usbmuxd does not (Windows)', snapshot({ os: 'windows', version: '10.0.22631', devices: [PHONES.usbOnly] }), 'no-device-support'],
      ['USB sees it, usbmuxd does not (Mac)', snapshot({ devices: [PHONES.usbOnly] }), 'no-device-support'],
      ['only over Wi-Fi', snapshot({ devices: [PHONES.wifiOnly] }), 'network-only'],
      ['no phone, Windows with the service missing', snapshot({ os: 'windows', version: '10.0.22631', software: { mobileDeviceService: 'missing' } }), 'no-device-support'],
      ['no phone, Windows with the service stopped', snapshot({ os: 'windows', version: '10.0.19045', software: { mobileDeviceService: 'stopped' } }), 'no-device-support'],
      [
        'no phone, Windows where usbmuxd does not answer',
        snapshot({ os: 'windows', version: '10.0.22631', sources: { usbmux: { state: 'unavailable', reason: 'No answer on 27015.' } } }),
        'no-device-support',
      ],
      ['no phone, Windows with the service running', snapshot({ os: 'windows', version: '10.0.22631', software: { mobileDeviceService: 'running' } }), null],
      ['no phone, a Mac whose usbmuxd does not answer', snapshot({ sources: { usbmux: { state: 'unavailable', reason: 'x' } } }), null],
      ['Windows 11 without Apple Devices', snapshot({ os: 'windows', version: '10.0.22631', software: { appleDevices: false, itunes: 'none' }, devices: [PHONES.ready] }), 'program-missing'],
      ['Windows 7 without iTunes', snapshot({ os: 'windows', version: '6.1.7601', software: { itunes: 'none' } }), 'program-missing'],
      ['Windows with only iTunes is fine', snapshot({ os: 'windows', version: '10.0.22631', software: { appleDevices: false, itunes: 'desktop' } }), null],
      ['a computer with no program at all', snapshot({ os: 'other', version: '1' }), 'no-program'],
    ])('%s → %s', (_label, world, problem) => {
      expect(problemIn(world)).toBe(problem);
    });

    it('calls only a normal-mode device on the cable that usbmuxd serves ready', () => {
      expect(isReady(PHONES.ready)).toBe(true);
      // Even where usbmuxd lists a phone in recovery or DFU, nothing can back it up.
      expect(isReady({ ...PHONES.recovery, seenBy: ['usb', 'usbmux'] })).toBe(false);
      expect(isReady({ ...PHONES.dfu, seenBy: ['usb', 'usbmux'] })).toBe(false);
      expect(isReady(PHONES.usbOnly)).toBe(false);
      expect(isReady(PHONES.wifiOnly)).toBe(false);
    });

    it('guides for a ready phone first, then one in recovery or DFU, then one only USB sees, then one only on Wi-Fi', () => {
      const { ready, recovery, dfu, usbOnly, wifiOnly } = PHONES;
      expect(chooseDevice([wifiOnly, usbOnly, recovery, ready])).toBe(ready);
      expect(chooseDevice([wifiOnly, usbOnly, recovery])).toBe(recovery);
      expect(chooseDevice([wifiOnly, usbOnly, dfu])).toBe(dfu);
      expect(chooseDevice([wifiOnly, usbOnly])).toBe(usbOnly);
      expect(chooseDevice([usbOnly, wifiOnly])).toBe(usbOnly);
      expect(chooseDevice([wifiOnly])).toBe(wifiOnly);
      expect(chooseDevice([])).toBeNull();
    });

    it('knows a program is missing only on Windows, and only for the program the route uses', () => {
      const none = { appleDevices: false, itunes: 'none' } as const;
      const mac = snapshot({ software: none });
      expect(programMissing(mac, 'finder')).toBe(false);
      expect(programMissing(mac, 'itunes')).toBe(false);
      const windows = snapshot({ os: 'windows', version: '10.0.22631', software: none });
      expect(programMissing(windows, 'apple-devices')).toBe(true);
      expect(programMissing(windows, 'itunes')).toBe(true);
      expect(programMissing(windows, 'finder')).toBe(false);
      expect(programMissing(windows, 'idevicebackup2')).toBe(false);
      const unknown = snapshot({ os: 'windows', version: '10.0.22631' });
      expect(programMissing(unknown, 'apple-devices')).toBe(false);
      expect(programMissing(unknown, 'itunes')).toBe(false);
      expect(programMissing(snapshot({ os: 'windows', version: '10.0.22631', software: { itunes: 'store' } }), 'itunes')).toBe(false);
    });
  });
});
