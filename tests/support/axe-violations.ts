/** axe-core's WCAG 2.1 AA findings for a page, as one line per rule, for end-to-end tests. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Violations, plus any text whose contrast axe could not work out (a gradient or image behind it
 * hides a failure just as well); within `scope` (a CSS selector) when given, else the whole page.
 */
export async function axeViolations(page: Page, scope?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const results = await (scope ? builder.include(scope) : builder).analyze();
  const unchecked = results.incomplete.filter((result) => result.id === 'color-contrast');
  return [...results.violations, ...unchecked].map((result) => `${result.id}: ${result.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
