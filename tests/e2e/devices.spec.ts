/**
 * Phones appearing and disappearing live in the page: the real usbmuxd client talks to a test
 * usbmuxd over its Unix socket, the real USB probe reads a scripted bus, and the real core pushes
 * every change through the bridge to the built renderer.
 */
import { test, expect } from '../support/e2e/app-fixture';
import { createHostProbe } from '../../src/main/core/probes/host';
import { createUsbProbe } from '../../src/main/core/probes/usb';
import { createUsbmuxProbe } from '../../src/main/core/probes/usbmux';
import { startTestUsbmuxd } from '../support/usbmuxd/test-usbmuxd';
import { pairingFor } from '../support/usbmuxd/pairing';
import { ANAS_IPHONE, BRUNOS_IPAD } from '../support/usbmuxd/scripted-device';
import { createScriptedUsbSource, usbIphone } from '../support/usb/scripted-usb-source';

test.describe('devices', () => {
  test('a phone plugged in shows up by name, and goes away when unplugged', async ({ launchApp }) => {
    const usbmuxd = await startTestUsbmuxd();
    // Ana's iPhone trusts this computer: its pairing is made now, not while the page waits for names.
    await pairingFor(ANAS_IPHONE.udid);
    try {
      const app = await launchApp({
        probes: [createHostProbe({ override: { os: 'macos', version: '15.1' } }), createUsbmuxProbe({ address: usbmuxd.address })],
      });
      await expect(app.page.getByText('No phone is connected.')).toBeVisible();
      const phones = app.page.getByTestId('connected-device').getByTestId('device-name');
      usbmuxd.attach(ANAS_IPHONE);
      await expect(phones).toHaveText(["Ana's iPhone"]);
      usbmuxd.attach(BRUNOS_IPAD);
      await expect(phones).toHaveText(["Ana's iPhone", "Bruno's iPad"]);
      await app.screenshot('devices-two-connected');
      usbmuxd.detach(ANAS_IPHONE.udid);
      await expect(phones).toHaveText(["Bruno's iPad"]);
      usbmuxd.detach(BRUNOS_IPAD.udid);
      await expect(app.page.getByText('No phone is connected.')).toBeVisible();
      await expect(phones).toHaveCount(0);
    } finally {
      await usbmuxd.stop();
    }
  });

  test('a phone only USB sees (no Apple device support) shows up, and goes away when unplugged', async ({ launchApp }) => {
    const bus = createScriptedUsbSource();
    const app = await launchApp({
      probes: [createHostProbe({ override: { os: 'windows', version: '10.0.22631' } }), createUsbProbe({ source: bus })],
    });
    await expect(app.page.getByText('No phone is connected.')).toBeVisible();
    bus.plug(usbIphone('1-4:7'));
    await expect(app.page.getByTestId('device-name')).toHaveText(['Your iPhone']);
    const snapshot = app.core.getSnapshot();
    expect(snapshot.devices).toEqual([expect.objectContaining({ udid: 'usb:1-4:7', kind: 'iphone', seenBy: ['usb'] })]);
    bus.unplug('1-4:7');
    await expect(app.page.getByText('No phone is connected.')).toBeVisible();
  });

  test('the same phone seen by USB and usbmuxd is listed once', async ({ launchApp }) => {
    const usbmuxd = await startTestUsbmuxd({ devices: [ANAS_IPHONE] });
    const bus = createScriptedUsbSource([usbIphone('1-4:7')]);
    try {
      const app = await launchApp({
        probes: [createHostProbe({ override: { os: 'windows', version: '10.0.22631' } }), createUsbProbe({ source: bus }), createUsbmuxProbe({ address: usbmuxd.address })],
      });
      await expect(app.page.getByTestId('device-name')).toHaveText(["Ana's iPhone"]);
      expect(app.core.getSnapshot().devices[0]).toMatchObject({ udid: ANAS_IPHONE.udid, seenBy: ['usb', 'usbmux'] });
    } finally {
      await usbmuxd.stop();
    }
  });
});
