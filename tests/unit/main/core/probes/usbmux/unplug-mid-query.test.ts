/**
 * A phone pulled out while the probe is still asking its lockdownd for name and iOS version: the
 * test usbmuxd, like the real one, closes that conversation when the phone goes. The probe must
 * drop the phone at once, leave no socket behind, never let the abandoned answer land later, and
 * read the phone afresh when it comes back.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createUsbmuxProbe } from '../../../../../../src/main/core/probes/usbmux';
import { startTestUsbmuxd, type TestUsbmuxd } from '../../../../../support/usbmuxd/test-usbmuxd';
import { ANAS_IPHONE } from '../../../../../support/usbmuxd/scripted-device';
import { pairingFor } from '../../../../../support/usbmuxd/pairing';
import { collectReports, type CollectedProbe } from '../../../../../support/probes/collect-reports';

/** Long enough that only a closed socket, never the time limit, can end a lookup within a test. */
const TIMING = { initialBackoffMs: 50, maxBackoffMs: 200, requestTimeoutMs: 2000, lockdownTimeoutMs: 20_000 };

describe('probes', () => {
  describe('usbmux', () => {
    describe('a phone unplugged in the middle of a lockdown query', () => {
      let usbmuxd: TestUsbmuxd | undefined;
      let probe: CollectedProbe | undefined;
      // The phone trusts this computer; its pairing's keys are made before the clock of any check starts.
      beforeAll(() => pairingFor(ANAS_IPHONE.udid));
      afterEach(async () => {
        await probe?.stop();
        await usbmuxd?.stop();
        probe = usbmuxd = undefined;
      });

      /** Plugs in a phone whose lockdownd takes the question and never answers, and waits until it has been asked. */
      async function plugInMidQuery(server: TestUsbmuxd): Promise<void> {
        server.attach({ ...ANAS_IPHONE, lockdown: 'silent' });
        await vi.waitFor(() => expect(server.requests).toContain('lockdown:QueryType'));
        expect(server.tunnelCount()).toBe(1);
      }

      it('drops the phone at once and leaves no conversation open', async () => {
        usbmuxd = await startTestUsbmuxd();
        probe = await collectReports(createUsbmuxProbe({ address: usbmuxd.address, timing: TIMING }));
        await plugInMidQuery(usbmuxd);
        usbmuxd.detach(ANAS_IPHONE.udid);
        await vi.waitFor(() => expect(probe?.latest().devices).toEqual([]));
        await vi.waitFor(() => expect(usbmuxd?.tunnelCount()).toBe(0));
        // Only the Listen connection stays: the abandoned lookup closed everything it opened.
        await vi.waitFor(() => expect(usbmuxd?.connectionCount()).toBe(1));
        expect(probe.latest().source).toEqual({ state: 'ok', reason: null });
      });

      it('never lets the abandoned answer bring the phone back', async () => {
        usbmuxd = await startTestUsbmuxd();
        probe = await collectReports(createUsbmuxProbe({ address: usbmuxd.address, timing: TIMING }));
        await plugInMidQuery(usbmuxd);
        usbmuxd.detach(ANAS_IPHONE.udid);
        await vi.waitFor(() => expect(usbmuxd?.connectionCount()).toBe(1));
        const reportsAfterUnplug = probe.reports.length;
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(probe.reports.slice(reportsAfterUnplug).every((report) => report.devices?.length === 0)).toBe(true);
        expect(probe.latest().devices).toEqual([]);
      });

      it('reads the phone afresh when it is plugged straight back in', async () => {
        usbmuxd = await startTestUsbmuxd();
        probe = await collectReports(createUsbmuxProbe({ address: usbmuxd.address, timing: TIMING }));
        await plugInMidQuery(usbmuxd);
        usbmuxd.detach(ANAS_IPHONE.udid);
        usbmuxd.attach(ANAS_IPHONE);
        await vi.waitFor(() => expect(probe?.latest().devices).toEqual([expect.objectContaining({ udid: ANAS_IPHONE.udid, name: "Ana's iPhone", iosVersion: '18.1' })]));
        await vi.waitFor(() => expect(usbmuxd?.connectionCount()).toBe(1));
      });
    });
  });
});
