import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { LINUX_USB_SYSFS, usbBusProblem, usbDeviceInfo } from '../../../../../../src/main/core/probes/usb/native-usb-source';
import { bundleForNode } from '../../../../../support/bundle-for-node';

const run = promisify(execFile);
const noUsbBus = process.platform === 'linux' && !existsSync(LINUX_USB_SYSFS);
if (!noUsbBus) console.warn(`Skipping the crash-guard checks: they need a Linux machine without ${LINUX_USB_SYSFS}.`);

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
        expect(usbBusProblem('linux', () => false)).toContain(LINUX_USB_SYSFS);
        expect(usbBusProblem('linux', () => true)).toBeNull();
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
