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

    it('never joins a device in recovery or DFU mode with a phone usbmuxd lists over USB, even of unknown kind', () => {
      // usbmuxd serves no phone in these modes: the phone it lists must be another one on another cable.
      for (const kind of ['recovery', 'dfu'] as const) {
        const restoring = device({ udid: 'usb:1-4:7', kind, connections: ['usb'], seenBy: ['usb'] });
        const reports = new Map<keyof Sources, ProbeReport>([
          ['usbmux', { devices: [device({ kind: 'other', connections: ['usb'], seenBy: ['usbmux'] })] }],
          ['usb', { devices: [restoring] }],
        ]);
        expect(composeSnapshot(reports, 1).devices.map((d) => [d.udid, d.kind])).toEqual([[udid, 'other'], ['usb:1-4:7', kind]]);
      }
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

    it('takes the kind and facts a view knows over one that does not, whichever reports first', () => {
      const bare = device({ kind: 'other', seenBy: ['usbmux'], connections: ['usb'] });
      const rich = device({ kind: 'ipad', productType: 'iPad13,4', seenBy: ['usb'], connections: ['usb'] });
      for (const order of [[bare, rich], [rich, bare]]) {
        const [first, second] = order as [Device, Device];
        const merged = composeSnapshot(new Map<keyof Sources, ProbeReport>([['usbmux', { devices: [first] }], ['usb', { devices: [second] }]]), 1).devices[0];
        expect(merged).toMatchObject({ kind: 'ipad', productType: 'iPad13,4' });
      }
      const both = composeSnapshot(new Map<keyof Sources, ProbeReport>([
        ['usbmux', { devices: [device({ productType: 'iPhone15,2', seenBy: ['usbmux'] })] }],
        ['usb', { devices: [device({ productType: 'iPhone15,3', seenBy: ['usb'] })] }],
      ]), 1).devices[0];
      expect(both?.productType, 'the first view’s own value stands').toBe('iPhone15,2');
    });

    it('gives the reason of the view that can reach the phone even when the other view has none', () => {
      const usb = device({ seenBy: ['usb'], phoneSaysReason: null });
      const mux = device({ seenBy: ['usbmux'], phoneSaysReason: 'locked' });
      expect(composeSnapshot(new Map<keyof Sources, ProbeReport>([['usb', { devices: [usb] }], ['usbmux', { devices: [mux] }]]), 1).devices[0]?.phoneSaysReason).toBe('locked');
    });

    it('joins a stand-in only with a usbmuxd phone over USB that USB has not already matched, and of a kind that fits', () => {
      const standIn = device({ udid: 'usb:1-4:7', kind: 'iphone', connections: ['usb'], seenBy: ['usb'] });
      const compose = (...usbmux: Device[]) => composeSnapshot(new Map<keyof Sources, ProbeReport>([['usbmux', { devices: usbmux }], ['usb', { devices: [standIn] }]]), 1).devices.map((d) => [d.udid, d.seenBy.join('+')]);
      const other = '00008030-000E45A02E38802E';
      // A phone USB already saw by its serial is taken; the next one over USB gets the stand-in.
      const seen = device({ kind: 'iphone', connections: ['usb'], seenBy: ['usb', 'usbmux'] });
      expect(compose(seen, device({ udid: other, kind: 'iphone', connections: ['usb'], seenBy: ['usbmux'] }))).toEqual([[udid, 'usb+usbmux'], [other, 'usb+usbmux']]);
      // An iPad is not an iPhone; a device of unknown kind on either side can be either.
      expect(compose(device({ kind: 'ipad', connections: ['usb'], seenBy: ['usbmux'] }))).toEqual([[udid, 'usbmux'], ['usb:1-4:7', 'usb']]);
      expect(compose(device({ kind: 'other', connections: ['usb'], seenBy: ['usbmux'] }))).toEqual([[udid, 'usb+usbmux']]);
      const unknownStandIn = device({ udid: 'usb:1-4:7', kind: 'other', connections: ['usb'], seenBy: ['usb'] });
      const withUnknown = composeSnapshot(new Map<keyof Sources, ProbeReport>([['usbmux', { devices: [device({ kind: 'ipad', connections: ['usb'], seenBy: ['usbmux'] })] }], ['usb', { devices: [unknownStandIn] }]]), 1);
      expect(withUnknown.devices.map((d) => d.udid)).toEqual([udid]);
      // A DFU-mode device is never a phone usbmuxd serves.
      const dfu = device({ udid: 'usb:1-4:7', kind: 'dfu', connections: ['usb'], seenBy: ['usb'] });
      const withDfu = composeSnapshot(new Map<keyof Sources, ProbeReport>([['usbmux', { devices: [device({ kind: 'other', connections: ['usb'], seenBy: ['usbmux'] })] }], ['usb', { devices: [dfu] }]]), 1);
      expect(withDfu.devices.map((d) => d.udid)).toEqual([udid, 'usb:1-4:7']);
    });

    it('keeps a source status only from a report that has one', () => {
      const snapshot = composeSnapshot(new Map<keyof Sources, ProbeReport>([['usbmux', { source: { state: 'ok', reason: null } }], ['usb', { devices: [] }]]), 1);
      expect(snapshot.sources.usbmux.state).toBe('ok');
      expect(snapshot.sources.usb.state).toBe('pending');
    });

    it('leaves sources that have not reported as pending', () => {
      const snapshot = composeSnapshot(new Map(), 0);
      expect(snapshot.sources.usbmux.state).toBe('pending');
    });
  });
});
