/**
 * The usbmux probe asking trusted phones what they say about themselves, through the test
 * usbmuxd's scripted phones: the session as a real phone runs it, and every way it can go wrong —
 * each a plain reason on the device, never a crash, and never in the way of the other phones.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createUsbmuxProbe } from '../../../../../../src/main/core/probes/usbmux';
import type { Device } from '../../../../../../src/shared/snapshot';
import { startTestUsbmuxd, type TestUsbmuxd } from '../../../../../support/usbmuxd/test-usbmuxd';
import { pairingFor } from '../../../../../support/usbmuxd/pairing';
import { ANAS_IPHONE, BRUNOS_IPAD, phoneDomains, phoneValues, type ScriptedDevice, type SessionBehavior } from '../../../../../support/usbmuxd/scripted-device';
import { collectReports, type CollectedProbe } from '../../../../../support/probes/collect-reports';
import { PHONE_SAYS } from '../../../../../support/snapshots';
import { machineStretch } from '../../../../../support/machine-load';

const TIMING = { initialBackoffMs: 50, maxBackoffMs: 200, phoneSessionTimeoutMs: 800 };

/** Carla's iPhone on iOS 9.3.5: TLS 1.0 only, paired long ago with 1024-bit keys and SHA-1. */
const CARLAS_OLD_IPHONE: ScriptedDevice = {
  udid: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
  values: phoneValues('a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', "Carla's iPhone", { ProductType: 'iPhone8,1', ProductVersion: '9.3.5' }),
  paired: true,
  domains: phoneDomains({ battery: { BatteryCurrentCapacity: 23, BatteryIsCharging: false, ExternalConnected: false } }),
  tlsMaxVersion: 'TLSv1',
  pairingStrength: { bits: 1024, digest: 'sha1' },
};

/** Requests that would change a phone or its trust; none may ever reach one. */
const WRITES = /^lockdown:(Pair|ValidatePair|Unpair|SetValue|RemoveValue|StartService|Activate|Deactivate|EnterRecovery)/;

