import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestUsbmuxd, type TestUsbmuxd } from '../../../support/usbmuxd/test-usbmuxd';
import { ANAS_IPHONE, BRUNOS_IPAD, phoneDomains, phoneValues, type ScriptedDevice } from '../../../support/usbmuxd/scripted-device';
import { createUsbmuxProbe } from '../../../../src/main/core/probes/usbmux';
import { collectReports } from '../../../support/probes/collect-reports';

const run = promisify(execFile);
const TOOLS = ['/usr/bin/idevice_id', '/usr/bin/ideviceinfo', '/usr/bin/idevicepair'];
const missing = TOOLS.filter((tool) => !existsSync(tool));
if (missing.length > 0) {
  console.warn(`Skipping the libimobiledevice checks: ${missing.join(', ')} not installed (apt-get install libimobiledevice-utils).`);
}

/** Runs one of libimobiledevice's tools against the test usbmuxd. */
function tool(usbmuxd: TestUsbmuxd, name: string, args: string[]) {
  return run(name, args, { env: { ...process.env, USBMUXD_SOCKET_ADDRESS: usbmuxd.address }, timeout: 10_000 });
}

/** Runs a tool expected to fail, with its exit code and everything it printed. */
function failing(usbmuxd: TestUsbmuxd, name: string, args: string[]): Promise<{ code: number; output: string }> {
  return tool(usbmuxd, name, args).then(
    () => ({ code: 0, output: '' }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  );
}

/** `ideviceinfo -q DOMAIN`'s "Key: value" lines as a record. */
async function domain(usbmuxd: TestUsbmuxd, udid: string, name: string): Promise<Record<string, string>> {
  const { stdout } = await tool(usbmuxd, 'ideviceinfo', ['-u', udid, '-q', name]);
  return Object.fromEntries(stdout.trim().split('\n').map((line) => line.split(': ') as [string, string]));
}

/** Dario's iPhone on iOS 9.3.5, paired long ago: TLS 1.0 only, 1024-bit keys and SHA-1. */
const DARIOS_OLD_IPHONE: ScriptedDevice = {
  udid: 'b2c3d4e5f60718293a4b5c6d7e8f901234567890',
  values: phoneValues('b2c3d4e5f60718293a4b5c6d7e8f901234567890', "Dario's iPhone", { ProductType: 'iPhone8,1', ProductVersion: '9.3.5' }),
  paired: true,
  domains: phoneDomains({ battery: { BatteryCurrentCapacity: 31 } }),
  tlsMaxVersion: 'TLSv1',
  pairingStrength: { bits: 1024, digest: 'sha1' },
};

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

    it('runs a session for ideviceinfo -q, which reads the battery, storage and backup domains through the pair record', async () => {
      usbmuxd = await startTestUsbmuxd({ devices: [ANAS_IPHONE] });
      expect(await domain(usbmuxd, ANAS_IPHONE.udid, 'com.apple.mobile.battery')).toEqual({ BatteryCurrentCapacity: '64', BatteryIsCharging: 'true', ExternalConnected: 'true' });
      expect(await domain(usbmuxd, ANAS_IPHONE.udid, 'com.apple.disk_usage')).toMatchObject({ TotalDataCapacity: '113000000000', TotalDataAvailable: '26000000000' });
      expect(await domain(usbmuxd, ANAS_IPHONE.udid, 'com.apple.mobile.backup')).toMatchObject({ CloudBackupEnabled: 'false', WillEncrypt: 'true', LastiTunesBackupDate: '815386800' }); // 2026-11-03 08:20 UTC in Apple's seconds since 2001
      // libimobiledevice asked usbmuxd for the record and the BUID, started a session and upgraded it to TLS.
      expect(usbmuxd.requests).toEqual(expect.arrayContaining(['ReadPairRecord', 'ReadBUID', 'lockdown:StartSession', 'tls:TLSv1.3', 'lockdown:StopSession']));
    });

    it('reads the same values through libimobiledevice as the app does from the same phone', async () => {
      usbmuxd = await startTestUsbmuxd({ devices: [ANAS_IPHONE] });
      const probe = await collectReports(createUsbmuxProbe({ address: usbmuxd.address }));
      const says = probe.latest().devices?.[0]?.phoneSays;
      await probe.stop();
      const battery = await domain(usbmuxd, ANAS_IPHONE.udid, 'com.apple.mobile.battery');
      const disk = await domain(usbmuxd, ANAS_IPHONE.udid, 'com.apple.disk_usage');
      const backup = await domain(usbmuxd, ANAS_IPHONE.udid, 'com.apple.mobile.backup');
      const cocoa = (seconds: string | undefined) => new Date(Date.UTC(2001, 0, 1) + Number(seconds) * 1000).toISOString().replace('.000Z', 'Z');
      expect(says).toEqual({
        icloudBackupEnabled: backup.CloudBackupEnabled === 'true',
        willEncrypt: backup.WillEncrypt === 'true',
        lastComputerBackup: cocoa(backup.LastiTunesBackupDate),
        lastIcloudBackup: cocoa(backup.LastCloudBackupDate),
        charging: battery.BatteryIsCharging === 'true',
        onPower: battery.ExternalConnected === 'true',
        batteryPercent: Number(battery.BatteryCurrentCapacity),
        storageUsedBytes: Number(disk.TotalDataCapacity) - Number(disk.TotalDataAvailable),
        storageCapacityBytes: Number(disk.TotalDataCapacity),
      });
    });

    it('validates the pairing for idevicepair validate, with the record usbmuxd holds', async () => {
      usbmuxd = await startTestUsbmuxd({ devices: [ANAS_IPHONE] });
      const { stdout } = await tool(usbmuxd, 'idevicepair', ['-u', ANAS_IPHONE.udid, 'validate']);
      expect(stdout).toContain(`SUCCESS: Validated pairing with device ${ANAS_IPHONE.udid}`);
    });

    it('turns idevicepair validate down the way a locked phone, or one that trusts another pairing, does', async () => {
      usbmuxd = await startTestUsbmuxd({ devices: [{ ...ANAS_IPHONE, session: 'locked' }, { ...DARIOS_OLD_IPHONE, session: 'another-host' }] });
      const locked = await failing(usbmuxd, 'idevicepair', ['-u', ANAS_IPHONE.udid, 'validate']);
      expect(locked.output).toContain('because a passcode is set');
      const elsewhere = await failing(usbmuxd, 'idevicepair', ['-u', DARIOS_OLD_IPHONE.udid, 'validate']);
      expect(elsewhere.output).toContain('is not paired with this host');
    });

    it('speaks TLS 1.0 with an old pairing to libimobiledevice, as a phone before iOS 10 does', async () => {
      usbmuxd = await startTestUsbmuxd({ devices: [DARIOS_OLD_IPHONE] });
      expect(await domain(usbmuxd, DARIOS_OLD_IPHONE.udid, 'com.apple.mobile.battery')).toMatchObject({ BatteryCurrentCapacity: '31' });
      expect(usbmuxd.requests).toContain('tls:TLSv1');
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
