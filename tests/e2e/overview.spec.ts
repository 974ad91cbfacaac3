import { test, expect } from '../support/e2e/app-fixture';
import { createHostProbe } from '../../src/main/core/probes/host';

test.describe('overview', () => {
  test('shows the computer the real core reports', async ({ launchApp }) => {
    const app = await launchApp({ probes: [createHostProbe({ override: { os: 'macos', version: '15.1' } })] });
    await expect(app.page.getByTestId('host-name')).toHaveText('macOS Sequoia 15.1');
    await app.screenshot('overview-foundation');
  });

  test('the page cannot run anything the Content-Security-Policy forbids', async ({ launchApp }) => {
    const app = await launchApp({ probes: [createHostProbe({ override: { os: 'linux', version: '6.8' } })] });
    await expect(app.page.getByTestId('host-name')).toHaveText('Linux 6.8');
    const ranInline = await app.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ranInline).toBe(false);
  });
});
