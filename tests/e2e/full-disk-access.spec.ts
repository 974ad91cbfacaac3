/**
 * A Mac that has not given the app Full Disk Access: the real backups probe meets a real
 * "permission denied" (a folder of mode 000, read as an ordinary user), and the page shows where
 * to switch access on — in System Settings on macOS 13 and later, in System Preferences before —
 * beside the clicks on the Last backup dates page (where the overview's warning leads) and on the
 * walkthrough's last step, in light and dark mode, its button reached and pressed by keyboard.
 */
import { axeViolations } from '../support/e2e/axe-violations';
import { chmod } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../support/e2e/app-fixture';
import { PHONE } from '../support/e2e/world';
import type { Probe } from '../../src/main/core/probe';
import { createBackupsProbe, type BackupsProbe } from '../../src/main/core/probes/backups';
import { EXTERNAL_LINKS } from '../../src/main/actions/external-links';
import { focusRingShows, tabTo } from '../support/e2e/keyboard-walk';
import { canDenyReads, makeTempRoot, removeTempRoot, withoutRootPowers } from '../support/backup-fixtures';

// While the backups probe starts as another user, this process may not write where Playwright keeps traces.
test.use({ trace: 'off' });

/**
 * The probe looks again every few seconds while refused, and only its start runs as the ordinary
 * account: a look as root would succeed and show access as given. The test is about the refusal.
 */
const NO_RECHECK_MS = 3_600_000;

/**
 * The backups probe, started as an account without root's power to read every folder, and the
 * other probes started only after it: the switch of account holds for the whole process while it
 * lasts, and the phone's probes cannot reach the test usbmuxd as that account.
 */
function refusedFirst(backups: BackupsProbe, others: Probe[]): Probe[] {
  let started!: () => void;
  const backupsStarted = new Promise<void>((resolve) => (started = resolve));
  const first: Probe = { ...backups, start: (report) => withoutRootPowers(async () => backups.start(report)).finally(started) };
  const after = others.map(
    (probe): Probe => ({
      ...probe,
      start: async (report) => {
        await backupsStarted;
        await probe.start(report);
      },
    }),
  );
  return [first, ...after];
}

/** Checks the picture in `where`, then photographs `where` in light and dark mode. */
async function checkPicture(page: Page, where: Locator, selector: string, picture: string, name: string) {
  const figure = where.locator('figure[data-picture^="full-disk-access"]');
  await expect(figure).toHaveAttribute('data-picture', picture, { timeout: 20_000 });
  await expect(figure).toHaveAttribute('aria-label', /Full Disk Access/);
  await expect(figure.locator('[data-picture-target]')).toHaveCount(1);
  await expect(figure.locator('text', { hasText: 'Backup Lifeboat' })).toHaveCount(1);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page, selector), `${name} in ${scheme}`).toEqual([]);
    await where.screenshot({ path: `test-results/screenshots/${name}-${scheme}.png` });
  }
}

test.describe('Full Disk Access', () => {
  for (const [version, settings] of [
    ['15.1', 'system-settings'],
    ['12.7.4', 'system-preferences'],
  ] as const) {
    test(`macOS ${version} without it is shown where to switch it on in ${settings === 'system-settings' ? 'System Settings' : 'System Preferences'}`, async ({ startWorld, launchApp }) => {
      test.skip(!canDenyReads, 'Windows has no folder mode that denies reading; the pictures are covered by the renderer tests there');
      test.setTimeout(180_000);
      const root = await makeTempRoot();
      await chmod(root, 0o000);
      try {
        const world = await startWorld({ os: 'macos', version, phones: [{ phone: PHONE }] });
        const backups = createBackupsProbe({ roots: [root], platform: 'darwin', permissionRecheckMs: NO_RECHECK_MS });
        const probes = refusedFirst(backups, world.createProbes().filter((probe) => probe.source !== 'backups'));
        const app = await launchApp({ probes });
        const { page } = app;
        expect(app.core.getSnapshot().sources.backups.state).toBe('needs-permission');

        await page.getByTestId('warning-backups-need-permission').getByRole('button', { name: 'Show me how' }).click();
        const selector = '[data-testid="full-disk-access-steps"]';
        await checkPicture(page, page.locator(selector), selector, `full-disk-access/${settings}/switch`, `full-disk-access-${settings}-dates`);

        // The phone first: the steps inside the program come after it is plugged in and trusts this computer.
        await page.getByTestId('nav-walkthrough').click();
        await expect(page.getByTestId('step-open-program')).toHaveAttribute('data-state', 'current', { timeout: 20_000 });
        for (const step of ['open-program', 'options', 'back-up-now']) app.progress.update({ kind: 'confirm-step', step, done: true });
        await expect(page.getByTestId('step-wait')).toHaveAttribute('data-state', 'current', { timeout: 20_000 });
        await expect(page.getByTestId('step-wait').getByTestId('full-disk-access-steps')).toBeVisible();
        await checkPicture(page, page.getByTestId('step-wait'), '[data-testid="step-wait"]', `full-disk-access/${settings}/switch`, `full-disk-access-${settings}-walkthrough`);
        // By keyboard alone: Tab reaches the button under the clicks, and Enter opens the settings page.
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await tabTo(page, '[data-testid="step-wait"] [data-testid="full-disk-access-steps"] button');
        expect(await focusRingShows(page)).toBe(true);
        await page.keyboard.press('Enter');
        await expect.poll(() => app.effects).toContain(`url:${EXTERNAL_LINKS.macFullDiskAccess}`);
      } finally {
        await removeTempRoot(root);
      }
    });
  }
});
