import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachedPhonesOf } from '../../../../src/main/core/compose';
import { createCore, type Core } from '../../../../src/main/core/create-core';
import { OK, type AttachedPhones, type Probe, type Report } from '../../../../src/main/core/probe';
import { hostInfo } from '../../../../src/main/core/probes/host';
import { createBackupsProbe } from '../../../../src/main/core/probes/backups';
import { createUsbmuxProbe } from '../../../../src/main/core/probes/usbmux';
import type { Backup } from '../../../../src/shared/snapshot';
import { BackupInProgress, makeTempRoot, removeTempRoot, waitFor } from '../../../support/backup-fixtures';
import { ANAS_IPHONE } from '../../../support/usbmuxd/scripted-device';
import { startTestUsbmuxd, type TestUsbmuxd } from '../../../support/usbmuxd/test-usbmuxd';
import { snapshot, PHONES } from '../../../support/snapshots';

let root: string;
let usbmuxd: TestUsbmuxd | undefined;
let core: Core | undefined;
beforeEach(async () => {
  root = await makeTempRoot('attached');
});
afterEach(async () => {
  await core?.stop();
  await usbmuxd?.stop();
  core = usbmuxd = undefined;
  await removeTempRoot(root);
});

const backupOf = (udid: string): Backup | undefined => core?.getSnapshot().backups.find((backup) => backup.udid === udid);

describe('core', () => {
  describe('attached phones', () => {
    it('are the snapshot’s devices with real UDIDs, known only while usbmuxd answers', () => {
      const ok = snapshot({ devices: [PHONES.ready, PHONES.usbOnly] });
      expect(attachedPhonesOf({ ...ok, devices: [PHONES.ready, { ...PHONES.usbOnly, udid: 'usb:1-2' }] })).toEqual({ known: true, udids: [PHONES.ready.udid] });
      expect(attachedPhonesOf({ ...ok, sources: { ...ok.sources, usbmux: { state: 'unavailable', reason: 'no' } } }).known).toBe(false);
    });

    it('are told to the probes that listen once per change, not per snapshot, nor when only their order changes', async () => {
      let sendUsbmux: Report = () => {};
      let sendHost: Report = () => {};
      const heard: AttachedPhones[] = [];
      const usbmux: Probe = { source: 'usbmux', start: (report) => void (sendUsbmux = report), stop() {} };
      const host: Probe = { source: 'host', start: (report) => void (sendHost = report), stop() {}, attachedPhonesChanged: (phones) => void heard.push(phones) };
      core = createCore({ probes: [usbmux, host] });
      await core.start();
      const other = { ...PHONES.ready, udid: '00008030-000E45A02E38802E' };
      sendUsbmux({ devices: [other, PHONES.ready], source: OK });
      const both = { known: true, udids: [PHONES.ready.udid, other.udid].sort() };
      expect(heard).toEqual([both]);
      // A new snapshot for another reason, then the same phones listed the other way round: nothing to tell.
      sendHost({ host: hostInfo('linux', '6.8'), source: OK });
      sendUsbmux({ devices: [PHONES.ready, other], source: OK });
      expect(core.getSnapshot().devices.map((device) => device.udid)).toEqual([PHONES.ready.udid, other.udid]);
      expect(heard).toEqual([both]);
      sendUsbmux({ devices: [other], source: OK });
      expect(heard).toEqual([both, { known: true, udids: [other.udid] }]);
    });

    it('let a backup show in progress only while its phone is attached, and judge it the moment the phone is unplugged', async () => {
      usbmuxd = await startTestUsbmuxd({ devices: [ANAS_IPHONE] });
      // A long quiet time: only the unplugging can end "in progress" within this test.
      core = createCore({ probes: [createUsbmuxProbe({ address: usbmuxd.address }), createBackupsProbe({ roots: [root], debounceMs: 30, quietMs: 10 * 60_000 })] });
      await core.start();
      const writing = new BackupInProgress(root, { udid: ANAS_IPHONE.udid, deviceName: "Ana's iPhone" });
      await writing.begin();
      await writing.addFiles(3);
      await waitFor(() => backupOf(ANAS_IPHONE.udid)?.inProgress, 'the backup to show in progress');

      usbmuxd.detach(ANAS_IPHONE.udid);
      const stopped = await waitFor(() => backupOf(ANAS_IPHONE.udid)?.interrupted, 'the backup to show as stopped');
      expect(stopped.stoppedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(backupOf(ANAS_IPHONE.udid)).toMatchObject({ inProgress: null, complete: false, problem: expect.stringMatching(/did not finish/) });
    });

    it('judge at once a backup folder copied in while its phone is not attached', async () => {
      usbmuxd = await startTestUsbmuxd({ devices: [] });
      core = createCore({ probes: [createUsbmuxProbe({ address: usbmuxd.address }), createBackupsProbe({ roots: [root], debounceMs: 30, quietMs: 10 * 60_000 })] });
      await core.start();
      const copied = new BackupInProgress(root, { udid: ANAS_IPHONE.udid });
      await copied.begin();
      await copied.addFiles(2);
      const listed = await waitFor(() => backupOf(ANAS_IPHONE.udid), 'the copied folder to be listed');
      expect(listed).toMatchObject({ inProgress: null, interrupted: { stoppedAt: expect.any(String) } });
    });
  });
});
