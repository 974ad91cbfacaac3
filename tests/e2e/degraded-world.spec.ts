/**
 * The app with nothing to work with: the real probes pointed at nothing — no USB subsystem, no
 * usbmuxd at its socket, no network to Apple's status feed (a closed port), a backup folder this
 * account may not read — and, separately, probes that break in every way a probe can. The page
 * still works, and explains each missing thing with what to do about it.
 */
import { chmod } from 'node:fs/promises';
import { createServer } from 'node:net';
import { test, expect } from '../support/e2e/app-fixture';
import { createHostProbe } from '../../src/main/core/probes/host';
import { createUsbProbe } from '../../src/main/core/probes/usb';
import { createNativeUsbSource } from '../../src/main/core/probes/usb/native-usb-source';
import { createUsbmuxProbe } from '../../src/main/core/probes/usbmux';
import { createStatusProbe } from '../../src/main/core/probes/status';
import { createBackupsProbe, type BackupsProbe } from '../../src/main/core/probes/backups';
import { OK, type Probe } from '../../src/main/core/probe';
import { EXTERNAL_LINKS } from '../../src/main/actions/external-links';
import { startTestUsbmuxd, tempSocketPath } from '../support/usbmuxd/test-usbmuxd';
import { ANAS_IPHONE } from '../support/usbmuxd/scripted-device';
import { canDenyReads, makeTempRoot, removeTempRoot, withoutRootPowers } from '../support/backup-fixtures';
import { scriptedProbe } from '../support/probes/scripted-probe';

/** A loopback URL where nothing listens: the status feed unreachable, as with no network at all. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/support/systemstatus/data/system_status_en_US.js`;
}

/** The backups probe, started as an account without root's power to read every folder. */
function asOrdinaryUser(probe: BackupsProbe): BackupsProbe {
  return { ...probe, start: (report) => withoutRootPowers(async () => probe.start(report)) };
}

// While the backups probe starts as another user, this process may not write where Playwright keeps traces.
test.use({ trace: 'off' });

