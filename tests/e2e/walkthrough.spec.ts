import { test, expect } from '../support/e2e/app-fixture';
import { backupOf, PHONE, world } from '../support/e2e/world';

test.use({ timezoneId: 'UTC' });

test.describe('local backup walkthrough', () => {
  test('advances live as the phone is plugged in, trusts the computer and is backed up, without a reload', async ({ launchApp }) => {
    const w = world();
    const app = await launchApp({ probes: w.probes });
    const { page } = app;
    await page.getByTestId('nav-walkthrough').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Back up with Finder' })).toBeVisible();
    await expect(page.getByTestId('step-connect')).toHaveAttribute('data-state', 'current');
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    w.setDevices([{ ...PHONE, paired: false }]);
    await expect(page.getByTestId('step-connect')).toHaveAttribute('data-state', 'done');
    await expect(page.getByTestId('step-connect')).toContainText('Found Anna’s iPhone — iPhone 15 Pro, iOS 17.5');
    await expect(page.getByTestId('step-trust')).toHaveAttribute('data-state', 'current');
    await expect(page.getByTestId('walkthrough-status')).toHaveText('Step 2 of 6: Unlock the phone and tap Trust.');
    await app.screenshot('walkthrough-trust-light');

    w.setDevices([PHONE]);
    await expect(page.getByTestId('step-open-program')).toHaveAttribute('data-state', 'current');
    await page.getByRole('button', { name: 'Open Finder' }).click();
    await expect.poll(() => app.effects).toContain('app:Finder');
    await page.getByRole('button', { name: 'I can see my iPhone in Finder' }).click();
    await expect(page.getByTestId('step-options')).toHaveAttribute('data-state', 'current');
    await expect(page.getByTestId('step-options')).toContainText('saved passwords, Wi-Fi settings, website history, Health data and call history');
    await page.getByRole('button', { name: 'Options chosen' }).click();
    await expect(page.getByTestId('step-back-up-now')).toHaveAttribute('data-state', 'current');
    await expect(page.getByTestId('step-back-up-now')).toContainText('iOS 16.1');
    await expect.poll(() => app.progress.get().backupAttempt?.udid).toBe(PHONE.udid);

    w.setBackups([backupOf(PHONE, { complete: false, inProgress: { bytesWritten: 512_300_000 } })]);
    await expect(page.getByTestId('step-wait')).toHaveAttribute('data-state', 'current');
    await expect(page.getByTestId('backup-status')).toHaveText('Backing up — 512 MB written so far.');
    await app.screenshot('walkthrough-backing-up-light');

    const finished = new Date();
    w.setBackups([backupOf(PHONE, { lastBackupDate: finished.toISOString(), complete: true })]);
    // Contains, not equals: a backup finishing just before midnight is also given its date.
    await expect(page.getByTestId('backup-status')).toContainText(`Verified: finished at ${finished.toISOString().slice(11, 16)}`);
    await expect(page.getByTestId('walkthrough-finished')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await app.screenshot('walkthrough-verified-light');

    await page.getByTestId('nav-overview').click();
    await expect(page.getByTestId('next-step')).toContainText(`Verified: finished at ${finished.toISOString().slice(11, 16)}`);
  });

  test('a backup older than the one before "Back Up Now" is not taken for the new one', async ({ launchApp }) => {
    const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
    const w = world({ devices: [PHONE], backups: [backupOf(PHONE, { lastBackupDate: yesterday })] });
    const app = await launchApp({ probes: w.probes });
    const { page } = app;
    await page.getByTestId('nav-walkthrough').click();
    await page.getByRole('button', { name: 'I can see my iPhone in Finder' }).click();
    await page.getByRole('button', { name: 'Options chosen' }).click();
    await expect.poll(() => app.progress.get().backupAttempt?.previousNewest).toBe(yesterday);
    await page.getByRole('button', { name: 'I clicked Back Up Now' }).click();
    await expect(page.getByTestId('step-wait')).toHaveAttribute('data-state', 'current');
    // The probe reports the same old folder again: still waiting.
    w.setBackups([backupOf(PHONE, { lastBackupDate: yesterday, sizeBytes: 1 })]);
    await expect(page.getByTestId('step-wait')).toHaveAttribute('data-state', 'current');
    await expect(page.getByTestId('walkthrough-finished')).toHaveCount(0);
  });

  test('special cases get their own guidance: recovery mode, no Apple device support on Windows, Wi-Fi only', async ({ launchApp }) => {
    const w = world({ devices: [{ ...PHONE, kind: 'recovery', name: null, iosVersion: null, seenBy: ['usb'] }] });
    const app = await launchApp({ probes: w.probes });
    const { page } = app;
    await page.getByTestId('nav-walkthrough').click();
    await expect(page.getByTestId('walkthrough-problem')).toContainText('recovery mode');
    await expect(page.getByTestId('walkthrough-problem')).toContainText('choose Update');
    await expect(page.getByTestId('step-connect')).toHaveAttribute('data-state', 'current');
    await app.screenshot('walkthrough-recovery-light');

    w.setDevices([{ ...PHONE, connections: ['network'], seenBy: ['usbmux'] }]);
    await expect(page.getByTestId('walkthrough-problem')).toContainText('connected over Wi-Fi only');

    w.setDevices([PHONE]);
    await expect(page.getByTestId('walkthrough-problem')).toHaveCount(0);
    await expect(page.getByTestId('step-open-program')).toHaveAttribute('data-state', 'current');
  });

  test('on Windows, a phone seen on USB but not by Apple’s service asks for Apple Devices', async ({ launchApp }) => {
    const w = world({ os: 'windows', version: '10.0.22631', devices: [{ ...PHONE, name: null, iosVersion: null, productType: null, seenBy: ['usb'] }] });
    const app = await launchApp({ probes: w.probes });
    const { page } = app;
    await expect(page.getByTestId('next-step')).toContainText('Windows sees a phone but cannot talk to it');
    await page.getByTestId('nav-walkthrough').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Back up with Apple Devices' })).toBeVisible();
    await page.getByRole('button', { name: 'Get Apple Devices from the Microsoft Store' }).click();
    await expect.poll(() => app.effects).toContain('url:ms-windows-store://pdp/?ProductId=9NP83LWLPZ9K');
    await app.screenshot('walkthrough-windows-no-support-light');
  });
});
