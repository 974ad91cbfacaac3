import { test, expect } from '../support/e2e/app-fixture';
import { outage } from '../support/e2e/world';

test.describe('iCloud Backup status', () => {
  test('an outage Apple reports shows on the overview as it happens, with the local backup as the way round', async ({ startWorld, launchApp }) => {
    const world = await startWorld();
    const app = await launchApp({ world });
    const { page } = app;
    await expect(page.getByTestId('icloud-status')).toContainText('Working normally');
    await expect(page.getByTestId('next-step')).toContainText('Start with the iCloud checklist');

    world.setStatus(outage('Some users are unable to back up to iCloud.'));
    await expect(page.getByTestId('icloud-status')).toContainText('Outage');
    // Said once: the next step names the outage and the way round; Apple's own words are in the status card.
    await expect(page.getByTestId('next-step')).toContainText('Apple reports an outage of iCloud Backup');
    await expect(page.getByTestId('icloud-status')).toContainText('Some users are unable to back up to iCloud.');
    await expect(page.getByTestId('warning-icloud-status')).toHaveCount(0);
    await expect(page.getByTestId('next-step')).toContainText('Back up to this computer');
    await app.screenshot('overview-outage-light');
    await page.getByTestId('next-step').getByRole('button', { name: 'Open Apple’s status page' }).click();
    await expect.poll(() => app.effects).toContain('url:https://www.apple.com/support/systemstatus/');
  });
});
