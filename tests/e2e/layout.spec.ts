/**
 * The layout where space or color is scarce: an 800 × 600 window, where the sections fold into a
 * menu; a window zoomed to 200 % (a 1280 × 900 window then lays out 640 × 450 CSS pixels at two
 * device pixels each, exactly as a 640 × 450 viewport at scale 2 does), where the current step must
 * come into view by itself; and Windows high-contrast mode, where every background turns the same
 * and the current step must still stand out by its frame.
 */
import { test, expect } from '../support/e2e/app-fixture';
import { PHONE } from '../support/e2e/world';
import { focusRingShows, tabTo } from '../support/e2e/keyboard-walk';
import type { Page } from '@playwright/test';

/** Whether the element's top and bottom are inside the visible part of the window. */
async function wholeInView(page: Page, testId: string): Promise<boolean> {
  return page.getByTestId(testId).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight && (box.bottom <= window.innerHeight || box.top <= 1);
  });
}

test.describe('an 800 × 600 window', () => {
  test.use({ viewport: { width: 800, height: 600 } });

  test('folds the sections into a menu that works by keyboard alone, in light and dark', async ({ startWorld, launchApp }) => {
    const world = await startWorld({ phones: [{ phone: PHONE }] });
    const app = await launchApp({ world });
    const { page } = app;
    const toggle = page.getByTestId('nav-toggle');
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAccessibleName('Sections: Overview');
    await expect(page.getByTestId('nav-walkthrough')).toBeHidden();
    const navHeight = await page.locator('nav').evaluate((nav) => nav.getBoundingClientRect().height);
    expect(navHeight).toBeLessThan(80);
    await app.screenshot('compact-menu-closed-light');

    await tabTo(page, '[data-testid="nav-toggle"]');
    expect(await focusRingShows(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByTestId('nav-walkthrough')).toBeVisible();
    await app.screenshot('compact-menu-open-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.screenshot('compact-menu-open-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    await tabTo(page, '[data-testid="nav-walkthrough"]');
    expect(await focusRingShows(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toHaveAccessibleName('Sections: Back up to this computer');
    await expect(page.getByTestId('step-open-program').getByRole('heading', { level: 2 })).toBeFocused();
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.screenshot('compact-walkthrough-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await app.screenshot('compact-walkthrough-light');

    // Escape folds the menu and hands focus back to its button.
    await tabTo(page, '[data-testid="nav-toggle"]', { back: true });
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('nav-checklist')).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();
  });

  test('widened past 820 px, the sidebar is back and the menu button gone', async ({ startWorld, launchApp }) => {
    const app = await launchApp({ world: await startWorld() });
    const { page } = app;
    await expect(page.getByTestId('nav-toggle')).toBeVisible();
    await page.setViewportSize({ width: 1024, height: 700 });
    await expect(page.getByTestId('nav-toggle')).toBeHidden();
    await expect(page.getByTestId('nav-walkthrough')).toBeVisible();
  });
});

test.describe('200 % zoom', () => {
  test.use({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });

  test('brings the current step into view, focused, on arrival and after each step, in light and dark', async ({ startWorld, launchApp }) => {
    const world = await startWorld({ phones: [{ phone: PHONE }] });
    const app = await launchApp({ world });
    const { page } = app;
    app.progress.update({ kind: 'confirm-step', step: 'open-program', done: true });
    app.progress.update({ kind: 'confirm-step', step: 'options', done: true });

    await tabTo(page, '[data-testid="nav-toggle"]');
    await page.keyboard.press('Enter');
    await tabTo(page, '[data-testid="nav-walkthrough"]');
    await page.keyboard.press('Enter');
    const heading = page.getByTestId('step-back-up-now').getByRole('heading', { level: 2 });
    await expect(heading).toBeFocused();
    expect(await wholeInView(page, 'step-back-up-now')).toBe(true);
    // Step 5 of 6 sits far below the title at this size: it is in view because the page brought it there.
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: `test-results/screenshots/zoom-200-back-up-now-${scheme}.png` });
    }

    await tabTo(page, '[data-testid="step-back-up-now"] button.primary');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('step-wait').getByRole('heading', { level: 2 })).toBeFocused();
    expect(await wholeInView(page, 'step-wait')).toBe(true);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: `test-results/screenshots/zoom-200-wait-${scheme}.png` });
    }
  });
});

test.describe('Windows high-contrast mode', () => {
  /** What marks an element apart when colors cannot: its frame, read as the browser draws it. */
  async function frame(page: Page, selector: string) {
    return page.locator(selector).first().evaluate((element) => {
      const style = getComputedStyle(element);
      return { top: Number.parseFloat(style.borderTopWidth), left: Number.parseFloat(style.borderLeftWidth), style: style.borderTopStyle };
    });
  }

  test('keeps the current step, the current screen and each picture’s target marked by shape, in light and dark', async ({ startWorld, launchApp }) => {
    const world = await startWorld({ phones: [{ phone: PHONE }] });
    const app = await launchApp({ world });
    const { page } = app;
    await page.getByTestId('nav-walkthrough').click();
    await expect(page.getByTestId('step-open-program')).toHaveAttribute('data-state', 'current');

    // Without forced colors the current step is told apart by color: a 1 px border like any card.
    expect((await frame(page, '.step.current')).top).toBe(1);

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, forcedColors: 'active' });
      const current = await frame(page, '.step.current');
      const upcoming = await frame(page, '.step.upcoming');
      expect(current).toMatchObject({ top: 3, style: 'solid' });
      expect(current.top - upcoming.top).toBeGreaterThanOrEqual(2);
      expect(await page.locator('.step.current .step-marker').evaluate((marker) => getComputedStyle(marker, '::before').content)).toContain('→');
      expect(await frame(page, 'nav button[aria-current="page"]')).toMatchObject({ left: 6, style: 'solid' });
      const ring = await page.locator('.step.current [data-picture-target]').evaluate((target) => {
        const style = getComputedStyle(target);
        return { dashes: style.strokeDasharray, width: style.strokeWidth };
      });
      expect(ring.dashes).not.toBe('none');
      expect(ring.width).toBe('5px');
      await app.screenshot(`forced-colors-walkthrough-${scheme}`);
    }

    await page.getByTestId('nav-checklist').click();
    expect(await frame(page, '.check-item.next details')).toMatchObject({ top: 3, style: 'solid' });
    await app.screenshot('forced-colors-checklist-dark');
  });
});
