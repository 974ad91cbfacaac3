import { describe, expect, it } from 'vitest';
import { composeSnapshot } from '../../../../src/main/core/compose';
import type { ProbeReport } from '../../../../src/main/core/probe';
import type { Device, Sources } from '../../../../src/shared/snapshot';
import { devicesOnlyUsbSees, isStandInUdid } from '../../../../src/shared/device-identity';

const udid = '00008130-001A2B3C4D5E001E';

function device(overrides: Partial<Device>): Device {
  return { udid, kind: 'other', name: null, iosVersion: null, productType: null, connections: [], paired: null, seenBy: [], phoneSays: null, phoneSaysReason: null, ...overrides };
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

    it('joins a USB device whose serial could not be read with the phone usbmuxd lists over USB', () => {
      const reports = new Map<keyof Sources, ProbeReport>([
        ['usb', { devices: [device({ udid: 'usb:1-4:7', kind: 'iphone', connections: ['usb'], seenBy: ['usb'] })] }],
        ['usbmux', { devices: [device({ kind: 'iphone', name: "Ana's iPhone", connections: ['usb'], seenBy: ['usbmux'] })] }],
      ]);
      expect(composeSnapshot(reports, 1).devices).toEqual([
        device({ kind: 'iphone', name: "Ana's iPhone", connections: ['usb'], seenBy: ['usb', 'usbmux'] }),
      ]);
    });

    it('keeps a phone only USB sees as its own device, the fact that Apple device support is missing', () => {
      const standIn = device({ udid: 'usb:1-4:7', kind: 'iphone', connections: ['usb'], seenBy: ['usb'] });
      const reports = new Map<keyof Sources, ProbeReport>([
        ['usb', { devices: [standIn] }],
        ['usbmux', { devices: [device({ kind: 'ipad', connections: ['usb'], seenBy: ['usbmux'] })], source: { state: 'ok', reason: null } }],
      ]);
      const snapshot = composeSnapshot(reports, 1);
      expect(snapshot.devices).toHaveLength(2);
      expect(devicesOnlyUsbSees(snapshot)).toEqual([standIn]);
      expect(isStandInUdid(devicesOnlyUsbSees(snapshot)[0]?.udid ?? '')).toBe(true);
    });

    it('never joins a phone in recovery mode, or one reached only over Wi-Fi, with a USB stand-in', () => {
      const reports = new Map<keyof Sources, ProbeReport>([
        ['usb', { devices: [device({ udid: 'usb:1-4:7', kind: 'recovery', connections: ['usb'], seenBy: ['usb'] }), device({ udid: 'usb:1-5:8', kind: 'iphone', connections: ['usb'], seenBy: ['usb'] })] }],
        ['usbmux', { devices: [device({ kind: 'other', connections: ['network'], seenBy: ['usbmux'] })] }],
      ]);
      expect(composeSnapshot(reports, 1).devices.map((d) => d.udid)).toEqual([udid, 'usb:1-4:7', 'usb:1-5:8']);
    });

    it("keeps what the phone says from usbmuxd's view, and the reason of the view that can reach the phone", () => {
      const says = { icloudBackupEnabled: true, willEncrypt: false, lastComputerBackup: null, lastIcloudBackup: null, charging: true, onPower: true, batteryPercent: 80, storageUsedBytes: 1, storageCapacityBytes: 2 };
      const usb = device({ kind: 'iphone', connections: ['usb'], seenBy: ['usb'], phoneSaysReason: 'unreachable' });
      const answered = composeSnapshot(new Map<keyof Sources, ProbeReport>([['usb', { devices: [usb] }], ['usbmux', { devices: [device({ seenBy: ['usbmux'], phoneSays: says })] }]]), 1);
      expect(answered.devices[0]).toMatchObject({ phoneSays: says, phoneSaysReason: null });
      const locked = composeSnapshot(new Map<keyof Sources, ProbeReport>([['usb', { devices: [usb] }], ['usbmux', { devices: [device({ seenBy: ['usbmux'], phoneSaysReason: 'locked' })] }]]), 1);
      expect(locked.devices[0]).toMatchObject({ phoneSays: null, phoneSaysReason: 'locked' });
      const alone = composeSnapshot(new Map<keyof Sources, ProbeReport>([['usb', { devices: [usb] }]]), 1);
      expect(alone.devices[0]?.phoneSaysReason).toBe('unreachable');
    });

    it('leaves sources that have not reported as pending', () => {
      const snapshot = composeSnapshot(new Map(), 0);
      expect(snapshot.sources.usbmux.state).toBe('pending');
    });
  });
});
