import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/e2e/app-fixture';
import { backupOf, PHONE, world } from '../support/e2e/world';

const SCREENS = [
  { nav: 'nav-overview', heading: 'At a glance', name: 'overview' },
  { nav: 'nav-checklist', heading: 'Fix iCloud Backup, one check at a time', name: 'checklist' },
  { nav: 'nav-walkthrough', heading: 'Back up with Finder', name: 'walkthrough' },
  { nav: 'nav-dates', heading: 'Last backup dates', name: 'dates' },
  { nav: 'nav-help', heading: 'Get help', name: 'help' },
];

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every screen has no WCAG 2.1 AA violations in ${colorScheme} mode`, async ({ launchApp }) => {
    const lastWeek = new Date(Date.now() - 9 * 24 * 3600 * 1000).toISOString();
    const w = world({ devices: [{ ...PHONE, paired: false }], backups: [backupOf(PHONE, { lastBackupDate: lastWeek, encrypted: true })] });
    const app = await launchApp({ probes: w.probes, colorScheme });
    for (const screen of SCREENS) {
      await app.page.getByTestId(screen.nav).click();
      await expect(app.page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
      await app.screenshot(`${screen.name}-${colorScheme}`);
      // Open every fold so that what is inside is checked too.
      await app.page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      expect(await axeViolations(app.page), `${screen.name} in ${colorScheme}`).toEqual([]);
    }
  });
}
