/** axe-core's WCAG 2.1 AA findings for a page, as one line per rule, for end-to-end tests. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let axeSource: Promise<string> | undefined;

/** axe-core's browser build, read once per test worker. */
function readAxeSource(): Promise<string> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/**
 * Runs axe-core inside the page itself. @axe-core/playwright's `analyze()` sends axe's half-megabyte
 * source again on every call and opens a second page to finish each run, which made axe most of
 * the end-to-end suite's time; here axe goes in once per page load. The page has no frames, so
 * nothing that driver adds (a run across frames) is lost.
 */
async function runAxe(page: Page, scope: string | undefined): Promise<AxeResults> {
  const loaded = await page.evaluate(() => 'axe' in window);
  // Evaluated as a script rather than a <script> tag, which the page's Content-Security-Policy refuses.
  if (!loaded) await page.evaluate(await readAxeSource());
  const options: RunOptions = { runOnly: { type: 'tag', values: WCAG_21_AA }, resultTypes: ['violations', 'incomplete'] };
  return page.evaluate(
    async ([context, runOptions]) => {
      // A button's colours fade for 120 ms after a click or a switch to dark mode; contrast is judged on what a person sees once they settle.
      await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
      return (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe.run(context ?? document, runOptions);
    },
    [scope, options] as const,
  );
}

/**
 * Violations, plus any text whose contrast axe could not work out (a gradient or image behind it
 * hides a failure just as well); within `scope` (a CSS selector) when given, else the whole page.
 */
export async function axeViolations(page: Page, scope?: string): Promise<string[]> {
  const results = await runAxe(page, scope);
  const unchecked = results.incomplete.filter((result) => result.id === 'color-contrast');
  return [...results.violations, ...unchecked].map((result) => `${result.id}: ${result.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
