import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  // Generous, as for Vitest: a machine busy with other work slows the tests down without failing them.
  timeout: 120_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: chromiumLaunchOptions(),
    // Recording a trace of every test (to keep the failing ones) took a third of the suite's time
    // here; a failure still leaves its screenshot and page snapshot, and `--trace on` records one.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