test.describe('degraded world', () => {
  test('no network, no USB, no usbmuxd and no read access to backups: each explained, the app still usable', async ({ launchApp }) => {
    test.skip(!canDenyReads, 'Windows has no folder mode that denies reading; the other three states are covered by the unit tests there');
    const root = await makeTempRoot();
    await chmod(root, 0o000);
    try {
      const app = await launchApp({
        probes: [
          createHostProbe({ override: { os: 'macos', version: '15.1' } }),
          createUsbProbe({ source: createNativeUsbSource({ platform: 'linux', pathExists: () => false }) }),
          createUsbmuxProbe({ address: `UNIX:${tempSocketPath()}` }),
          createStatusProbe({ url: await closedPortUrl(), timeoutMs: 3000 }),
          // Rechecks would run as root, who reads any folder; the recheck has its own test (permission-recheck.test.ts) and e2e (full-disk-access.spec.ts).
          asOrdinaryUser(createBackupsProbe({ roots: [root], platform: 'darwin', permissionRecheckMs: Number.POSITIVE_INFINITY })),
        ],
      });
      const { page } = app;

      const sources = app.core.getSnapshot().sources;
      expect(sources.usb.state).toBe('unavailable');
      expect(sources.usbmux.state).toBe('unavailable');
      expect(sources.status.state).toBe('unavailable');
      expect(sources.backups.state).toBe('needs-permission');

      await expect(page.getByTestId('host-name')).toHaveText('macOS Sequoia 15.1');
      await expect(page.getByText('No phone is connected.')).toBeVisible();

      const usbmux = page.getByTestId('warning-usbmux-unavailable');
      await expect(usbmux).toContainText('The service that talks to phones is not answering');
      await expect(usbmux).toContainText('usbmuxd is not running');
      await expect(usbmux).toContainText('Restart the computer');

      const usb = page.getByTestId('warning-usb-unreadable');
      await expect(usb).toContainText('The USB ports could not be checked directly');
      await expect(usb).toContainText('no USB subsystem');

      const status = page.getByTestId('warning-status-unknown');
      await expect(status).toContainText('Apple’s status could not be checked');
      await expect(status).toContainText('could not be reached');
      await status.getByRole('button', { name: 'Open Apple’s status page' }).click();
      await expect(status).toContainText("Opened Apple's System Status page");

      const backups = page.getByTestId('warning-backups-need-permission');
      await expect(backups).toContainText('Let the app see your backups');
      await backups.getByRole('button', { name: 'Open Full Disk Access settings' }).click();
      await expect(backups).toContainText('Full Disk Access');
      expect(app.effects).toEqual([`url:${EXTERNAL_LINKS.systemStatus}`, `url:${EXTERNAL_LINKS.macFullDiskAccess}`]);
      await app.screenshot('degraded-world-overview');

      // Still usable: the checklist takes marks, and the walkthrough still starts.
      await page.getByTestId('nav-checklist').click();
      await page.getByTestId('check-storage').getByRole('radio', { name: 'Checked — fine' }).check();
      await expect(page.getByTestId('checklist-count')).toContainText('1 of 9 checked');
      expect(app.progress.get().checklist).toEqual({ storage: 'fine' });
      await page.getByTestId('nav-walkthrough').click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.getByTestId('nav-dates').click();
      await expect(page.getByRole('button', { name: 'Open Full Disk Access settings' }).first()).toBeVisible();
    } finally {
      await removeTempRoot(root);
    }
  });

  test('probes that throw, hang, or report nonsense leave the page and the other probes working', async ({ launchApp }) => {
    const throwing: Probe = {
      source: 'usb',
      start() {
        throw new Error('the USB library crashed');
      },
      stop() {},
    };
    const silent: Probe = { source: 'status', start() {}, stop() {} };
    const nonsense = scriptedProbe('backups', { backups: [], disk: { freeBytes: null }, source: OK });
    const usbmux = scriptedProbe('usbmux', { devices: [], source: OK });
    const app = await launchApp({ probes: [createHostProbe({ override: { os: 'windows', version: '10.0.22631' } }), throwing, silent, nonsense, usbmux] });
    const { page } = app;
    await expect(page.getByTestId('host-name')).toHaveText('Windows 11');
    await expect(page.getByTestId('warning-usb-unreadable')).toContainText('It failed to start: the USB library crashed');

    nonsense.report({ devices: 42 as never, source: OK });
    await expect(page.getByTestId('warning-backups-unreadable')).toContainText('It sent something this app cannot read');

    // The others carry on: a phone plugged in now still shows up.
    usbmux.report({
      devices: [{ udid: '00008120-001A2B3C4D5E001E', kind: 'iphone', name: "Ana's iPhone", iosVersion: '18.1', productType: 'iPhone15,2', connections: ['usb'], paired: true, seenBy: ['usbmux'] }],
      source: OK,
    });
    await expect(page.getByTestId('device-name')).toHaveText(["Ana's iPhone"]);
    await expect(page.getByTestId('device-id')).toHaveText(['ID 00008120…001E']);
    expect(app.core.getSnapshot().sources.status.state).toBe('pending');
  });

  test('usbmuxd stopping and starting again (a device service restart): the phone goes, the page explains, the phone comes back', async ({ launchApp }) => {
    const path = tempSocketPath();
    let usbmuxd = await startTestUsbmuxd({ path, devices: [ANAS_IPHONE] });
    try {
      const app = await launchApp({
        probes: [
          createHostProbe({ override: { os: 'macos', version: '15.1' } }),
          createUsbmuxProbe({ address: usbmuxd.address, timing: { initialBackoffMs: 100, maxBackoffMs: 400 } }),
        ],
      });
      const { page } = app;
      await expect(page.getByTestId('device-name')).toHaveText(["Ana's iPhone"]);
      await expect(page.getByTestId('warning-usbmux-unavailable')).toHaveCount(0);

      await usbmuxd.stop();
      await expect(page.getByText('No phone is connected.')).toBeVisible();
      await expect(page.getByTestId('warning-usbmux-unavailable')).toContainText('The service that talks to phones is not answering');

      usbmuxd = await startTestUsbmuxd({ path, devices: [ANAS_IPHONE] });
      await expect(page.getByTestId('device-name')).toHaveText(["Ana's iPhone"]);
      await expect(page.getByTestId('warning-usbmux-unavailable')).toHaveCount(0);
      expect(app.core.getSnapshot().sources.usbmux).toEqual({ state: 'ok', reason: null });
    } finally {
      await usbmuxd.stop();
    }
  });
});
