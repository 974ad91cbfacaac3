/**
 * The phone answers the checklist: a phone that trusts this computer says, through a read-only
 * lockdown session with the test usbmuxd's phone, whether iCloud Backup is on, whether it is
 * charging and how much it holds, and the checklist shows it beside each check — following the
 * phone live as it is trusted, charged and locked — while nothing is ever asked that would change
 * the phone. The built doctor prints the same answers.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { test, expect } from '../support/e2e/app-fixture';
import { inBothSchemes } from '../support/e2e/both-schemes';
import { PHONE } from '../support/e2e/world';
import { startTestUsbmuxd } from '../support/usbmuxd/test-usbmuxd';
import { ANAS_IPHONE, BRUNOS_IPAD, phoneDomains } from '../support/usbmuxd/scripted-device';
import { PHONE_SAYS } from '../support/snapshots';

const DOCTOR = join(process.cwd(), 'out', 'main', 'doctor.js');

/** Requests that would change a phone or its trust; none may ever reach one. */
const WRITES = /^lockdown:(Pair|ValidatePair|Unpair|SetValue|RemoveValue|StartService|Activate|Deactivate|EnterRecovery)/;

const STORAGE_LINE = 'This iPhone holds about 87 GB. Taking that as a rough estimate of its backup, the free 5 GB cannot hold it — 200 GB would.';

test.describe('the phone answers the checklist', () => {
  test('shows what a trusted phone says beside each check, and follows it as it is trusted, charged and locked', async ({ startWorld, launchApp }) => {
    // Several changes on the phone, each waiting for its next answer.
    test.slow();
    const world = await startWorld({ phones: [{ phone: PHONE, trusted: false }], phoneRefreshMs: 500 });
    const { page, ...app } = await launchApp({ world });
    await page.getByTestId('nav-checklist').click();
    const card = page.getByTestId('phone-answers');
    await expect(card).toContainText('Once the iPhone trusts this computer — unlock it and tap Trust when it asks');
    await expect(page.getByTestId('phone-line-storage')).toHaveCount(0);

    world.trust(PHONE);
    await expect(page.getByTestId('phone-line-storage')).toHaveText(STORAGE_LINE);
    await expect(page.getByTestId('phone-line-power')).toHaveText('The iPhone says: charging now (64%).');
    await expect(page.getByTestId('phone-line-backup-switch')).toHaveText('iCloud Backup is off on this iPhone.');
    await expect(page.getByTestId('phone-line-try-backup-now')).toHaveText('Last iCloud backup: Sep 14 (the phone’s own record).');
    await expect(page.getByTestId('phone-line-ios-update')).toHaveText('This iPhone runs iOS 17.5.');
    await expect(card.getByRole('heading', { name: 'What Anna’s iPhone says' })).toBeVisible();
    await expect(card).toContainText('Last backup to a computer: Nov 3 (the phone’s own record).');
    await expect(card).toContainText('Local backups will be encrypted.');
    // The phone's word is shown beside the check; the mark stays the person's.
    await expect(page.getByTestId('checklist-count')).toContainText('0 of 9 checked');
    await app.screenshot('checklist-phone-answers');

    world.changePhone(PHONE, (phone) => {
      phone.domains = phoneDomains({ battery: { BatteryIsCharging: false, ExternalConnected: false, BatteryCurrentCapacity: 63 } });
    });
    await expect(page.getByTestId('phone-line-power')).toHaveText('The iPhone says: not charging (63%).');

    world.changePhone(PHONE, (phone) => {
      phone.session = 'locked';
    });
    await expect(card).toContainText('Unlock the iPhone, and it can answer some of these checks itself.');
    await expect(page.getByTestId('phone-line-power')).toHaveCount(0);
    world.changePhone(PHONE, (phone) => {
      phone.session = 'opens';
    });
    await expect(page.getByTestId('phone-line-power')).toHaveText('The iPhone says: not charging (63%).');

    expect(world.requests).toContain('lockdown:StartSession');
    expect(world.requests.filter((request) => WRITES.test(request))).toEqual([]);
  });

  test("the phone's answers on the checklist have no WCAG 2.1 AA violations in light or dark mode", async ({ startWorld, launchApp }) => {
    // axe over a page with every fold open is slow on a busy machine.
    test.slow();
    const world = await startWorld({ phones: [{ phone: PHONE }] });
    const app = await launchApp({ world });
    const { page } = app;
    await page.getByTestId('nav-checklist').click();
    await expect(page.getByTestId('phone-line-storage')).toHaveText(STORAGE_LINE);
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    await inBothSchemes(app, 'checklist-phone-answers');
  });

  test("the doctor's JSON gives each phone's answers, or why it gave none, and its text says the same", async () => {
    const usbmuxd = await startTestUsbmuxd({ devices: [ANAS_IPHONE, BRUNOS_IPAD, { ...ANAS_IPHONE, udid: '00008110-000A1B2C3D4E5F60', session: 'locked' }] });
    try {
      const run = (args: string[]) =>
        new Promise<{ stdout: string; stderr: string }>((resolve, reject) =>
          execFile(process.execPath, [DOCTOR, '--usbmux', usbmuxd.address, '--offline', '--host', 'macos:15.1', '--backups-dir', '/nonexistent', ...args], { timeout: 30_000 }, (error, stdout, stderr) =>
            error ? reject(error) : resolve({ stdout, stderr }),
          ),
        );
      const report = JSON.parse((await run(['--json'])).stdout);
      const byUdid = Object.fromEntries(report.devices.map((device: { udid: string }) => [device.udid, device]));
      expect(byUdid[ANAS_IPHONE.udid]).toMatchObject({
        phoneSays: PHONE_SAYS,
        phoneSaysReason: null,
      });
      expect(byUdid[BRUNOS_IPAD.udid]).toMatchObject({ phoneSays: null, phoneSaysReason: 'not-trusted' });
      expect(byUdid['00008110-000A1B2C3D4E5F60']).toMatchObject({ phoneSays: null, phoneSaysReason: 'locked' });

      const { stdout: text } = await run([]);
      expect(text).toContain('      iCloud Backup is off on this iPhone.');
      expect(text).toContain(`      ${STORAGE_LINE}`);
      expect(text).toContain('      Says nothing: Unlock the iPhone, and it can answer some of these checks itself.');
      expect(usbmuxd.requests.filter((request) => WRITES.test(request))).toEqual([]);
    } finally {
      await usbmuxd.stop();
    }
  });
});
