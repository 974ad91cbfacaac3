import { afterEach, describe, expect, it, vi } from 'vitest';
import { createUsbmuxProbe } from '../../../../../../src/main/core/probes/usbmux';
import { startTestUsbmuxd, tempSocketPath, type TestUsbmuxd } from '../../../../../support/usbmuxd/test-usbmuxd';
import { ANAS_IPHONE, BRUNOS_IPAD, phoneValues } from '../../../../../support/usbmuxd/scripted-device';
import { collectReports, type CollectedProbe } from '../../../../../support/probes/collect-reports';

const FAST = { initialBackoffMs: 50, maxBackoffMs: 200 };

describe('probes', () => {
  describe('usbmux', () => {
    let usbmuxd: TestUsbmuxd | undefined;
    let probe: CollectedProbe | undefined;
    afterEach(async () => {
      vi.useRealTimers();
      await probe?.stop();
      await usbmuxd?.stop();
      probe = usbmuxd = undefined;
    });

    it('shows each phone with its name, model, iOS version and whether it trusts this computer', async () => {
      usbmuxd = await startTestUsbmuxd({ devices: [ANAS_IPHONE, BRUNOS_IPAD] });
      probe = await collectReports(createUsbmuxProbe({ address: usbmuxd.address }));
      expect(probe.latest().source).toEqual({ state: 'ok', reason: null });
      const devices = probe.latest().devices ?? [];
      expect(devices).toHaveLength(2);
      expect(devices).toContainEqual({
        udid: ANAS_IPHONE.udid,
        kind: 'iphone',
        name: "Ana's iPhone",
        iosVersion: '18.1',
        productType: 'iPhone15,2',
        connections: ['usb'],
        paired: true,
        seenBy: ['usbmux'],
        phoneSays: expect.objectContaining({ batteryPercent: 64 }),
        phoneSaysReason: null,
      });
      expect(devices.find((device) => device.udid === BRUNOS_IPAD.udid)).toMatchObject({
        kind: 'ipad',
        name: "Bruno's iPad",
        iosVersion: '17.5',
        paired: false,
        phoneSays: null,
        phoneSaysReason: 'not-trusted',
      });
      expect(usbmuxd.requests).toEqual(expect.arrayContaining(['Listen', 'ListDevices', 'Connect', 'lockdown:QueryType', 'lockdown:GetValue', 'ReadPairRecord']));
      // Only the phone that trusts this computer is asked for a session, and nobody is asked to pair.
      expect(usbmuxd.requests.filter((request) => request === 'lockdown:StartSession')).toHaveLength(1);
      expect(usbmuxd.requests.filter((request) => /^lockdown:(Pair|ValidatePair|SetValue|RemoveValue|StartService)/.test(request))).toEqual([]);
    });

    it('treats one phone seen over USB and Wi-Fi as one device with two connections', async () => {
      usbmuxd = await startTestUsbmuxd({ devices: [ANAS_IPHONE, { ...ANAS_IPHONE, connection: 'Network' }] });
      probe = await collectReports(createUsbmuxProbe({ address: usbmuxd.address }));
      expect(probe.latest().devices).toEqual([expect.objectContaining({ udid: ANAS_IPHONE.udid, connections: ['network', 'usb'], name: "Ana's iPhone" })]);
    });

    it('asks the phone over USB, not over Wi-Fi, when usbmuxd lists the Wi-Fi connection first', async () => {
      // Over Wi-Fi the same phone answers differently (a stale name), so the answer shows which link was asked.
      const overWifi = { ...ANAS_IPHONE, connection: 'Network' as const, values: phoneValues(ANAS_IPHONE.udid, 'Asked over Wi-Fi') };
      usbmuxd = await startTestUsbmuxd({ devices: [overWifi, ANAS_IPHONE] });
      probe = await collectReports(createUsbmuxProbe({ address: usbmuxd.address }));
      expect(probe.latest().devices).toEqual([expect.objectContaining({ connections: ['network', 'usb'], name: "Ana's iPhone" })]);
    });

    it('follows phones being plugged in and out, and being trusted, as usbmuxd announces it', async () => {
      usbmuxd = await startTestUsbmuxd();
      probe = await collectReports(createUsbmuxProbe({ address: usbmuxd.address }));
      expect(probe.latest().devices).toEqual([]);
      const carla = { udid: '00008110-000A1B2C3D4E5F60', values: phoneValues('00008110-000A1B2C3D4E5F60', "Carla's iPhone"), paired: false };
      usbmuxd.attach(carla);
      await vi.waitFor(() => expect(probe?.latest().devices?.[0]).toMatchObject({ name: "Carla's iPhone", paired: false }));
      usbmuxd.announcePaired(carla.udid);
      await vi.waitFor(() => expect(probe?.latest().devices?.[0]?.paired).toBe(true));
      usbmuxd.detach(carla.udid);
      await vi.waitFor(() => expect(probe?.latest().devices).toEqual([]));
    });

    it('says usbmuxd is not running when nothing listens, and picks it up when it starts', async () => {
      const path = tempSocketPath();
      probe = await collectReports(createUsbmuxProbe({ address: `UNIX:${path}`, timing: FAST }));
      expect(probe.latest()).toEqual({ devices: [], source: { state: 'unavailable', reason: `usbmuxd is not running (nothing at ${path}).` } });
      usbmuxd = await startTestUsbmuxd({ path, devices: [ANAS_IPHONE] });
      await vi.waitFor(() => expect(probe?.latest().devices?.[0]?.name).toBe("Ana's iPhone"));
      expect(probe.latest().source?.state).toBe('ok');
    });

    it('empties the list when usbmuxd goes away and fills it again when it comes back', async () => {
      const path = tempSocketPath();
      usbmuxd = await startTestUsbmuxd({ path, devices: [ANAS_IPHONE] });
      probe = await collectReports(createUsbmuxProbe({ address: usbmuxd.address, timing: FAST }));
      expect(probe.latest().devices).toHaveLength(1);
      await usbmuxd.stop();
      await vi.waitFor(() => expect(probe?.latest()).toMatchObject({ devices: [], source: { state: 'unavailable' } }));
      usbmuxd = await startTestUsbmuxd({ path, devices: [ANAS_IPHONE] });
      await vi.waitFor(() => expect(probe?.latest()).toMatchObject({ devices: [{ udid: ANAS_IPHONE.udid }], source: { state: 'ok' } }), { timeout: 3000 });
    });

    it('holds no timer while connected and idle, and only a backoff timer while disconnected', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
      usbmuxd = await startTestUsbmuxd({ devices: [BRUNOS_IPAD] });
      probe = await collectReports(createUsbmuxProbe({ address: usbmuxd.address }));
      expect(probe.latest().devices).toHaveLength(1);
      expect(vi.getTimerCount()).toBe(0);
      await usbmuxd.stop();
      await vi.waitFor(() => expect(probe?.latest().source?.state).toBe('unavailable'));
      expect(vi.getTimerCount()).toBe(1);
      await vi.advanceTimersByTimeAsync(1000);
      await vi.waitFor(() => expect(vi.getTimerCount()).toBe(1));
      await probe.stop();
      expect(vi.getTimerCount()).toBe(0);
    });

    it('holds one timer, a minute long, while a phone that trusts this computer is attached, and none once it leaves', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
      usbmuxd = await startTestUsbmuxd({ devices: [ANAS_IPHONE] });
      probe = await collectReports(createUsbmuxProbe({ address: usbmuxd.address }));
      expect(probe.latest().devices?.[0]?.phoneSays).not.toBeNull();
      expect(vi.getTimerCount()).toBe(1);
      const sessions = () => usbmuxd?.requests.filter((request) => request === 'lockdown:StartSession').length;
      expect(sessions()).toBe(1);
      await vi.advanceTimersByTimeAsync(59_000);
      expect(sessions()).toBe(1);
      await vi.advanceTimersByTimeAsync(1_000);
      await vi.waitFor(() => expect(sessions()).toBe(2));
      usbmuxd.detach(ANAS_IPHONE.udid);
      await vi.waitFor(() => expect(probe?.latest().devices).toEqual([]));
      await vi.waitFor(() => expect(vi.getTimerCount()).toBe(0));
    });

    it('takes USBMUXD_SOCKET_ADDRESS when no address is given, and explains a bad one', async () => {
      usbmuxd = await startTestUsbmuxd({ devices: [BRUNOS_IPAD] });
      probe = await collectReports(createUsbmuxProbe({ env: { USBMUXD_SOCKET_ADDRESS: usbmuxd.address } }));
      expect(probe.latest().devices?.[0]?.name).toBe("Bruno's iPad");
      await probe.stop();
      probe = await collectReports(createUsbmuxProbe({ env: { USBMUXD_SOCKET_ADDRESS: 'somewhere' } }));
      expect(probe.latest()).toEqual({ devices: [], source: { state: 'unavailable', reason: expect.stringContaining('"somewhere" is not a usbmuxd address') } });
    });

    it("looks where the given platform's usbmuxd lives: TCP 27015 on Windows, the Unix socket elsewhere", async () => {
      // Nothing listens at either place on this machine; the reason names where the probe looked.
      probe = await collectReports(createUsbmuxProbe({ platform: 'win32', env: {} }));
      await vi.waitFor(() => expect(probe?.latest().source?.reason).toContain('127.0.0.1:27015'));
      await probe.stop();
      probe = await collectReports(createUsbmuxProbe({ platform: 'darwin', env: {} }));
      await vi.waitFor(() => expect(probe?.latest().source?.reason).toContain('/var/run/usbmuxd'));
    });
  });
});
