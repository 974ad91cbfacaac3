/**
 * The page's bridge is the built preload, out/preload/index.cjs, run as Electron runs a sandboxed
 * preload (see tests/support/e2e/preload-script.ts): what it exposes, how it unsubscribes, and how
 * a refusal from main reaches the page. Also the smoke start's check, against the real page.
 */
import { test, expect } from '../support/e2e/app-fixture';
import { createHostProbe } from '../../src/main/core/probes/host';
import { SHOWS_FIRST_SNAPSHOT } from '../../src/main/smoke-test';

const MAC = () => [createHostProbe({ override: { os: 'macos', version: '15.1' } })];

interface HarnessWindow {
  __lifeboatListenerCount(): number;
}

test.describe('the built preload as the page’s bridge', () => {
  test('gives the page window.lifeboat: six task functions, frozen', async ({ launchApp }) => {
    const app = await launchApp({ probes: MAC() });
    await expect(app.page.getByTestId('host-name')).toHaveText('macOS Sequoia 15.1');
    const bridge = await app.page.evaluate(() => ({
      keys: Object.keys(window.lifeboat).sort(),
      functions: Object.values(window.lifeboat).every((value) => typeof value === 'function'),
      frozen: Object.isFrozen(window.lifeboat),
    }));
    expect(bridge).toEqual({ keys: ['getProgress', 'getSnapshot', 'onProgress', 'onSnapshot', 'run', 'setProgress'], functions: true, frozen: true });
  });

  test('removes the page’s listener when it unsubscribes, and only that one', async ({ launchApp }) => {
    const app = await launchApp({ probes: MAC() });
    await expect(app.page.getByTestId('host-name')).toHaveText('macOS Sequoia 15.1');
    const counts = await app.page.evaluate(() => {
      const harness = window as unknown as HarnessWindow;
      const before = harness.__lifeboatListenerCount();
      const stops = Array.from({ length: 50 }, () => window.lifeboat.onSnapshot(() => {}));
      const subscribed = harness.__lifeboatListenerCount();
      for (const stop of stops) stop();
      return { before, subscribed, after: harness.__lifeboatListenerCount() };
    });
    expect(counts.subscribed).toBe(counts.before + 50);
    expect(counts.after).toBe(counts.before);
    // The page's own listeners are still there: a change still reaches the screen.
    await app.progress.update({ kind: 'checklist', item: 'storage', mark: 'culprit' });
    await expect(app.page.getByText(/^1\/\d+$/)).toBeVisible();
  });

  test('hands the page main’s refusal in Electron’s words', async ({ launchApp }) => {
    const app = await launchApp({ probes: MAC() });
    await expect(app.page.getByTestId('host-name')).toHaveText('macOS Sequoia 15.1');
    const message = await app.page.evaluate(() =>
      window.lifeboat.setProgress({ kind: 'no-such-kind' } as never).then(
        () => 'accepted',
        (error: Error) => error.message,
      ),
    );
    expect(message).toMatch(/^Error invoking remote method 'progress:set': InvalidPayloadError: Invalid payload for progress:set/);
  });
});

test.describe('the smoke start’s check', () => {
  test('is true once the page shows the first snapshot, and not before', async ({ page, launchApp }) => {
    await page.setContent('<main aria-busy="true"><p role="status">Looking at this computer…</p></main>');
    expect(await page.evaluate(SHOWS_FIRST_SNAPSHOT)).toBe(false);
    await page.setContent('<p data-testid="host-name">  </p>');
    expect(await page.evaluate(SHOWS_FIRST_SNAPSHOT)).toBe(false);
    const app = await launchApp({ probes: MAC() });
    await expect(app.page.getByTestId('host-name')).toHaveText('macOS Sequoia 15.1');
    expect(await app.page.evaluate(SHOWS_FIRST_SNAPSHOT)).toBe(true);
  });
});
