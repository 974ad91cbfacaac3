import { describe, expect, it } from 'vitest';
import type { UsbEvent, UsbSource } from '../../../../../../src/main/core/probes/usb/usb-source';
import type { ProbeReport } from '../../../../../../src/main/core/probe';
import { createUsbProbe, deviceFromUsb } from '../../../../../../src/main/core/probes/usb';
import { createScriptedUsbSource, usbIphone } from '../../../../../support/usb/scripted-usb-source';
import { collectReports } from '../../../../../support/probes/collect-reports';

describe('probes', () => {
  describe('usb', () => {
    describe('deviceFromUsb', () => {
      it('names a phone by the UDID in its serial', () => {
        expect(deviceFromUsb(usbIphone('1-4:7', '00008130001A2B3C4D5E001E'))).toEqual({
          udid: '00008130-001A2B3C4D5E001E',
          kind: 'iphone',
          name: null,
          iosVersion: null,
          productType: null,
          connections: ['usb'],
          paired: null,
          seenBy: ['usb'],
          // USB alone cannot ask the phone anything.
          phoneSays: null,
          phoneSaysReason: 'unreachable',
        });
      });
      it('gives a phone without a readable serial a stand-in id from where it is plugged', () => {
        expect(deviceFromUsb(usbIphone('1-4:7'))?.udid).toBe('usb:1-4:7');
      });
      it('leaves out a T2 chip and a keyboard', () => {
        expect(deviceFromUsb({ location: '1-1:2', vendorId: 0x05ac, productId: 0x8600, serialNumber: null })).toBeNull();
        expect(deviceFromUsb({ location: '1-1:3', vendorId: 0x05ac, productId: 0x0250, serialNumber: null })).toBeNull();
      });
    });

    describe('createUsbProbe', () => {
      it('lists the Apple phones on the bus and follows plug and unplug', async () => {
        const bus = createScriptedUsbSource([usbIphone('1-4:7'), { location: '1-1:2', vendorId: 0x05ac, productId: 0x8600, serialNumber: null }]);
        const probe = await collectReports(createUsbProbe({ source: bus }));
        expect(probe.latest()).toMatchObject({ devices: [{ udid: 'usb:1-4:7', kind: 'iphone' }], source: { state: 'ok' } });
        bus.plug({ location: '2-1:3', vendorId: 0x05ac, productId: 0x1281, serialNumber: 'CPID:8101 ECID:001A2B3C4D5E001E' });
        expect(probe.latest().devices?.map((device) => device.kind)).toEqual(['iphone', 'recovery']);
        bus.unplug('1-4:7');
        bus.unplug('2-1:3');
        expect(probe.latest().devices).toEqual([]);
        await probe.stop();
        expect(bus.watchCount()).toBe(0);
      });

      it('reports the bus unavailable, with the reason, when it cannot be read', async () => {
        const probe = await collectReports(createUsbProbe({ source: createScriptedUsbSource([], 'No USB here.') }));
        expect(probe.latest()).toEqual({ devices: [], source: { state: 'unavailable', reason: 'No USB here.' } });
      });

      it('names itself the usb source', () => {
        expect(createUsbProbe({ source: createScriptedUsbSource() }).source).toBe('usb');
      });

      it('stops the watch that was still starting when the probe was stopped, and reports nothing', async () => {
        let finishWatch: () => void = () => {};
        let watchStops = 0;
        const slow: UsbSource = {
          watch: () =>
            new Promise((resolve) => {
              finishWatch = () => resolve({ devices: [usbIphone('1-4:7')], stop: async () => void watchStops++ });
            }),
        };
        const reports: ProbeReport[] = [];
        const probe = createUsbProbe({ source: slow });
        const started = probe.start((report) => reports.push(report));
        await probe.stop();
        finishWatch();
        await started;
        expect(watchStops).toBe(1);
        expect(reports).toEqual([]);
      });

      it('ignores events the USB library delivers after the probe stopped', async () => {
        let deliver: (event: UsbEvent) => void = () => {};
        let watchStops = 0;
        // node-usb may still hand over an event it had queued when the watch was stopped.
        const late: UsbSource = {
          watch: async (onEvent) => {
            deliver = onEvent;
            return { devices: [], stop: async () => void watchStops++ };
          },
        };
        const reports: ProbeReport[] = [];
        const probe = createUsbProbe({ source: late });
        await probe.start((report) => reports.push(report));
        expect(reports).toHaveLength(1);
        await probe.stop();
        expect(watchStops).toBe(1);
        deliver({ type: 'attach', device: usbIphone('1-4:7') });
        expect(reports).toHaveLength(1);
        await probe.stop();
        expect(watchStops).toBe(1);
      });
    });
  });
});
