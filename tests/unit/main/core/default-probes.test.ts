/** The probes the app and the doctor run, as one world: how often a phone that trusts this computer is asked again. */
import os from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../../../src/main/core/create-core';
import { createDefaultProbes, type WorldOptions } from '../../../../src/main/core/default-probes';
import type { Device } from '../../../../src/shared/snapshot';
import { startTestUsbmuxd, type TestUsbmuxd } from '../../../support/usbmuxd/test-usbmuxd';
import { ANAS_IPHONE, phoneDomains } from '../../../support/usbmuxd/scripted-device';
import { createScriptedUsbSource } from '../../../support/usb/scripted-usb-source';
import { makeTempRoot, removeTempRoot } from '../../../support/backup-fixtures';

let usbmuxd: TestUsbmuxd | undefined;
let core: Core | undefined;
let root: string | undefined;
let home: string | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await core?.stop();
  await usbmuxd?.stop();
  if (root) await removeTempRoot(root);
  if (home) await removeTempRoot(home);
  core = usbmuxd = root = home = undefined;
});

/** Starts every default probe against the test usbmuxd with Ana's iPhone, an empty USB bus, no status feed and an empty backup folder. */
async function startWorld(options: WorldOptions = {}): Promise<TestUsbmuxd> {
  // A copy: `update` changes the scripted phone in place.
  const server = await startTestUsbmuxd({ devices: [{ ...ANAS_IPHONE, domains: phoneDomains() }] });
  usbmuxd = server;
  root = await makeTempRoot('default-probes');
  core = createCore({
    probes: createDefaultProbes({ host: { os: 'macos', version: '15.1' }, usbmuxAddress: server.address, usbSource: createScriptedUsbSource(), offline: true, backupsDir: root, ...options }),
  });
  await core.start();
  return server;
}

const phone = (udid: string): Device | undefined => core?.getSnapshot().devices.find((device) => device.udid === udid);
/** Each question to a phone begins by reading its pair record, as does each plug-in. */
const pairRecordReads = (server: TestUsbmuxd) => server.requests.filter((request) => request === 'ReadPairRecord').length;

describe('core', () => {
  describe('default probes', () => {
    it('ask a trusted phone for its charge again as often as they are told', async () => {
      const server = await startWorld({ phoneRefreshMs: 100 });
      await vi.waitFor(() => expect(phone(ANAS_IPHONE.udid)?.phoneSays).toMatchObject({ batteryPercent: 64 }), { timeout: 5000 });
      server.update(ANAS_IPHONE.udid, (device) => {
        device.domains = phoneDomains({ battery: { BatteryIsCharging: false, ExternalConnected: false, BatteryCurrentCapacity: 63 } });
      });
      await vi.waitFor(() => expect(phone(ANAS_IPHONE.udid)?.phoneSays).toMatchObject({ batteryPercent: 63, charging: false }), { timeout: 5000 });
    });

    it('ask a trusted phone once, not over and over, when no interval is given', async () => {
      const server = await startWorld();
      await vi.waitFor(() => expect(phone(ANAS_IPHONE.udid)?.phoneSays).toMatchObject({ batteryPercent: 64 }), { timeout: 5000 });
      // Unplugging and plugging in again takes many round trips, which a phone asked without pause would be asked again during.
      server.detach(ANAS_IPHONE.udid);
      await vi.waitFor(() => expect(phone(ANAS_IPHONE.udid)).toBeUndefined(), { timeout: 5000 });
      server.attach({ ...ANAS_IPHONE, domains: phoneDomains({ battery: { BatteryCurrentCapacity: 70 } }) });
      await vi.waitFor(() => expect(phone(ANAS_IPHONE.udid)?.phoneSays).toMatchObject({ batteryPercent: 70 }), { timeout: 5000 });
      expect(pairRecordReads(server), 'one read for each time the phone was plugged in').toBe(2);
    });

    it('describe the computer they are told to, in place of this one', async () => {
      await startWorld();
      expect(core?.getSnapshot().host).toMatchObject({ os: 'macos', version: '15.1' });
    });

    it('read the system’s own backup folders when none is named', async () => {
      // The home folder is a fresh one, so a Mac's own backups folder is simply not there yet.
      home = await makeTempRoot('default-probes-home');
      vi.spyOn(os, 'homedir').mockReturnValue(home);
      await startWorld({ backupsDir: undefined });
      const backups = core?.getSnapshot().sources.backups;
      if (process.platform === 'linux') expect(backups).toEqual({ state: 'unavailable', reason: expect.stringMatching(/no standard place for iPhone backups/) });
      else expect(backups).toEqual({ state: 'ok', reason: null });
    });
  });
});
