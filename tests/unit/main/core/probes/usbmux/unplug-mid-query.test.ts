/**
 * A phone pulled out while the probe is still asking its lockdownd for name and iOS version: the
 * test usbmuxd, like the real one, closes that conversation when the phone goes. The probe must
 * drop the phone at once, leave no socket behind, never let an old lookup's late answer land on the
 * next plug-in, and read the phone afresh when it comes back.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createUsbmuxProbe } from '../../../../../../src/main/core/probes/usbmux';
import { startTestUsbmuxd, type TestUsbmuxd } from '../../../../../support/usbmuxd/test-usbmuxd';
import { ANAS_IPHONE, phoneValues } from '../../../../../support/usbmuxd/scripted-device';
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

      it('never lets the old lookup, answering after the new one, bring back what the phone said before', async () => {
        usbmuxd = await startTestUsbmuxd();
        probe = await collectReports(createUsbmuxProbe({ address: usbmuxd.address, timing: TIMING }));
        // The first plug-in's lookup has the phone's old name, then waits on usbmuxd for the pair record.
        const releaseOldAnswer = usbmuxd.holdNextPairRecord();
        usbmuxd.attach(ANAS_IPHONE);
        await vi.waitFor(() => expect(usbmuxd?.requests).toContain('ReadPairRecord'));
        await vi.waitFor(() => expect(usbmuxd?.tunnelCount()).toBe(0));
        expect(usbmuxd.requests).toContain('lockdown:GetValue');

        // Unplugged and plugged back in, renamed: the new lookup answers first.
        usbmuxd.detach(ANAS_IPHONE.udid);
        usbmuxd.attach({ ...ANAS_IPHONE, values: phoneValues(ANAS_IPHONE.udid, 'Ana’s renamed iPhone') });
        await vi.waitFor(() => expect(probe?.latest().devices).toEqual([expect.objectContaining({ name: 'Ana’s renamed iPhone', paired: true })]));
        // Everything the new lookup opened is closed; only Listen and the held request stay.
        await vi.waitFor(() => expect(usbmuxd?.connectionCount()).toBe(2));

        // Now the old lookup gets its answer. The signal that the probe has read it: it closes that connection.
        releaseOldAnswer();
        await vi.waitFor(() => expect(usbmuxd?.connectionCount()).toBe(1));
        const reportsBefore = probe.reports.length;
        await new Promise((resolve) => setImmediate(resolve));
        await new Promise((resolve) => setImmediate(resolve));
        expect(probe.reports.slice(reportsBefore).map((report) => report.devices?.[0]?.name)).not.toContain("Ana's iPhone");
        expect(probe.latest().devices).toEqual([expect.objectContaining({ name: 'Ana’s renamed iPhone' })]);
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
