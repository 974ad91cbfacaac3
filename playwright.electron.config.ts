import { defineConfig } from '@playwright/test';
import { findElectronBinary } from './tests/support/electron-binary';

if (!findElectronBinary()) {
  process.stderr.write(
    'tests/electron: SKIPPED — Electron binary not installed (it cannot be downloaded here). These tests run on the Linux, macOS and Windows CI runners.\n',
  );
}

export default defineConfig({
  testDir: 'tests/electron',
  outputDir: 'test-results/electron',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
});
