import { axeViolations } from '../support/e2e/axe-violations';
import { test, expect } from '../support/e2e/app-fixture';
import { inBothSchemes } from '../support/e2e/both-schemes';
import { backupSpecOf, outage, PHONE } from '../support/e2e/world';
import { memoryBackend } from '../../src/main/progress/progress-store';
import { emptyProgress } from '../../src/shared/progress';

// axe over five whole screens in two modes takes longer than Playwright's 30 s on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

const SCREENS = [
  { nav: 'nav-overview', heading: 'At a glance', name: 'overview' },
  { nav: 'nav-checklist', heading: 'Fix iCloud Backup, one check at a time', name: 'checklist' },
  { nav: 'nav-walkthrough', heading: 'Back up with Finder', name: 'walkthrough' },
  { nav: 'nav-dates', heading: 'Last backup dates', name: 'dates' },
  { nav: 'nav-help', heading: 'Get help', name: 'help' },
];


test('the check itself finds what a person would trip on: faint text and a button without a name, only where it looks', async ({ launchApp }) => {
  const app = await launchApp({ probes: [] });
  await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await axeViolations(app.page)).toEqual([]);
  await app.page.evaluate(() => {
    const faint = Object.assign(document.createElement('p'), { id: 'faint', textContent: 'Barely there' });
    faint.style.cssText = 'color: #ddd; background: #fff';
    const nameless = Object.assign(document.createElement('button'), { id: 'nameless' });
    document.querySelector('main')!.append(faint, nameless);
  });
  expect(await axeViolations(app.page)).toEqual(['button-name: #nameless', 'color-contrast: #faint']);
  expect(await axeViolations(app.page, '#faint')).toEqual(['color-contrast: #faint']);
  // A reload drops the checker with the page; the next check loads it again.
  await app.page.reload();
  await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await axeViolations(app.page)).toEqual([]);
});

test('every screen has no WCAG 2.1 AA violations in light or dark mode', async ({ startWorld, launchApp }) => {
  // axe over five screens in two modes: on a two-core machine shared with other builds this outlasts the default limit.
  test.slow();
  const lastWeek = new Date(Date.now() - 9 * 24 * 3600 * 1000);
  const world = await startWorld({ phones: [{ phone: PHONE, trusted: false }], backups: [backupSpecOf(PHONE, { date: lastWeek, encrypted: true })] });
  const app = await launchApp({ world });
  for (const screen of SCREENS) {
    await app.page.getByTestId(screen.nav).click();
    await expect(app.page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
    // Open every fold so that what is inside is checked too.
    await app.page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    await inBothSchemes(app, screen.name);
  }
});

test('warnings, problems, a running and a verified backup have no WCAG 2.1 AA violations in light or dark mode', async ({ startWorld, launchApp }) => {
  // axe eight times and a backup written and verified: more than the default limit on a busy two-core machine.
  test.slow();
  const world = await startWorld({ phones: [{ phone: PHONE, connection: 'recovery' }], status: outage('Some users cannot back up.') });
  const notice = { kind: 'reset-unreadable' as const, keptAs: 'progress.unreadable-2026-11-20T10-00-00-000Z.json', at: '2026-11-20T10:00:00.000Z' };
  const app = await launchApp({ world, progressBackend: memoryBackend({ ...emptyProgress(), notice }) });
  const { page } = app;
  await expect(page.getByTestId('warning-icloud-status')).toBeVisible();
  await expect(page.getByTestId('progress-notice')).toBeVisible();
  await inBothSchemes(app, 'overview-warnings');

  await page.getByTestId('nav-walkthrough').click();
  await expect(page.getByTestId('walkthrough-problem')).toBeVisible();
  await inBothSchemes(app, 'walkthrough-problem');

  for (const step of ['open-program', 'options', 'back-up-now']) app.progress.update({ kind: 'confirm-step', step, done: true });
  world.unplug(PHONE);
  world.plugIn(PHONE);
  const backup = await world.beginBackup(backupSpecOf(PHONE, { date: new Date(Date.now() + 60_000) }));
  await backup.addFiles(3);
  await expect(page.getByTestId('backup-status')).toContainText('Backing up');
  await inBothSchemes(app, 'walkthrough-backing-up');

  await backup.finish();
  await expect(page.getByTestId('walkthrough-finished')).toBeVisible();
  await inBothSchemes(app, 'walkthrough-verified');
});
