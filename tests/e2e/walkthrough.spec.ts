import { test, expect } from '../support/e2e/app-fixture';
import { backupSpecOf, PHONE } from '../support/e2e/world';
import { filesOf } from '../support/backup-fixtures';

test.use({ timezoneId: 'UTC' });

/** "3:45 AM": a UTC time the way the app writes it. */
function usClock(date: Date): string {
  const hours = date.getUTCHours() % 12 === 0 ? 12 : date.getUTCHours() % 12;
  return `${hours}:${String(date.getUTCMinutes()).padStart(2, '0')} ${date.getUTCHours() < 12 ? 'AM' : 'PM'}`;
}

test.describe('local backup walkthrough', () => {
  test('advances live as the phone is plugged in, trusted and backed up, to a verified backup on disk, without a reload', async ({ startWorld, launchApp }) => {
    const world = await startWorld();
    const app = await launchApp({ world });
    const { page } = app;
    await page.getByTestId('nav-walkthrough').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Back up with Finder' })).toBeVisible();
    await expect(page.getByTestId('step-connect')).toHaveAttribute('data-state', 'current');
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    // Plugged in, not yet trusted: the bus and usbmuxd see it, lockdown answers without pairing.
    world.plugIn(PHONE, { trusted: false });
    await expect(page.getByTestId('step-connect')).toHaveAttribute('data-state', 'done');
    await expect(page.getByTestId('step-connect')).toContainText('Found Anna’s iPhone — iPhone 15 Pro, iOS 17.5');
    await expect(page.getByTestId('step-trust')).toHaveAttribute('data-state', 'current');
    await expect(page.getByTestId('walkthrough-status')).toHaveText('Step 2 of 6: Unlock the iPhone and tap Trust.');
    await app.screenshot('walkthrough-trust-light');

    // The person taps Trust: usbmuxd announces the pairing.
    world.trust(PHONE);
    await expect(page.getByTestId('step-open-program')).toHaveAttribute('data-state', 'current');
    await page.getByRole('button', { name: 'Open Finder' }).click();
    await expect.poll(() => app.effects).toContain('app:Finder');
    await page.getByRole('button', { name: 'I can see my iPhone in Finder' }).click();
    await expect(page.getByTestId('step-options')).toHaveAttribute('data-state', 'current');
    await expect(page.getByTestId('step-options')).toContainText('saved passwords, Wi-Fi settings, website history, Health data and call history');
    await page.getByRole('button', { name: 'Options chosen' }).click();
    await expect(page.getByTestId('step-back-up-now')).toHaveAttribute('data-state', 'current');
    await expect(page.getByTestId('step-back-up-now')).toContainText('iOS or iPadOS 16.1');
    await expect.poll(() => app.progress.get().backupAttempt?.udid).toBe(PHONE.udid);

    // Finder writes the backup: the folder appears, files land, then Status.plist says finished.
    const finished = new Date(Date.now() + 1000);
    const backup = await world.beginBackup(backupSpecOf(PHONE, { date: finished }));
    await backup.addFiles(5);
    await expect(page.getByTestId('step-wait')).toHaveAttribute('data-state', 'current');
    await expect(page.getByTestId('backup-status')).toContainText('Backing up —');
    await expect(page.getByTestId('backup-status')).toContainText(/(MB written|added so far|% \()/);
    await app.screenshot('walkthrough-backing-up-light');

    await backup.finish();
    // Contains, not equals: a backup finishing just before midnight is also given its date.
    await expect(page.getByTestId('backup-status')).toContainText(`Verified: finished at ${usClock(finished)}`);
    await expect(page.getByTestId('walkthrough-finished')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await app.screenshot('walkthrough-verified-light');

    await page.getByTestId('nav-overview').click();
    await expect(page.getByTestId('next-step')).toContainText(`Verified: finished at ${usClock(finished)}`);
  });

  test('a backup older than the one before "Back Up Now" is not taken for the new one', async ({ startWorld, launchApp }) => {
    const yesterday = new Date(Math.floor(Date.now() / 1000) * 1000 - 24 * 3600 * 1000);
    const world = await startWorld({ phones: [{ phone: PHONE }], backups: [backupSpecOf(PHONE, { date: yesterday })] });
    const app = await launchApp({ world });
    const { page } = app;
    await page.getByTestId('nav-walkthrough').click();
    await page.getByRole('button', { name: 'I can see my iPhone in Finder' }).click();
    await page.getByRole('button', { name: 'Options chosen' }).click();
    await expect.poll(() => app.progress.get().backupAttempt?.previousNewest).toBe(yesterday.toISOString().replace('.000Z', 'Z'));
    await page.getByRole('button', { name: 'I clicked Back Up Now' }).click();
    await expect(page.getByTestId('step-wait')).toHaveAttribute('data-state', 'current');
    // The same old backup is written again (as an interrupted copy would leave it): still waiting.
    const rewritten = backupSpecOf(PHONE, { date: yesterday, files: 2 });
    await world.writeBackup(rewritten);
    // The signal that the app has looked again: its snapshot holds the rewritten backup, checked against the new index.
    await expect.poll(() => app.core.getSnapshot().backups.find((backup) => !backup.archived)?.verification.filesListed).toBe(filesOf(rewritten).length);
    await expect(page.getByTestId('step-wait')).toHaveAttribute('data-state', 'current');
    await expect(page.getByTestId('walkthrough-finished')).toHaveCount(0);
  });

  test('special cases get their own guidance: recovery mode, then Wi-Fi only, then on the cable', async ({ startWorld, launchApp }) => {
    const world = await startWorld({ phones: [{ phone: PHONE, connection: 'recovery' }] });
    const app = await launchApp({ world });
    const { page } = app;
    await page.getByTestId('nav-walkthrough').click();
    await expect(page.getByTestId('walkthrough-problem')).toContainText('recovery mode');
    await expect(page.getByTestId('walkthrough-problem')).toContainText('choose Update');
    await expect(page.getByTestId('step-connect')).toHaveAttribute('data-state', 'current');
    await app.screenshot('walkthrough-recovery-light');

    world.unplug(PHONE);
    world.plugIn(PHONE, { connection: 'wifi' });
    await expect(page.getByTestId('walkthrough-problem')).toContainText('connected over Wi-Fi only');

    world.plugIn(PHONE, { connection: 'usb' });
    await expect(page.getByTestId('walkthrough-problem')).toHaveCount(0);
    await expect(page.getByTestId('step-open-program')).toHaveAttribute('data-state', 'current');
  });

  test('on Windows, a phone seen on USB but not by Apple’s service asks for Apple Devices', async ({ startWorld, launchApp }) => {
    const world = await startWorld({ os: 'windows', version: '10.0.22631', phones: [{ phone: PHONE, connection: 'usb-only' }] });
    const app = await launchApp({ world });
    const { page } = app;
    await expect(page.getByTestId('next-step')).toContainText('Windows sees an iPhone but cannot talk to it');
    await page.getByTestId('nav-walkthrough').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Back up with Apple Devices' })).toBeVisible();
    await page.getByRole('button', { name: 'Get Apple Devices from the Microsoft Store' }).click();
    await expect.poll(() => app.effects).toContain('url:ms-windows-store://pdp/?ProductId=9NP83LWLPZ9K');
    await app.screenshot('walkthrough-windows-no-support-light');
  });
});
