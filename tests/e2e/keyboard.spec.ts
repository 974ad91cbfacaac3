import type { Page } from '@playwright/test';
import { test, expect } from '../support/e2e/app-fixture';
import { PHONE } from '../support/e2e/world';

/** Presses Tab until the focused element matches, failing after `limit` presses. */
async function tabTo(page: Page, matches: (element: Element) => boolean, limit = 40): Promise<void> {
  const source = matches.toString();
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate((fn) => {
      const test = new Function(`return (${fn})`)() as (element: Element) => boolean;
      return document.activeElement ? test(document.activeElement) : false;
    }, source);
    if (found) return;
  }
  throw new Error('Never reached the element with Tab.');
}

/** The focused element's outline, as the person sees it. */
async function focusRing(page: Page) {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
  });
}

test.describe('keyboard', () => {
  test('every screen and the walkthrough work by keyboard alone, with a visible focus ring', async ({ startWorld, launchApp }) => {
    const world = await startWorld({ phones: [{ phone: PHONE }] });
    const app = await launchApp({ world });
    const { page } = app;
    await expect(page.getByTestId('host-name')).toBeVisible();

    await tabTo(page, (element) => element.getAttribute('data-testid') === 'nav-checklist');
    expect(await focusRing(page)).toEqual({ style: 'solid', width: 3 });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Fix iCloud Backup, one check at a time' })).toBeFocused();

    await tabTo(page, (element) => element instanceof HTMLInputElement && element.name === 'mark-storage');
    expect(await focusRing(page)).toEqual({ style: 'solid', width: 3 });
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('check-storage').getByRole('radio', { name: 'This was it' })).toBeChecked();
    await expect(page.getByTestId('checklist-count')).toContainText('1 of 9 checked');
    await app.screenshot('keyboard-checklist-focus-light');

    await page.keyboard.press('Shift+Tab');
    for (let i = 0; i < 60 && !(await page.getByTestId('nav-walkthrough').evaluate((element) => element === document.activeElement)); i += 1) {
      await page.keyboard.press('Shift+Tab');
    }
    await page.keyboard.press('Enter');
    // The walkthrough puts focus on the step to act on rather than its title.
    await expect(page.getByTestId('step-open-program').getByRole('heading', { level: 2 })).toBeFocused();
    await tabTo(page, (element) => element.textContent === 'I can see my iPhone in Finder');
    expect(await focusRing(page)).toEqual({ style: 'solid', width: 3 });
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('step-options')).toHaveAttribute('data-state', 'current');
    await tabTo(page, (element) => element.textContent === 'Options chosen');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('step-back-up-now')).toHaveAttribute('data-state', 'current');
  });
});
