/**
 * Walking a page by keyboard alone in Playwright: Tab to an element, read the focus ring as a
 * person sees it, and Tab through a whole screen to learn which of its actions the keyboard reaches.
 */
import type { Page } from '@playwright/test';

/** Presses Tab (or Shift+Tab) until `selector` is focused, failing after `limit` presses. */
export async function tabTo(page: Page, selector: string, { back = false, limit = 60 } = {}): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`Never reached ${selector} with ${back ? 'Shift+Tab' : 'Tab'}.`);
}

/** Whether the focused element shows a ring a person can see: the app draws every focus ring as an outline at least 2 px wide. */
export async function focusRingShows(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    return style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
  });
}

/** What a keyboard-only walk of the screen found. */
export interface KeyboardWalk {
  /** Every visible action on the screen, described for a failure message. */
  actions: string[];
  /** Actions Tab never reached. */
  missed: string[];
  /** Actions reached without a visible focus ring. */
  withoutRing: string[];
}

/**
 * Tabs once around the whole screen from the top and reports which visible actions were reached.
 * A group of radio buttons is one stop for Tab (the arrow keys move inside it), so reaching any
 * of its buttons reaches the group.
 */
export async function walkScreen(page: Page): Promise<KeyboardWalk> {
  const actions = await page.evaluate(() => {
    const selector = 'button, a[href], input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const visible = [...document.querySelectorAll<HTMLElement>(selector)].filter((element) => element.checkVisibility() && !element.closest('[inert]'));
    return visible.map((element, i) => {
      const id = element instanceof HTMLInputElement && element.type === 'radio' ? `radio-group:${element.name}` : `action-${i}`;
      element.dataset.walk = id;
      return { id, label: `${element.tagName.toLowerCase()} “${(element.textContent || element.getAttribute('aria-label') || element.getAttribute('name') || '').trim().slice(0, 60)}”` };
    });
  });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const reached = new Set<string>();
  const withoutRing = new Set<string>();
  const unique = new Map(actions.map((action) => [action.id, action.label]));
  let first: string | null = null;
  let previous = '';
  // A date field takes several presses (month, day, year), so allow some over one press an action.
  for (let press = 0; press < 2 * actions.length + 15; press += 1) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.walk ?? '');
    const repeat = id === previous;
    previous = id;
    if (!unique.has(id) || repeat) continue;
    // Back at the first action: the walk has gone once around the page.
    if (id === first) break;
    first ??= id;
    if (reached.has(id)) continue;
    reached.add(id);
    if (!(await focusRingShows(page))) withoutRing.add(unique.get(id)!);
  }
  return {
    actions: [...unique.values()],
    missed: [...unique].filter(([id]) => !reached.has(id)).map(([, label]) => label),
    withoutRing: [...withoutRing],
  };
}
