import { defineConfig } from '@playwright/test';
import { ELECTRON_BINARY_REQUIRED, findElectronBinary, SKIP_REASON } from './tests/support/electron-binary';

if (!findElectronBinary()) {
  process.stderr.write(
    ELECTRON_BINARY_REQUIRED
      ? 'tests/electron: FAILING — the Electron binary is not installed; on GitHub Actions `npm start` installs it before the tests.\n'
      : `tests/electron: SKIPPED — ${SKIP_REASON}.\n`,
  );
}

export default defineConfig({
  testDir: 'tests/electron',
  outputDir: 'test-results/electron',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
});
