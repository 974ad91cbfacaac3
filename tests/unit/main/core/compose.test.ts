import { describe, expect, it } from 'vitest';
import { composeSnapshot } from '../../../../src/main/core/compose';
import type { ProbeReport } from '../../../../src/main/core/probe';
import type { Device, Sources } from '../../../../src/shared/snapshot';

const udid = '00008130-001A2B3C4D5E001E';

function device(overrides: Partial<Device>): Device {
  return { udid, kind: 'other', name: null, iosVersion: null, productType: null, connections: [], paired: null, seenBy: [], ...overrides };
}

describe('core', () => {
  describe('composeSnapshot', () => {
    it('merges one phone seen by USB and by usbmuxd into one device', () => {
      const reports = new Map<keyof Sources, ProbeReport>([
        ['usb', { devices: [device({ kind: 'iphone', connections: ['usb'], seenBy: ['usb'] })] }],
        ['usbmux', { devices: [device({ name: "Ana's iPhone", iosVersion: '18.1', connections: ['usb', 'network'], paired: true, seenBy: ['usbmux'] })] }],
      ]);
      const snapshot = composeSnapshot(reports, 3);
      expect(snapshot.devices).toEqual([
        device({ kind: 'iphone', name: "Ana's iPhone", iosVersion: '18.1', connections: ['network', 'usb'], paired: true, seenBy: ['usb', 'usbmux'] }),
      ]);
      expect(snapshot.sequence).toBe(3);
    });

    it('leaves sources that have not reported as pending', () => {
      const snapshot = composeSnapshot(new Map(), 0);
      expect(snapshot.sources.usbmux.state).toBe('pending');
    });
  });
});
