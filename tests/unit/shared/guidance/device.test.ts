import { describe, expect, it } from 'vitest';
import { chooseDevice, findProblem, normalizeUdid, sameUdid } from '../../../../src/shared/guidance/device';
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
  });
});
