/**
 * The backup proof where space is scarce: the backup list (what was verified, what each backup
 * holds, archived copies apart), a backup that stops part-way and a verified finish, on an
 * 800 × 600 window and zoomed to 200 %, in light and dark mode, by keyboard alone. Nothing may
 * spill sideways out of its card or make the page scroll sideways; axe finds nothing; Tab reaches
 * every action; a stopped backup takes focus and comes into view as a new step does.
 */
import { axeViolations } from '../support/e2e/axe-violations';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/e2e/app-fixture';
import { backupSpecOf, PHONE } from '../support/e2e/world';
import { archivedName } from '../support/backup-fixtures';
import { tabTo, walkScreen } from '../support/e2e/keyboard-walk';

/** What spills sideways: the page wider than the window, or anything in a card reaching past the card's edge. */
async function spillsSideways(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) found.push(`the page is ${root.scrollWidth} px wide in a ${root.clientWidth} px window`);
    for (const card of document.querySelectorAll<HTMLElement>('main .card')) {
      const edge = card.getBoundingClientRect().right;
      for (const inside of card.querySelectorAll<HTMLElement>('*')) {
        if (!inside.checkVisibility()) continue;
        const right = inside.getBoundingClientRect().right;
        if (right > edge + 1) found.push(`${inside.tagName.toLowerCase()} “${(inside.textContent ?? '').trim().slice(0, 40)}” ends ${Math.round(right - edge)} px past its card`);
      }
    }
    return found;
  });
}

/** Opens a screen by keyboard through the menu button, as the sections sit behind it below 820 px. */
async function openByKeyboard(page: Page, screen: string) {
  await tabTo(page, '[data-testid="nav-toggle"]');
  await page.keyboard.press('Enter');
  await tabTo(page, `[data-testid="nav-${screen}"]`);
  await page.keyboard.press('Enter');
}

/** Whether the element starts inside the window (scrolled to its start, it may sit a fraction of a pixel above the edge). */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top > -1 && box.top < window.innerHeight;
  });
}

/** Checks the screen as it stands in light and dark mode, and photographs it. */
async function checkBothSchemes(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await spillsSideways(page), `${name} in ${scheme}: spilling sideways`).toEqual([]);
    expect(await axeViolations(page), `${name} in ${scheme}`).toEqual([]);
    await page.screenshot({ path: `test-results/screenshots/${name}-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const WORK = { udid: '00008110-001A2C3E0E38802E', name: 'Work iPhone with a long name', productType: 'iPhone14,5', iosVersion: '17.5.1' };

for (const [size, use] of [
  ['800x600', { viewport: { width: 800, height: 600 } }],
  // A 1280 × 900 window at 200 % lays out 640 × 450 CSS pixels at two device pixels each.
  ['zoom-200', { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 }],
] as const) {
  test.describe(`the backup proof at ${size}`, () => {
    test.use(use);

    test('the backup list keeps what was verified, what each backup holds and archived copies inside their card, by keyboard alone', async ({ startWorld, launchApp }) => {
      // Several backups to write, read and verify, on a machine others share.
      test.slow();
      const today = new Date(Date.now() - 3600_000);
      const world = await startWorld({
        backups: [
          backupSpecOf(PHONE, { date: today, files: 4, contents: { photosAndVideos: 12, messages: true, whatsapp: true, contacts: true } }),
          backupSpecOf(PHONE, { folderName: archivedName(PHONE.udid.replace('-', ''), new Date('2026-01-01T12:00:00Z')), date: new Date('2026-01-01T12:00:00Z'), files: 2 }),
          backupSpecOf(WORK, { encrypted: true, date: today }),
        ],
      });
      const { page } = await launchApp({ world });
      await openByKeyboard(page, 'dates');
      await expect(page.getByRole('heading', { level: 1, name: 'Last backup dates' })).toBeFocused();
      await expect(page.getByTestId('local-backup').filter({ hasText: PHONE.name }).getByTestId('backup-contents')).toHaveText('12 photos and videos · Messages · WhatsApp chats · Contacts', { timeout: 20_000 });
      await expect(page.getByTestId('archived-backup').getByTestId('backup-verification')).toHaveText('Verified: all 2 files it lists are here', { timeout: 20_000 });
      await checkBothSchemes(page, `proof-${size}-dates`);

      const walk = await walkScreen(page);
      expect(walk.missed, 'actions Tab never reached').toEqual([]);
      expect(walk.withoutRing, 'actions without a focus ring').toEqual([]);
    });

    test('a backup that stops part-way takes focus and comes into view with what to do; a verified finish shows what it holds', async ({ startWorld, launchApp }) => {
      test.slow();
      const world = await startWorld({ phones: [{ phone: PHONE }], backups: [backupSpecOf(PHONE, { date: new Date('2026-11-01T10:00:00Z') })] });
      const { page } = await launchApp({ world });
      await openByKeyboard(page, 'walkthrough');
      for (const step of ['open-program', 'options', 'back-up-now']) {
        await expect(page.getByTestId(`step-${step}`).getByRole('heading', { level: 2 })).toBeFocused();
        await tabTo(page, `[data-testid="step-${step}"] button.primary`);
        await page.keyboard.press('Enter');
      }
      await expect(page.getByTestId('step-wait').getByRole('heading', { level: 2 })).toBeFocused();
      const cut = await world.beginBackup(backupSpecOf(PHONE, { date: new Date() }));
      await cut.addFiles(3);
      await expect(page.getByTestId('backup-status')).toContainText('Backing up', { timeout: 20_000 });

      world.unplug(PHONE);
      const stoppedHeading = page.getByTestId('backup-stopped').getByRole('heading', { level: 2 });
      await expect(stoppedHeading).toBeFocused({ timeout: 20_000 });
      expect(await inView(page, '[data-testid="backup-stopped"]'), 'the stopped backup in view').toBe(true);
      await checkBothSchemes(page, `proof-${size}-stopped`);
      await tabTo(page, '[data-testid="backup-stopped"] button');

      world.plugIn(PHONE);
      const again = await world.beginBackup(backupSpecOf(PHONE, { date: new Date(Date.now() + 60_000) }));
      await again.addFiles(3);
      await again.finish();
      const finished = page.getByTestId('walkthrough-finished');
      // A backup written live holds only app files: its contents line says so.
      await expect(finished.getByTestId('backup-contents')).toHaveText('No photos, messages, WhatsApp chats, contacts or notes in it', { timeout: 20_000 });
      await expect(finished.getByRole('heading', { level: 2 })).toBeFocused();
      expect(await inView(page, '[data-testid="walkthrough-finished"]'), 'the finished backup in view').toBe(true);
      await checkBothSchemes(page, `proof-${size}-verified`);
    });
  });
}
