/**
 * A keyboard-only run over every screen, and over the walkthrough at each of its stages: with
 * every fold opened, Tab alone reaches every visible action (a radio group counts as one stop, as
 * Tab treats it), and each shows a focus ring. Run on a wide window and on an 800 × 600 one,
 * where the sections sit behind the menu button.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../support/e2e/app-fixture';
import { backupSpecOf, PHONE } from '../support/e2e/world';
import { tabTo, walkScreen } from '../support/e2e/keyboard-walk';

const SCREENS = ['overview', 'checklist', 'walkthrough', 'dates', 'help'] as const;

/** Opens a screen by keyboard: through the sidebar, or through the menu button on a narrow window. */
async function openByKeyboard(page: Page, screen: string, compact: boolean) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  if (compact) {
    await tabTo(page, '[data-testid="nav-toggle"]');
    await page.keyboard.press('Enter');
  }
  await tabTo(page, `[data-testid="nav-${screen}"]`);
  await page.keyboard.press('Enter');
  await expect(page.locator('main h1')).toBeVisible();
}

/** Opens every fold, then checks that Tab reaches every action, each with a ring. */
async function expectEveryActionReached(page: Page, where: string) {
  await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('main details').forEach((details) => (details.open = true)));
  const walk = await walkScreen(page);
  expect(walk.actions.length, `${where}: actions found`).toBeGreaterThan(0);
  expect(walk.missed, `${where}: actions Tab never reached`).toEqual([]);
  expect(walk.withoutRing, `${where}: actions without a focus ring`).toEqual([]);
}

for (const [size, viewport] of [
  ['a wide window', { width: 1280, height: 800 }],
  ['an 800 × 600 window', { width: 800, height: 600 }],
] as const) {
  test.describe(`keyboard alone, on ${size}`, () => {
    test.use({ viewport });
    const compact = viewport.width < 820;

    test('reaches every action on every screen, with a focus ring', async ({ startWorld, launchApp }) => {
      test.setTimeout(180_000);
      const lastWeek = new Date(Date.now() - 9 * 24 * 3600 * 1000);
      const world = await startWorld({ phones: [{ phone: PHONE }], backups: [backupSpecOf(PHONE, { date: lastWeek })] });
      const { page } = await launchApp({ world });
      await expect(page.getByTestId('host-name')).toBeVisible();
      for (const screen of SCREENS) {
        await openByKeyboard(page, screen, compact);
        if (compact) {
          // The open menu's entries are actions too.
          await tabTo(page, '[data-testid="nav-toggle"]', { back: true });
          await page.keyboard.press('Enter');
        }
        await expectEveryActionReached(page, screen);
        if (compact) {
          await tabTo(page, '[data-testid="nav-toggle"]', { back: true });
          await page.keyboard.press('Escape');
        }
      }
    });

    test('reaches every action of the walkthrough at each step and once finished', async ({ startWorld, launchApp }) => {
      test.setTimeout(180_000);
      const world = await startWorld({ phones: [{ phone: PHONE }] });
      const { page } = await launchApp({ world });
      await openByKeyboard(page, 'walkthrough', compact);
      for (const step of ['open-program', 'options', 'back-up-now']) {
        await expect(page.getByTestId(`step-${step}`)).toHaveAttribute('data-state', 'current');
        await expectEveryActionReached(page, `the walkthrough at ${step}`);
        await tabTo(page, `[data-testid="step-${step}"] button.primary`);
        await page.keyboard.press('Enter');
      }
      // The app watches the backup being written: "wait" ends when the backup is there, not by a button.
      await expect(page.getByTestId('step-wait')).toHaveAttribute('data-state', 'current');
      await expectEveryActionReached(page, 'the walkthrough at wait');
      const backup = await world.beginBackup(backupSpecOf(PHONE, { date: new Date(Date.now() + 60_000) }));
      await backup.addFiles(2);
      await backup.finish();
      await expect(page.getByTestId('walkthrough-finished')).toBeVisible({ timeout: 20_000 });
      await expectEveryActionReached(page, 'the finished walkthrough');
    });
  });
}
