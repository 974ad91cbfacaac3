import { axeViolations } from '../support/axe-violations';
import { test, expect } from '../support/e2e/app-fixture';
import { backupSpecOf, outage, PHONE } from '../support/e2e/world';
import { memoryBackend } from '../../src/main/progress/progress-store';
import { emptyProgress } from '../../src/shared/progress';

// axe over five whole screens, twice each, takes longer than Playwright's 30 s on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

const SCREENS = [
  { nav: 'nav-overview', heading: 'At a glance', name: 'overview' },
  { nav: 'nav-checklist', heading: 'Fix iCloud Backup, one check at a time', name: 'checklist' },
  { nav: 'nav-walkthrough', heading: 'Back up with Finder', name: 'walkthrough' },
  { nav: 'nav-dates', heading: 'Last backup dates', name: 'dates' },
  { nav: 'nav-help', heading: 'Get help', name: 'help' },
];


for (const colorScheme of ['light', 'dark'] as const) {
  test(`every screen has no WCAG 2.1 AA violations in ${colorScheme} mode`, async ({ startWorld, launchApp }) => {
    // axe over five screens: on a two-core machine shared with other builds this outlasts the default limit.
    test.slow();
    const lastWeek = new Date(Date.now() - 9 * 24 * 3600 * 1000);
    const world = await startWorld({ phones: [{ phone: PHONE, trusted: false }], backups: [backupSpecOf(PHONE, { date: lastWeek, encrypted: true })] });
    const app = await launchApp({ world, colorScheme });
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

for (const colorScheme of ['light', 'dark'] as const) {
  test(`warnings, problems, a running and a verified backup have no WCAG 2.1 AA violations in ${colorScheme} mode`, async ({ startWorld, launchApp }) => {
    // axe four times and a backup written and verified: more than the default limit on a busy two-core machine.
    test.slow();
    const world = await startWorld({ phones: [{ phone: PHONE, connection: 'recovery' }], status: outage('Some users cannot back up.') });
    const notice = { kind: 'reset-unreadable' as const, keptAs: 'progress.unreadable-2026-11-20T10-00-00-000Z.json', at: '2026-11-20T10:00:00.000Z' };
    const app = await launchApp({ world, colorScheme, progressBackend: memoryBackend({ ...emptyProgress(), notice }) });
    const { page } = app;
    await expect(page.getByTestId('warning-icloud-status')).toBeVisible();
    await expect(page.getByTestId('progress-notice')).toBeVisible();
    expect(await axeViolations(page), `overview with warnings in ${colorScheme}`).toEqual([]);
    await app.screenshot(`overview-warnings-${colorScheme}`);

    await page.getByTestId('nav-walkthrough').click();
    await expect(page.getByTestId('walkthrough-problem')).toBeVisible();
    expect(await axeViolations(page), `walkthrough with a problem in ${colorScheme}`).toEqual([]);
    await app.screenshot(`walkthrough-problem-${colorScheme}`);

    for (const step of ['open-program', 'options', 'back-up-now']) app.progress.update({ kind: 'confirm-step', step, done: true });
    world.unplug(PHONE);
    world.plugIn(PHONE);
    const backup = await world.beginBackup(backupSpecOf(PHONE, { date: new Date(Date.now() + 60_000) }));
    await backup.addFiles(3);
    await expect(page.getByTestId('backup-status')).toContainText('Backing up');
    expect(await axeViolations(page), `walkthrough backing up in ${colorScheme}`).toEqual([]);
    await app.screenshot(`walkthrough-backing-up-${colorScheme}`);

    await backup.finish();
    await expect(page.getByTestId('walkthrough-finished')).toBeVisible();
    expect(await axeViolations(page), `walkthrough verified in ${colorScheme}`).toEqual([]);
    await app.screenshot(`walkthrough-verified-${colorScheme}`);
  });
}