describe('probes', () => {
  describe('usbmux', () => {
    describe('what a trusted phone says', () => {
      let usbmuxd: TestUsbmuxd | undefined;
      let probe: CollectedProbe | undefined;
      const device = (udid = ANAS_IPHONE.udid): Device | undefined => probe?.latest().devices?.find((entry) => entry.udid === udid);

      beforeAll(() => Promise.all([pairingFor(ANAS_IPHONE.udid), pairingFor(CARLAS_OLD_IPHONE.udid, CARLAS_OLD_IPHONE.pairingStrength)]));
      afterEach(async () => {
        await probe?.stop();
        await usbmuxd?.stop();
        probe = usbmuxd = undefined;
      });

      /** How long the probe took to start (its lookups and questions included) in the last `start`. */
      let startedInMs = 0;
      async function start(devices: ScriptedDevice[], timing = TIMING) {
        usbmuxd = await startTestUsbmuxd({ devices });
        const began = Date.now();
        probe = await collectReports(createUsbmuxProbe({ address: usbmuxd.address, timing }));
        startedInMs = Date.now() - began;
        return usbmuxd;
      }

      it('reads its backup settings, charge and storage in one read-only session', async () => {
        const server = await start([ANAS_IPHONE]);
        expect(device()).toMatchObject({
          name: "Ana's iPhone",
          paired: true,
          phoneSays: PHONE_SAYS,
          phoneSaysReason: null,
        });
        const session = server.requests.slice(server.requests.indexOf('lockdown:StartSession'));
        expect(session).toEqual([
          'lockdown:StartSession',
          'tls:TLSv1.3',
          'lockdown:GetValue:com.apple.mobile.backup',
          'lockdown:GetValue:com.apple.mobile.battery',
          'lockdown:GetValue:com.apple.disk_usage',
          'lockdown:StopSession',
        ]);
        expect(server.requests.filter((request) => WRITES.test(request))).toEqual([]);
        await vi.waitFor(() => expect(server.tunnelCount()).toBe(0));
        await vi.waitFor(() => expect(server.connectionCount()).toBe(1));
      });

      it('asks nothing of a phone that does not trust this computer, and says why', async () => {
        const server = await start([BRUNOS_IPAD]);
        expect(device(BRUNOS_IPAD.udid)).toMatchObject({ name: "Bruno's iPad", paired: false, phoneSays: null, phoneSaysReason: 'not-trusted' });
        expect(server.requests).not.toContain('lockdown:StartSession');
      });

      it.each<[SessionBehavior, string, string]>([
        ['locked', 'locked', 'a locked phone'],
        ['another-host', 'session-refused', 'a record for a pairing the phone no longer knows'],
        ['tls-fails', 'tls-failed', 'a handshake the phone hangs up on'],
        ['tls-stalls', 'tls-failed', 'a handshake the phone never answers'],
        ['impostor', 'tls-failed', 'a phone that cannot prove it is the paired one'],
      ])('meets %s with the reason "%s" (%s), still shows the phone, and leaves nothing open', async (session, reason) => {
        const server = await start([{ ...ANAS_IPHONE, session }]);
        expect(device()).toMatchObject({ name: "Ana's iPhone", iosVersion: '18.1', paired: true, phoneSays: null, phoneSaysReason: reason });
        // Bounded like the public lookup: the session's own limit, not the phone, ends it.
        expect(startedInMs).toBeLessThan((TIMING.phoneSessionTimeoutMs + 2000) * machineStretch());
        expect(server.requests.filter((request) => request.startsWith('lockdown:GetValue:'))).toEqual([]);
        await vi.waitFor(() => expect(server.tunnelCount()).toBe(0));
        await vi.waitFor(() => expect(server.connectionCount()).toBe(1));
      });

      it('reads a phone from before iOS 10 over TLS 1.0, with the SHA-1 and 1024-bit keys of an old pairing', async () => {
        const server = await start([CARLAS_OLD_IPHONE]);
        expect(device(CARLAS_OLD_IPHONE.udid)?.phoneSays).toMatchObject({ batteryPercent: 23, charging: false, onPower: false });
        expect(server.requests).toContain('tls:TLSv1');
      });

      it('keeps asking the other phones while one stalls', async () => {
        await start([{ ...ANAS_IPHONE, session: 'tls-stalls' }, CARLAS_OLD_IPHONE]);
        expect(device(CARLAS_OLD_IPHONE.udid)?.phoneSays?.batteryPercent).toBe(23);
        expect(device()?.phoneSaysReason).toBe('tls-failed');
      });

      it('answers as soon as the person taps Trust, without a replug', async () => {
        const server = await start([{ ...ANAS_IPHONE, paired: false }]);
        expect(device()).toMatchObject({ paired: false, phoneSaysReason: 'not-trusted' });
        server.announcePaired(ANAS_IPHONE.udid);
        await vi.waitFor(() => expect(device()).toMatchObject({ paired: true, phoneSays: { batteryPercent: 64 }, phoneSaysReason: null }), { timeout: 3000 });
      });

      it('notices the charge changing while the phone stays plugged in', async () => {
        const server = await start([{ ...ANAS_IPHONE, domains: phoneDomains() }], { ...TIMING, phoneRefreshMs: 150 } as typeof TIMING);
        expect(device()?.phoneSays).toMatchObject({ charging: true, batteryPercent: 64 });
        server.update(ANAS_IPHONE.udid, (phone) => {
          phone.domains = phoneDomains({ battery: { BatteryIsCharging: false, ExternalConnected: false, BatteryCurrentCapacity: 63 } });
        });
        await vi.waitFor(() => expect(device()?.phoneSays).toMatchObject({ charging: false, onPower: false, batteryPercent: 63 }), { timeout: 3000 });
      });

      it('keeps what the phone said last when a later question goes unanswered', async () => {
        const server = await start([{ ...ANAS_IPHONE, domains: phoneDomains() }], { ...TIMING, phoneRefreshMs: 150 } as typeof TIMING);
        const questions = () => server.requests.filter((request) => request === 'lockdown:QueryType').length;
        const before = questions();
        server.update(ANAS_IPHONE.udid, (phone) => {
          phone.lockdown = 'silent';
        });
        // Each question begins with a QueryType, and the next is asked only once the last is over:
        // three more mean at least one question met the silence and was given up on.
        await vi.waitFor(() => expect(questions()).toBeGreaterThanOrEqual(before + 3), { timeout: 8000 });
        expect(device()).toMatchObject({ phoneSays: { batteryPercent: 64 }, phoneSaysReason: null });
      });

      it('drops a session under way when the phone is unplugged, and never lets its answer land on the next plug-in', async () => {
        const server = await start([]);
        server.attach({ ...ANAS_IPHONE, session: 'tls-stalls' });
        await vi.waitFor(() => expect(server.requests).toContain('lockdown:StartSession'));
        server.detach(ANAS_IPHONE.udid);
        await vi.waitFor(() => expect(probe?.latest().devices).toEqual([]));
        await vi.waitFor(() => expect(server.tunnelCount()).toBe(0));
        // Plugged in again, now answering: its fresh answer shows, and the old session's failure,
        // which ended when its tunnel closed, never replaces it.
        server.attach(ANAS_IPHONE);
        await vi.waitFor(() => expect(device()).toMatchObject({ phoneSays: { batteryPercent: 64 }, phoneSaysReason: null }), { timeout: 3000 });
        expect(probe?.latest().devices).toHaveLength(1);
      });
    });
  });
});
