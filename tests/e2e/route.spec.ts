import { test, expect } from '../support/e2e/app-fixture';
import { world } from '../support/e2e/world';

test.describe('route', () => {
  test('a macOS 10.14 Mojave host is walked through iTunes', async ({ launchApp }) => {
    const app = await launchApp({ probes: world({ version: '10.14.6' }).probes });
    await expect(app.page.getByTestId('host-name')).toHaveText('macOS Mojave 10.14.6');
    await expect(app.page.getByTestId('route')).toContainText('Backs up with iTunes');
    await app.page.getByTestId('nav-walkthrough').click();
    await expect(app.page.getByRole('heading', { level: 1, name: 'Back up with iTunes' })).toBeVisible();
    await expect(app.page.getByTestId('step-open-program')).toContainText('Open iTunes and click the phone button');
  });

  test('a macOS 15 Sequoia host is walked through Finder', async ({ launchApp }) => {
    const app = await launchApp({ probes: world({ version: '15.1' }).probes });
    await expect(app.page.getByTestId('host-name')).toHaveText('macOS Sequoia 15.1');
    await expect(app.page.getByTestId('route')).toContainText('Backs up with Finder');
    await app.page.getByTestId('nav-walkthrough').click();
    await expect(app.page.getByRole('heading', { level: 1, name: 'Back up with Finder' })).toBeVisible();
    await expect(app.page.getByTestId('step-open-program')).toContainText('Open Finder and click your iPhone');
  });
});
