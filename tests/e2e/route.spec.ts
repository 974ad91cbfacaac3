import { test, expect } from '../support/e2e/app-fixture';

const HOSTS = [
  { version: '10.14.6', name: 'macOS Mojave 10.14.6', program: 'iTunes', openStep: 'Open iTunes and click the device button' },
  { version: '15.1', name: 'macOS Sequoia 15.1', program: 'Finder', openStep: 'Open Finder and click your iPhone' },
];

test.describe('route', () => {
  for (const host of HOSTS) {
    test(`a ${host.name} host is walked through ${host.program}`, async ({ startWorld, launchApp }) => {
      const app = await launchApp({ world: await startWorld({ version: host.version }) });
      await expect(app.page.getByTestId('host-name')).toHaveText(host.name);
      await expect(app.page.getByTestId('route')).toContainText(`Backs up with ${host.program}`);
      await app.page.getByTestId('nav-walkthrough').click();
      await expect(app.page.getByRole('heading', { level: 1, name: `Back up with ${host.program}` })).toBeVisible();
      await expect(app.page.getByTestId('step-open-program')).toContainText(host.openStep);
    });
  }
});
