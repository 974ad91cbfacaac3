/**
 * The usbmuxd client against Debian's real daemon, which runs here with no phone attached. Every
 * test that starts the real daemon lives in this one file, so no two of them ever run at once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createUsbmuxProbe } from '../../../../../../src/main/core/probes/usbmux';
import { parseUsbmuxAddress, type UsbmuxAddress } from '../../../../../../src/main/core/probes/usbmux/address';
import { listDevices } from '../../../../../../src/main/core/probes/usbmux/requests';
import { hasPairRecord } from '../../../../../../src/main/core/probes/usbmux/pair-record';
import { queryLockdown } from '../../../../../../src/main/core/probes/usbmux/lockdown';
import { realUsbmuxdProblem, startRealUsbmuxd, type RealUsbmuxd } from '../../../../../support/usbmuxd/real-usbmuxd';
import { collectReports, type CollectedProbe } from '../../../../../support/probes/collect-reports';

const problem = realUsbmuxdProblem();
if (problem) console.warn(`Skipping the tests against the real usbmuxd: ${problem}`);

describe.skipIf(problem !== null)('probes', () => {
  describe('usbmux against the real usbmuxd', () => {
    const dir = mkdtempSync(join(tmpdir(), 'real-usbmuxd-'));
    let daemon: RealUsbmuxd | undefined;
    let probe: CollectedProbe | undefined;
    const address = (): UsbmuxAddress => parseUsbmuxAddress(daemon?.address ?? '') as UsbmuxAddress;

    afterEach(async () => {
      await probe?.stop();
      await daemon?.stop();
      probe = daemon = undefined;
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('lists no devices when no phone is attached', async () => {
      daemon = await startRealUsbmuxd(dir);
      expect(await listDevices(address(), 2000)).toEqual([]);
    });

    it('accepts Listen, so the probe reports usbmuxd working with no phone', async () => {
      daemon = await startRealUsbmuxd(dir);
      probe = await collectReports(createUsbmuxProbe({ address: daemon.address }));
      expect(probe.latest()).toEqual({ devices: [], source: { state: 'ok', reason: null } });
    });

    it('answers for a phone it does not have: no pair record, no connection', async () => {
      daemon = await startRealUsbmuxd(dir);
      expect(await hasPairRecord(address(), '00008120-001A2B3C4D5E001E', 2000)).toBe(false);
      await expect(queryLockdown(address(), 7, 2000)).rejects.toThrow("Could not reach the phone's lockdown service: usbmuxd does not know that device.");
    });

    it('notices the daemon stopping and finds it again when it restarts', async () => {
      daemon = await startRealUsbmuxd(dir);
      probe = await collectReports(createUsbmuxProbe({ address: daemon.address, timing: { initialBackoffMs: 50, maxBackoffMs: 200 } }));
      expect(probe.latest().source?.state).toBe('ok');
      await daemon.stop();
      await vi.waitFor(() => expect(probe?.latest().source?.state).toBe('unavailable'));
      daemon = await startRealUsbmuxd(dir);
      await vi.waitFor(() => expect(probe?.latest().source?.state).toBe('ok'), { timeout: 3000 });
    });
  });
});
