import Conf from 'conf';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '../support/e2e/app-fixture';
import { openProgressBackend, progressFilePath, type ProgressFile } from '../../src/main/progress/open-backend';

/** The app's progress file in `directory`, opened through conf as electron-store opens it in the app. */
function confBackend(directory: string) {
  return openProgressBackend({ directory, open: (options) => new Conf(options) as unknown as ProgressFile });
}

test.describe('saved progress', () => {
  let directory: string;
  test.beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'lifeboat-e2e-progress-'));
  });
  test.afterEach(() => rmSync(directory, { recursive: true, force: true }));

  test('checklist marks survive a restart of the core with the same store file', async ({ startWorld, launchApp }) => {
    const app = await launchApp({ world: await startWorld(), progressBackend: confBackend(directory) });
    const { page } = app;
    await page.getByTestId('nav-checklist').click();
    await page.getByTestId('check-storage').getByRole('radio', { name: 'This was it' }).check();
    await expect(page.getByTestId('check-wifi').locator('details')).toHaveAttribute('open', '');
    await page.getByTestId('check-wifi').getByRole('radio', { name: 'Checked — fine' }).check();
    await expect(page.getByTestId('checklist-count')).toContainText('2 of 9 checked');

    await app.restart({ progressBackend: confBackend(directory) });
    await page.getByTestId('nav-checklist').click();
    await expect(page.getByTestId('checklist-count')).toContainText('2 of 9 checked');
    await expect(page.getByTestId('check-storage').locator('summary')).toContainText('This was it');
    await expect(page.getByTestId('check-wifi').locator('summary')).toContainText('Checked — fine');
    await expect(page.getByTestId('check-power').locator('details')).toHaveAttribute('open', '');
    await page.getByTestId('check-storage').locator('summary').click();
    await expect(page.getByTestId('check-storage').getByRole('radio', { name: 'This was it' })).toBeChecked();
  });

  test('an unreadable store file is kept aside and the person is told', async ({ startWorld, launchApp }) => {
    writeFileSync(progressFilePath(directory), '{"progress": {"checklist": {"storage": "fi');
    const app = await launchApp({ world: await startWorld(), progressBackend: confBackend(directory) });
    const notice = app.page.getByTestId('progress-notice');
    await expect(notice).toContainText('could not be read, so the app started fresh');
    const keptAs = readdirSync(directory).find((name) => name.startsWith('progress.unreadable-'));
    expect(keptAs).toBeTruthy();
    await expect(notice).toContainText(keptAs ?? 'missing');
    await app.screenshot('notice-unreadable-light');
    await notice.getByRole('button', { name: 'OK' }).click();
    await expect(notice).toHaveCount(0);
  });
});
