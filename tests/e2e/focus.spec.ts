/**
 * Where focus goes after something on the page changes, in Chromium, where a removed button
 * really drops focus to the page: onto the new heading or the current step, never lost, and never
 * pulled away from a person who is somewhere else when the phone moves the walkthrough on.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../support/e2e/app-fixture';
import { backupSpecOf, PHONE } from '../support/e2e/world';
import { focusRingShows, tabTo } from '../support/e2e/keyboard-walk';

/** The current step's heading, which takes focus when the step becomes current. */
function stepHeading(page: Page, step: string) {
  return page.getByTestId(`step-${step}`).getByRole('heading', { level: 2 });
}

async function focusIsOnPage(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement === document.body || document.activeElement === null);
}

test.describe('focus', () => {
  test('each step confirmed by keyboard hands focus to the next step, with a visible ring, never to the page', async ({ startWorld, launchApp }) => {
    const world = await startWorld({ phones: [{ phone: PHONE }] });
    const { page } = await launchApp({ world });
    await tabTo(page, '[data-testid="nav-walkthrough"]');
    await page.keyboard.press('Enter');
    await expect(stepHeading(page, 'open-program')).toBeFocused();
    expect(await focusRingShows(page)).toBe(true);

    for (const [step, next] of [
      ['open-program', 'options'],
      ['options', 'back-up-now'],
      ['back-up-now', 'wait'],
    ] as const) {
      await tabTo(page, `[data-testid="step-${step}"] button.primary`);
      await page.keyboard.press('Enter');
      await expect(stepHeading(page, next)).toBeFocused();
      expect(await focusIsOnPage(page)).toBe(false);
      expect(await focusRingShows(page)).toBe(true);
    }
  });

  test('a step the phone completes moves focus on only for a person working in the steps', async ({ startWorld, launchApp }) => {
    const world = await startWorld();
    const { page } = await launchApp({ world });
    await page.getByTestId('nav-walkthrough').click();
    await expect(stepHeading(page, 'connect')).toBeFocused();

    // Reading the connect step's advice when the phone is plugged in: the advice goes, focus follows to the next step.
    await page.getByTestId('step-connect').locator('summary').focus();
    world.plugIn(PHONE, { trusted: false });
    await expect(stepHeading(page, 'trust')).toBeFocused();

    // In the sidebar when the phone is trusted: focus stays where the person put it.
    await page.getByTestId('nav-dates').focus();
    world.trust(PHONE);
    await expect(page.getByTestId('step-open-program')).toHaveAttribute('data-state', 'current');
    await expect(page.getByTestId('nav-dates')).toBeFocused();
  });

  test('marking a check keeps focus on its marks, announces the count, and Tab goes on to the next check', async ({ startWorld, launchApp }) => {
    const { page } = await launchApp({ world: await startWorld() });
    await tabTo(page, '[data-testid="nav-checklist"]');
    await page.keyboard.press('Enter');
    // The screen loads when first opened; Tab walks it only once it is there and its heading holds focus.
    await expect(page.getByRole('heading', { level: 1, name: 'Fix iCloud Backup, one check at a time' })).toBeFocused();
    // A radio group: the arrow keys choose, so focus must stay while the person is choosing.
    await tabTo(page, 'input[name="mark-storage"]');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('check-storage').getByRole('radio', { checked: true })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'of 9 checked' })).toHaveText(/^1 of 9 checked/);
    await expect(page.getByTestId('check-wifi').locator('details')).toHaveAttribute('open', '');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('check-wifi').locator('summary')).toBeFocused();
  });

  test('a problem that stops the backup takes focus first when the walkthrough opens', async ({ startWorld, launchApp }) => {
    const world = await startWorld({ phones: [{ phone: PHONE, connection: 'recovery' }] });
    const { page } = await launchApp({ world });
    await tabTo(page, '[data-testid="nav-walkthrough"]');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('walkthrough-problem').getByRole('heading', { level: 2 })).toBeFocused();
    expect(await focusRingShows(page)).toBe(true);
  });

  test('buttons that open another screen put focus on its heading', async ({ startWorld, launchApp }) => {
    const { page } = await launchApp({ world: await startWorld() });
    await expect(page.getByTestId('host-name')).toBeVisible();
    expect(await focusIsOnPage(page)).toBe(true);
    await page.getByRole('button', { name: 'Note or see dates' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Last backup dates' })).toBeFocused();
    await page.getByTestId('nav-overview').click();
    await expect(page.getByRole('heading', { level: 1, name: 'At a glance' })).toBeFocused();
    await page.getByTestId('next-step').getByRole('button').first().click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('At a glance');
    expect(await focusIsOnPage(page)).toBe(false);
  });

  test('finishing focuses the finished backup; making another and starting over focus the step to act on', async ({ startWorld, launchApp }) => {
    const world = await startWorld({ phones: [{ phone: PHONE }] });
    const app = await launchApp({ world });
    const { page } = app;
    for (const step of ['open-program', 'options']) app.progress.update({ kind: 'confirm-step', step, done: true });
    await page.getByTestId('nav-walkthrough').click();
    await expect(stepHeading(page, 'back-up-now')).toBeFocused();

    const backup = await world.beginBackup(backupSpecOf(PHONE, { date: new Date(Date.now() + 60_000) }));
    await backup.addFiles(2);
    await expect(stepHeading(page, 'wait')).toBeFocused({ timeout: 20_000 });
    await backup.finish();
    await expect(page.getByTestId('walkthrough-finished').getByRole('heading', { level: 2 })).toBeFocused({ timeout: 20_000 });

    await page.getByRole('button', { name: 'Make another backup' }).click();
    await expect(stepHeading(page, 'open-program')).toBeFocused();
    expect(await focusIsOnPage(page)).toBe(false);

    await tabTo(page, '[data-testid="step-open-program"] button.primary');
    await page.keyboard.press('Enter');
    await expect(stepHeading(page, 'options')).toBeFocused();
    await page.getByRole('button', { name: 'Start the walkthrough over' }).click();
    await expect(stepHeading(page, 'open-program')).toBeFocused();
  });
});
