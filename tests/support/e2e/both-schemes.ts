/**
 * One state of the app, seen in light and in dark mode: photographed and checked with axe in each.
 * A test walks its scenario once and calls this at every state worth seeing, rather than walking
 * the whole scenario again per mode.
 */
import { expect } from '@playwright/test';
import { axeViolations } from './axe-violations';
import type { RunningApp } from './app-fixture';

/** Photographs and checks the page (or just `scope`, a CSS selector) in light and dark mode, then returns to light. */
export async function inBothSchemes(app: RunningApp, name: string, scope?: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await app.page.emulateMedia({ colorScheme });
    await app.screenshot(`${name}-${colorScheme}`);
    expect(await axeViolations(app.page, scope), `${name} in ${colorScheme}`).toEqual([]);
  }
  await app.page.emulateMedia({ colorScheme: 'light' });
}
