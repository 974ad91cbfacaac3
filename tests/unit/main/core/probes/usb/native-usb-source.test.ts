import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  createNativeUsbSource,
  LINUX_USB_SYSFS,
  usbBusProblem,
  usbDeviceInfo,
  type ConnectionEventLike,
  type WebUsbDeviceLike,
  type WebUsbLike,
} from '../../../../../../src/main/core/probes/usb/native-usb-source';
import type { UsbEvent } from '../../../../../../src/main/core/probes/usb/usb-source';
import { bundleForNode } from '../../../../../support/bundle-for-node';

const run = promisify(execFile);
const noUsbBus = process.platform === 'linux' && !existsSync(LINUX_USB_SYSFS);
if (!noUsbBus) console.warn(`Skipping the crash-guard checks: they need a Linux machine without ${LINUX_USB_SYSFS}.`);

/** A WebUSB bus a test holds: its devices, its listeners, and a way to fire its events. */
function webUsbBus(devices: WebUsbDeviceLike[], listing?: Error) {
  const listeners = new Map<string, Set<(event: ConnectionEventLike) => void>>([
    ['connect', new Set()],
    ['disconnect', new Set()],
  ]);
  const bus: WebUsbLike = {
    getDevices: async () => {
      if (listing) throw listing;
      return devices;
    },
    addEventListener: (type, listener) => void listeners.get(type)?.add(listener),
    removeEventListener: (type, listener) => void listeners.get(type)?.delete(listener),
  };
  const fire = (type: 'connect' | 'disconnect', device: WebUsbDeviceLike) => listeners.get(type)?.forEach((listener) => listener({ device }));
  const listening = () => (listeners.get('connect')?.size ?? 0) + (listeners.get('disconnect')?.size ?? 0);
  return { bus, fire, listening };
}

const IPHONE: WebUsbDeviceLike = { vendorId: 0x05ac, productId: 0x12a8, bus: '1-4', address: 7, serialNumber: '00008130001A2B3C4D5E001E' };
const withBus = (bus: WebUsbLike) => createNativeUsbSource({ platform: 'darwin', loadWebUsb: async () => bus });

