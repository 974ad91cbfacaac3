/**
 * The walkthrough's pictures in Chromium, on each program's computer: every step shows its own
 * picture with one ringed target and the phone's real name, checked by axe and photographed in
 * light and dark mode as the phone is plugged in, trusted and backed up.
 */
import { test, expect } from '../support/e2e/app-fixture';
import { axeViolations } from '../support/e2e/axe-violations';
import { backupSpecOf, PHONE } from '../support/e2e/world';
import { stepContent } from '../../src/shared/content/walkthrough-steps';
import type { Route } from '../../src/shared/guidance/route';
import type { StepId } from '../../src/shared/guidance/types';
import type { OsFamily } from '../../src/shared/snapshot';

interface RouteCase {
  name: string;
  os: OsFamily;
  version: string;
  route: Route;
  /** The program window the pictures draw. */
  program: string;
  computer: string;
  /**
   * Whether axe checks each step in both modes. The drawing inside a picture is inert, so axe sees
   * the same step words and a named figure on every route: one route's full check covers them,
   * and the others check their figures' names directly.
   */
  axe?: boolean;
}

const CASES: RouteCase[] = [
  { name: 'finder', os: 'macos', version: '15.1', route: 'finder', program: 'finder', computer: 'mac', axe: true },
  { name: 'itunes-mac', os: 'macos', version: '10.14.6', route: 'itunes', program: 'itunes-mac', computer: 'mac' },
  { name: 'apple-devices', os: 'windows', version: '10.0.22631', route: 'apple-devices', program: 'apple-devices', computer: 'windows' },
  // Windows before 10 gets iTunes whatever is installed, which makes iTunes for Windows reachable here.
  { name: 'itunes-windows', os: 'windows', version: '6.1.7601', route: 'itunes', program: 'itunes-windows', computer: 'windows' },
  { name: 'idevicebackup2', os: 'linux', version: '6.8.0', route: 'idevicebackup2', program: 'terminal', computer: 'linux' },
];

const SCHEMES = ['light', 'dark'] as const;

/** The steps axe checks here; accessibility.spec.ts already checks the trust and waiting steps, in both modes. */
const AXE_STEPS: StepId[] = ['connect', 'open-program', 'options', 'back-up-now'];

test.describe('walkthrough pictures', () => {
  for (const c of CASES) {
    test(`${c.name}: every step shows its own picture, one ringed target, the phone’s name, in light and dark`, async ({ startWorld, launchApp }) => {
      test.setTimeout(c.axe ? 300_000 : 180_000);
      const world = await startWorld({ os: c.os, version: c.version });
      const app = await launchApp({ world });
      const { page } = app;

      const look = async (step: StepId, picture: string) => {
        const item = page.getByTestId(`step-${step}`);
        // The phone, the trust and the backup reach the page through the real probes, which a busy machine slows down.
        await expect(item).toHaveAttribute('data-state', 'current', { timeout: 20_000 });
        const figure = item.locator('figure[data-picture]');
        await expect(figure).toHaveAttribute('data-picture', picture);
        await expect(figure).toBeVisible();
        await expect(figure).toHaveRole('img');
        await expect(figure).toHaveAccessibleName(/highlighted/);
        await expect(item.locator('[data-picture-target]')).toHaveCount(1);
        if (picture.startsWith('program/') && c.program !== 'terminal') await expect(figure.locator('text', { hasText: PHONE.name }).first()).toBeAttached();
        for (const scheme of SCHEMES) {
          await page.emulateMedia({ colorScheme: scheme });
          if (c.axe && AXE_STEPS.includes(step)) expect(await axeViolations(page, `[data-testid="step-${step}"]`), `${step} in ${scheme}`).toEqual([]);
          await item.screenshot({ path: `test-results/screenshots/pictures-${c.name}-${step}-${scheme}.png` });
        }
      };
      const confirm = async (step: StepId) => page.getByTestId(`step-${step}`).getByRole('button', { name: stepContent(step, c.route).confirm }).click();

      await page.getByTestId('nav-walkthrough').click();
      await look('connect', `connect/${c.computer}`);
      world.plugIn(PHONE, { trusted: false });
      await look('trust', 'trust-prompt');
      world.trust(PHONE);
      await look('open-program', `program/${c.program}/device`);
      await confirm('open-program');
      await look('options', `program/${c.program}/all-data`);
      await confirm('options');
      await look('back-up-now', `program/${c.program}/back-up-now`);
      const backup = await world.beginBackup(backupSpecOf(PHONE, { date: new Date(Date.now() + 60_000) }));
      await backup.addFiles(3);
      await look('wait', `program/${c.program}/progress`);
      await app.screenshot(`pictures-${c.name}-page-dark`);
      await page.emulateMedia({ colorScheme: 'light' });
      await app.screenshot(`pictures-${c.name}-page-light`);
    });
  }
});
