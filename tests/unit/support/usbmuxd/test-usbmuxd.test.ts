import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestUsbmuxd, type TestUsbmuxd } from '../../../support/usbmuxd/test-usbmuxd';
import { ANAS_IPHONE, BRUNOS_IPAD } from '../../../support/usbmuxd/scripted-device';

const run = promisify(execFile);
const TOOLS = ['/usr/bin/idevice_id', '/usr/bin/ideviceinfo'];
const missing = TOOLS.filter((tool) => !existsSync(tool));
if (missing.length > 0) {
  console.warn(`Skipping the libimobiledevice checks: ${missing.join(', ')} not installed (apt-get install libimobiledevice-utils).`);
}

/** Runs one of libimobiledevice's tools against the test usbmuxd. */
function tool(usbmuxd: TestUsbmuxd, name: string, args: string[]) {
  return run(name, args, { env: { ...process.env, USBMUXD_SOCKET_ADDRESS: usbmuxd.address }, timeout: 10_000 });
}

describe('test usbmuxd', () => {
  let usbmuxd: TestUsbmuxd | undefined;
  afterEach(async () => {
    await usbmuxd?.stop();
    usbmuxd = undefined;
  });

  describe.skipIf(missing.length > 0)('against libimobiledevice', () => {
    it('lists its phones to idevice_id -l', async () => {
      usbmuxd = await startTestUsbmuxd({ devices: [ANAS_IPHONE, BRUNOS_IPAD] });
      const { stdout } = await tool(usbmuxd, 'idevice_id', ['-l']);
      expect(stdout.trim().split('\n').sort()).toEqual([ANAS_IPHONE.udid, BRUNOS_IPAD.udid].sort());
      expect(usbmuxd.requests).toContain('ListDevices');
    });

    it("answers ideviceinfo -s with the phone's public values, through Connect and lockdown", async () => {
      usbmuxd = await startTestUsbmuxd({ devices: [ANAS_IPHONE, BRUNOS_IPAD] });
      const { stdout } = await tool(usbmuxd, 'ideviceinfo', ['-s', '-u', BRUNOS_IPAD.udid]);
      expect(stdout).toContain("DeviceName: Bruno's iPad");
      expect(stdout).toContain('ProductVersion: 17.5');
      expect(stdout).toContain('DeviceClass: iPad');
      expect(stdout).toContain(`UniqueDeviceID: ${BRUNOS_IPAD.udid}`);
      expect(usbmuxd.requests).toEqual(expect.arrayContaining(['Connect', 'lockdown:GetValue']));
    });

    it('answers ideviceinfo -k for one key', async () => {
      usbmuxd = await startTestUsbmuxd({ devices: [ANAS_IPHONE] });
      const { stdout } = await tool(usbmuxd, 'ideviceinfo', ['-s', '-u', ANAS_IPHONE.udid, '-k', 'ProductType']);
      expect(stdout.trim()).toBe('iPhone15,2');
    });

    it('reports a phone it does not have the way usbmuxd does', async () => {
      usbmuxd = await startTestUsbmuxd({ devices: [ANAS_IPHONE] });
      const udid = '0000000000000000000000000000000000000000';
      const failure = (await tool(usbmuxd, 'ideviceinfo', ['-s', '-u', udid]).then(
        () => ({ code: 0, output: '' }),
        (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
      )) as { code: number; output: string };
      expect(failure.code).not.toBe(0);
      expect(failure.output).toContain(`Device ${udid} not found`);
    });
  });
});