/** Runs `script` in a child node and returns how it ended. */
async function node(script: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', script], { timeout: 20_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('probes', () => {
  describe('native usb source', () => {
    describe('usbBusProblem', () => {
      it('names the missing sysfs folder on Linux, and sees no problem elsewhere', () => {
        expect(usbBusProblem('linux', () => false)).toContain('/sys/bus/usb/devices is missing');
        const asked: string[] = [];
        expect(usbBusProblem('linux', (path) => (asked.push(path), true))).toBeNull();
        expect(asked).toEqual(['/sys/bus/usb/devices']);
        expect(usbBusProblem('win32', () => false)).toBeNull();
        expect(usbBusProblem('darwin', () => false)).toBeNull();
      });
    });

    describe('usbDeviceInfo', () => {
      it('reads a WebUSB device, and no serial where reading it throws', () => {
        const device = {
          vendorId: 0x05ac,
          productId: 0x12a8,
          bus: '1-4',
          address: 7,
          get serialNumber(): string {
            throw new Error('LIBUSB_ERROR_NOT_SUPPORTED');
          },
        };
        expect(usbDeviceInfo(device)).toEqual({ location: '1-4:7', vendorId: 0x05ac, productId: 0x12a8, serialNumber: null });
      });
    });

    describe('watching a bus', () => {
      it('lists what is plugged in, then hears plugging and unplugging until stopped', async () => {
        const { bus, fire, listening } = webUsbBus([IPHONE]);
        const events: UsbEvent[] = [];
        const watch = await withBus(bus).watch((event) => events.push(event));
        expect(watch.devices).toEqual([{ location: '1-4:7', vendorId: 0x05ac, productId: 0x12a8, serialNumber: '00008130001A2B3C4D5E001E' }]);
        const ipad = { vendorId: 0x05ac, productId: 0x12ab, bus: '2-1', address: 3 };
        fire('connect', ipad);
        fire('disconnect', IPHONE);
        expect(events).toEqual([
          { type: 'attach', device: { location: '2-1:3', vendorId: 0x05ac, productId: 0x12ab, serialNumber: null } },
          { type: 'detach', location: '1-4:7' },
        ]);
        await watch.stop();
        expect(listening()).toBe(0);
        fire('connect', IPHONE);
        expect(events).toHaveLength(2);
      });

      it('names a device with no bus or address by question marks rather than "undefined"', () => {
        expect(usbDeviceInfo({ vendorId: 0x05ac, productId: 0x12a8 }).location).toBe('?:?');
      });

      it('says the bus could not be read, with why, and listens to nothing', async () => {
        const denied = new Error('LIBUSB_ERROR_ACCESS');
        const { bus, listening } = webUsbBus([], denied);
        const failure = await withBus(bus)
          .watch(() => {})
          .catch((error: unknown) => error);
        expect(failure).toBeInstanceOf(Error);
        expect((failure as Error).message).toBe('The USB bus could not be read: LIBUSB_ERROR_ACCESS');
        // The library's own error stays attached for the log.
        expect((failure as Error).cause).toBe(denied);
        expect(listening()).toBe(0);
      });

      it('passes a library that fails to load on to the probe with why, rather than an empty bus', async () => {
        const source = createNativeUsbSource({
          platform: 'win32',
          loadWebUsb: async () => {
            throw new Error('The specified module could not be found.');
          },
        });
        // The real loader adds "The USB library could not be loaded" (native-usb-loader.test.ts, where the package fails to load).
        await expect(source.watch(() => {})).rejects.toThrow('The specified module could not be found.');
      });

      it('refuses before loading the library where Linux has no USB subsystem', async () => {
        let loaded = false;
        const source = createNativeUsbSource({
          platform: 'linux',
          pathExists: () => false,
          loadWebUsb: async () => {
            loaded = true;
            return webUsbBus([]).bus;
          },
        });
        await expect(source.watch(() => {})).rejects.toThrow(`(${LINUX_USB_SYSFS} is missing)`);
        expect(loaded).toBe(false);
      });
    });

    describe.skipIf(!noUsbBus)('on this machine without a USB bus', () => {
      it('would crash a process that adds a hot-plug listener unguarded', async () => {
        const outcome = await node("import { usb } from 'usb'; usb.addEventListener('connect', () => {}); setTimeout(() => console.log('alive'), 1000);");
        expect(outcome.code).not.toBe(0);
        expect(outcome.stdout).not.toContain('alive');
        expect(outcome.stderr).toContain('/sys/bus/usb/devices');
      });

      it('reports the bus unavailable and keeps the process alive behind the guard', async () => {
        const bundle = await bundleForNode('src/main/core/probes/usb/index.ts', 'usb-probe');
        const outcome = await node(
          [
            `const { createUsbProbe } = await import(${JSON.stringify(bundle)});`,
            'const probe = createUsbProbe();',
            'await probe.start((report) => console.log(JSON.stringify(report)));',
            "setTimeout(async () => { await probe.stop(); console.log('alive'); }, 1000);",
          ].join('\n'),
        );
        expect(outcome.code).toBe(0);
        const [report, alive] = outcome.stdout.trim().split('\n');
        expect(JSON.parse(report ?? '')).toEqual({ devices: [], source: { state: 'unavailable', reason: expect.stringContaining(LINUX_USB_SYSFS) } });
        expect(alive).toBe('alive');
      });

      it('turns a failing bus into a reason even when the guard is bypassed', async () => {
        const bundle = await bundleForNode('src/main/core/probes/usb/native-usb-source.ts', 'native-usb-source');
        const outcome = await node(
          [
            `const { createNativeUsbSource } = await import(${JSON.stringify(bundle)});`,
            "const source = createNativeUsbSource({ pathExists: () => true });",
            "await source.watch(() => {}).then(() => console.log('watching'), (error) => console.log(error.message));",
            "setTimeout(() => console.log('alive'), 1000);",
          ].join('\n'),
        );
        expect(outcome.code).toBe(0);
        expect(outcome.stdout).toContain('The USB bus could not be read: getDevices error: /sys/bus/usb/devices/ not found');
        expect(outcome.stdout).toContain('alive');
      });
    });
  });
});
