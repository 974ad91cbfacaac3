/**
 * What the app proves about backups, end to end: real-format backups of every kind on disk, the
 * real backups probe verifying them, and the page showing what each holds, which were checked,
 * archived copies apart, and a backup that stops when the phone is unplugged part-way. Every
 * view is checked with axe in light and dark mode.
 */
import { test, expect } from '../support/e2e/app-fixture';
import { inBothSchemes } from '../support/e2e/both-schemes';
import { backupSpecOf, PHONE } from '../support/e2e/world';
import { archivedName, filesOf } from '../support/backup-fixtures';

const OTHER = { udid: '00008030-000E45A02E38802E', name: 'Old iPhone', productType: 'iPhone8,1', iosVersion: '9.3.5' };
const WORK = { udid: '00008110-001A2C3E0E38802E', name: 'Work iPhone', productType: 'iPhone14,5', iosVersion: '17.5.1' };

test('the backup list says what each backup holds and what was proven, archived copies apart, in light and dark mode', async ({ startWorld, launchApp }) => {
  // Several backups to write, read and verify: more steps than most tests, on a machine others share.
  test.slow();
  const today = new Date(Date.now() - 3600_000);
  const annas = backupSpecOf(PHONE, { date: today, files: 4, contents: { photosAndVideos: 12, messages: true, whatsapp: true, contacts: true } });
  const old = backupSpecOf(OTHER, { index: 'mbdb', date: new Date('2016-03-01T10:00:00Z'), missingFiles: 2, contents: { photosAndVideos: 3 } });
  const world = await startWorld({
    backups: [
      annas,
      backupSpecOf(PHONE, { folderName: archivedName(PHONE.udid.replace('-', ''), new Date('2026-01-01T12:00:00Z')), date: new Date('2026-01-01T12:00:00Z'), files: 2 }),
      old,
      backupSpecOf(WORK, { encrypted: true, date: today }),
    ],
  });
  const app = await launchApp({ world });
  const { page } = app;
  await page.getByTestId('nav-dates').click();
  const rows = page.getByTestId('local-backup');
  await expect(rows).toHaveCount(3);
  const anna = rows.filter({ hasText: PHONE.name });
  await expect(anna.getByTestId('backup-verification')).toHaveText(`Verified: all ${filesOf(annas).length} files it lists are here`);
  await expect(anna.getByTestId('backup-contents')).toHaveText('12 photos and videos · Messages · WhatsApp chats · Contacts');
  await expect(rows.filter({ hasText: OTHER.name }).getByTestId('backup-state')).toContainText(`2 of ${filesOf(old).length} files this backup lists are missing`);
  await expect(rows.filter({ hasText: WORK.name }).getByTestId('backup-contents')).toContainText('that is expected');
  await expect(page.getByRole('heading', { name: 'Archived copies' })).toBeVisible();
  await expect(page.getByTestId('archived-backup')).toContainText('archived copy, Jan 1, 2026');
  await expect(page.getByTestId('archived-backup').getByTestId('backup-verification')).toHaveText('Verified: all 2 files it lists are here');
  await inBothSchemes(app, 'dates-proof');
});

test('a backup cut off by unplugging the phone is said out loud, with what to do, in light and dark mode', async ({ startWorld, launchApp }) => {
  test.slow();
  const world = await startWorld({ phones: [{ phone: PHONE }], backups: [backupSpecOf(PHONE, { date: new Date('2026-11-01T10:00:00Z') })] });
  const app = await launchApp({ world });
  const { page } = app;
  await page.getByTestId('nav-walkthrough').click();
  await page.getByRole('button', { name: 'I can see my iPhone in Finder' }).click();
  await page.getByRole('button', { name: 'Options chosen' }).click();
  await page.getByRole('button', { name: 'I clicked Back Up Now' }).click();
  const backup = await world.beginBackup(backupSpecOf(PHONE, { date: new Date() }));
  await backup.addFiles(3);
  await expect(page.getByTestId('backup-status')).toContainText('Backing up');

  world.unplug(PHONE);
  const stopped = page.getByTestId('backup-stopped');
  await expect(stopped).toBeVisible();
  await expect(stopped.getByRole('heading', { level: 2 })).toHaveText('The backup stopped before it finished');
  await expect(stopped).toContainText('cable');
  await expect(page.getByTestId('walkthrough-status')).toHaveText('The backup stopped before it finished. What happened and what to do now are below.');
  await expect(stopped).toContainText('Plug the phone straight into the computer');
  await inBothSchemes(app, 'walkthrough-stopped');

  await page.getByTestId('nav-overview').click();
  await expect(page.getByTestId('next-step')).toContainText('The backup stopped before it finished');
  await inBothSchemes(app, 'overview-stopped');
});
