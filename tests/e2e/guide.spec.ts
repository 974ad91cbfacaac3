/**
 * The guide a person can trust, seen in Chromium: words true for this computer and this device,
 * each thing said once, a calm first run, the backup's progress, safety first, Full Disk Access
 * click by click, and a start from what the phone says. Each state is photographed in light and
 * dark mode and checked with axe; the new actions are reached by keyboard.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/e2e/app-fixture';
import { backupSpecOf, outage, PHONE, type Phone } from '../support/e2e/world';
import { inBothSchemes } from '../support/e2e/both-schemes';
import { scriptedProbe } from '../support/probes/scripted-probe';
import { EXTERNAL_LINKS } from '../../src/main/actions/external-links';
import { memoryBackend } from '../../src/main/progress/progress-store';
import { emptyProgress } from '../../src/shared/progress';

test.use({ timezoneId: 'UTC' });
// Each test photographs and checks with axe up to eight states; on a shared two-core machine that takes longer than one screen does.
test.describe.configure({ timeout: 120_000 });

const IPAD: Phone = { udid: '00008103-000A1B2C3D4E5F60', name: 'Studio iPad', productType: 'iPad13,4', iosVersion: '17.5' };
const DAY_MS = 24 * 3600 * 1000;

/** Presses Tab until the focused element is `target`, failing after `limit` presses. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error('Never reached the element with Tab.');
}

test.describe('a guide a person can trust', () => {
  test('a first run is calm: nothing noted is a note, not a yellow “Missing”', async ({ startWorld, launchApp }) => {
    const app = await launchApp({ world: await startWorld() });
    const { page } = app;
    await expect(page.getByTestId('warning-backup-missing')).toHaveAttribute('aria-label', 'Note: When did your phone last back up?');
    await expect(page.getByRole('region', { name: 'Last backups' })).toContainText('Not noted yet.');
    await expect(page.getByText('Missing', { exact: true })).toHaveCount(0);
    await inBothSchemes(app, 'guide-first-run');
  });

  test('an old local backup ages until the next one; it is not called stopped iCloud backups', async ({ startWorld, launchApp }) => {
    const world = await startWorld({ backups: [backupSpecOf(PHONE, { date: new Date(Date.now() - 10 * DAY_MS) })] });
    const app = await launchApp({ world });
    const warning = app.page.getByTestId('warning-backup-stale');
    await expect(warning).toContainText('Your newest backup on this computer is 10 days old');
    await expect(warning).toContainText('only made when you make one');
    await expect(warning).not.toContainText('automatic');
    await inBothSchemes(app, 'guide-old-local-backup', '[data-testid="warning-backup-stale"]');
  });

  test('Apple’s outage is said once, with the button to Apple’s page in the next step', async ({ startWorld, launchApp }) => {
    const app = await launchApp({ world: await startWorld({ status: outage('Some users cannot back up.') }) });
    const { page } = app;
    await expect(page.getByTestId('next-step')).toContainText('Apple reports an outage of iCloud Backup');
    await expect(page.getByTestId('warning-icloud-status')).toHaveCount(0);
    await expect(page.getByText(/Some users cannot back up/)).toHaveCount(1);
    await page.getByTestId('next-step').getByRole('button', { name: 'Open Apple’s status page' }).click();
    await expect.poll(() => app.effects).toContain(`url:${EXTERNAL_LINKS.systemStatus}`);
    await inBothSchemes(app, 'guide-outage-said-once', '[data-testid="next-step"]');
  });

  test('Windows 10 before build 19045 backs up with iTunes, and its recovery-mode card names iTunes', async ({ startWorld, launchApp }) => {
    const world = await startWorld({ os: 'windows', version: '10.0.19044', phones: [{ phone: PHONE, connection: 'recovery' }] });
    const app = await launchApp({ world });
    const { page } = app;
    await expect(page.getByTestId('route')).toContainText('Backs up with iTunes.');
    await expect(page.getByTestId('route')).toContainText('Apple Devices needs Windows 10 version 22H2 (build 19045) or later, and this is build 19044');
    await page.getByTestId('nav-walkthrough').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Back up with iTunes' })).toBeVisible();
    await expect(page.getByTestId('walkthrough-problem')).toContainText('If iTunes offers to Update or Restore the iPhone');
    await expect(page.getByTestId('walkthrough-problem')).not.toContainText('Finder');
    await inBothSchemes(app, 'guide-windows-19044-itunes-recovery', '[data-testid="walkthrough-problem"]');
  });

  test('Windows 11’s recovery-mode card names Apple Devices, not Finder', async ({ startWorld, launchApp }) => {
    const world = await startWorld({ os: 'windows', version: '10.0.22631', phones: [{ phone: PHONE, connection: 'recovery' }] });
    const app = await launchApp({ world });
    await app.page.getByTestId('nav-walkthrough').click();
    await expect(app.page.getByTestId('walkthrough-problem')).toContainText('If Apple Devices offers to Update or Restore the iPhone');
    await expect(app.page.getByTestId('walkthrough-problem')).not.toContainText('Finder');
    await inBothSchemes(app, 'guide-windows-11-recovery', '[data-testid="walkthrough-problem"]');
  });

  test('an iPad is called an iPad, by its marketing name', async ({ startWorld, launchApp }) => {
    const world = await startWorld({ phones: [{ phone: IPAD }] });
    const app = await launchApp({ world });
    const { page } = app;
    await expect(page.getByTestId('connected-device')).toContainText('iPad Pro 11-inch (3rd generation), iOS 17.5');
    await expect(page.getByTestId('next-step')).toContainText('Next: open Finder and click your iPad.');
    await page.getByTestId('nav-walkthrough').click();
    await expect(page.getByTestId('step-open-program')).toContainText('Open Finder and click your iPad');
    await expect(page.getByRole('button', { name: 'I can see my iPad in Finder' })).toBeVisible();
    await inBothSchemes(app, 'guide-ipad', '[data-testid="step-open-program"]');
  });

  test('the checklist starts from what the phone says, and offers a backup before the risky checks, by keyboard', async ({ startWorld, launchApp }) => {
    const app = await launchApp({ world: await startWorld() });
    const { page } = app;
    await page.getByTestId('nav-checklist').click();
    await expect(page.getByTestId('phone-says')).toContainText('The last backup could not be completed');
    await tabTo(page, page.getByTestId('phone-says-never'));
    await page.keyboard.press('Enter');
    const target = page.getByTestId('check-backup-switch');
    await expect(target.locator('summary')).toBeFocused();
    await expect(target.locator('details')).toHaveJSProperty('open', true);
    await expect(target).not.toContainText('see that iCloud Drive is on too');
    await expect(target).toContainText('iCloud Backup works whether iCloud Drive is on or off');
    await inBothSchemes(app, 'guide-checklist-phone-says', '[data-testid="phone-says"], [data-testid="check-backup-switch"]');

    const update = page.getByTestId('check-ios-update');
    await update.locator('summary').click();
    const safety = page.getByTestId('safety-first-ios-update');
    await expect(safety).toContainText('Back up to this computer first');
    await app.screenshot('guide-checklist-safety-first-light');
    await update.locator('summary').focus();
    await tabTo(page, safety.getByRole('button', { name: 'Back up to this computer first' }), 5);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Back up with Finder' })).toBeVisible();
  });

  test('the dates screen takes Today, Yesterday and Never as the phone shows them; Never leads to its fix', async ({ startWorld, launchApp }) => {
    const app = await launchApp({ world: await startWorld() });
    const { page } = app;
    await page.getByTestId('nav-dates').click();
    await expect(page.getByTestId('icloud-date')).toContainText('Not noted yet');
    await tabTo(page, page.getByRole('button', { name: 'Yesterday', exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('icloud-date')).toContainText('(yesterday)');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Never', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('icloud-date')).toContainText('never finished an iCloud backup');
    await expect.poll(() => app.progress.get().icloudLastBackup?.date).toBe('never');
    await inBothSchemes(app, 'guide-dates-never', '[data-testid="icloud-date-section"]');
    await tabTo(page, page.getByTestId('icloud-date-section').getByRole('button', { name: 'Go to “Is iCloud Backup switched on?”' }));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('check-backup-switch').locator('summary')).toBeFocused();
  });

  test('the options step says the encryption password starts a backup; the wait step waits for data with the passcode warning up', async ({ startWorld, launchApp }) => {
    const world = await startWorld({ phones: [{ phone: PHONE }], backups: [backupSpecOf(PHONE, { date: new Date(Date.now() - 30 * DAY_MS) })] });
    const app = await launchApp({ world });
    const { page } = app;
    await page.getByTestId('nav-walkthrough').click();
    await page.getByRole('button', { name: 'I can see my iPhone in Finder' }).click();
    await expect(page.getByTestId('step-options')).toContainText('As soon as you set the password, Finder starts a backup by itself');
    await inBothSchemes(app, 'guide-options-encryption', '[data-testid="step-options"]');
    await page.getByRole('button', { name: 'Options chosen' }).click();
    await expect.poll(() => app.progress.get().backupAttempt?.udid).toBe(PHONE.udid);
    await page.getByRole('button', { name: 'I clicked Back Up Now' }).click();
    await expect(page.getByTestId('waiting-for-data')).toContainText('Waiting for Finder to start writing the backup');
    await expect(page.getByTestId('passcode-prompt')).toContainText('Enter it within a few minutes');
    await expect(page.getByRole('button', { name: 'It finished' })).toHaveCount(0);
    await inBothSchemes(app, 'guide-waiting-for-data', '[data-testid="step-wait"]');
  });

  test('a running backup shows a percentage from the last backup’s size and the time so far; a verified one points back to iCloud', async ({ startWorld, launchApp }) => {
    // Last month's backup was archived under its own folder name, so today's starts from nothing, as a first full backup does.
    const lastMonth = new Date(Math.floor(Date.now() / 1000) * 1000 - 30 * DAY_MS);
    const archived = backupSpecOf(PHONE, { date: lastMonth, folderName: `${PHONE.udid.replace('-', '')}-20261020-120000` });
    const world = await startWorld({ phones: [{ phone: PHONE }], backups: [archived] });
    const attempt = { udid: PHONE.udid, startedAt: new Date(Date.now() - 3 * 60_000).toISOString(), previousNewest: lastMonth.toISOString(), previousSizeBytes: 40_000_000 };
    const saved = { ...emptyProgress(), confirmedSteps: ['open-program', 'options', 'back-up-now'], backupAttempt: attempt };
    const app = await launchApp({ world, progressBackend: memoryBackend(saved) });
    const { page } = app;
    await page.getByTestId('nav-walkthrough').click();
    await expect(page.getByTestId('step-wait')).toHaveAttribute('data-state', 'current');

    const backup = await world.beginBackup(backupSpecOf(PHONE, { date: new Date(Date.now() + 1000) }));
    await mkdir(join(backup.folder, 'ab'), { recursive: true });
    await writeFile(join(backup.folder, 'ab', 'ab'.padEnd(40, '0')), Buffer.alloc(10_000_000, 1));
    await backup.addFiles(2);
    await expect(page.getByTestId('backup-status')).toContainText(/Backing up — about 25% \(10 MB of about 40 MB\), 3 minutes so far\./);
    await expect(page.getByTestId('progress-basis')).toContainText('estimate from the size of this iPhone’s last backup');
    await expect(page.getByTestId('passcode-prompt')).toContainText('enter the passcode now');
    await inBothSchemes(app, 'guide-backup-percent', '[data-testid="step-wait"]');

    await backup.finish();
    await expect(page.getByTestId('walkthrough-finished')).toBeVisible();
    await expect(page.getByTestId('back-to-icloud')).toContainText('get iCloud backing up again');
    await inBothSchemes(app, 'guide-verified-back-to-icloud', '[data-testid="walkthrough-finished"]');
    await tabTo(page, page.getByRole('button', { name: 'Back to fixing iCloud' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Fix iCloud Backup, one check at a time' })).toBeVisible();
  });

  test('Full Disk Access: the exact clicks, then a live confirmation once it is granted', async ({ startWorld, launchApp }) => {
    const world = await startWorld();
    const refused = { state: 'needs-permission' as const, reason: 'macOS is keeping Backup Lifeboat out of the folder where Finder keeps backups.' };
    const backups = scriptedProbe('backups', { backups: [], disk: { freeBytes: null }, source: refused });
    const app = await launchApp({ probes: [...world.createProbes().filter((probe) => probe.source !== 'backups'), backups] });
    const { page } = app;
    await page.getByTestId('nav-dates').click();
    const steps = page.getByTestId('full-disk-access-steps');
    await expect(steps).toContainText('System Settings');
    await expect(steps).toContainText('click the + button under the list');
    await expect(steps).toContainText('Turn on the switch next to Backup Lifeboat');
    await expect(steps).toContainText('Quit & Reopen');
    await inBothSchemes(app, 'guide-full-disk-access', '[data-testid="full-disk-access-steps"]');
    await tabTo(page, steps.getByRole('button', { name: 'Open Full Disk Access settings' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => app.effects).toContain(`url:${EXTERNAL_LINKS.macFullDiskAccess}`);

    // The person switches it on in System Settings: the probe's next look finds the folder open.
    backups.report({ backups: [], disk: { freeBytes: 80_000_000_000 }, source: { state: 'ok', reason: null } });
    await expect(page.getByTestId('full-disk-access-granted')).toContainText('Full Disk Access is on');
    await expect(steps).toHaveCount(0);
    await inBothSchemes(app, 'guide-full-disk-access-granted', '[data-testid="full-disk-access-granted"]');
  });
});
