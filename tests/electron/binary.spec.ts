/**
 * The Electron suite's precondition, made a test of its own: on GitHub Actions the binary must be
 * there (the workflow's `npm start` installs it), so a broken install fails the suite instead of
 * skipping it; on a machine that cannot download Electron the suite is skipped, and says so.
 */
import { expect, test } from '@playwright/test';
import { ELECTRON_BINARY_REQUIRED, findElectronBinary, SKIP_REASON } from '../support/electron-binary';

test('the Electron binary is installed', () => {
  test.skip(!ELECTRON_BINARY_REQUIRED && !findElectronBinary(), SKIP_REASON);
  expect(findElectronBinary(), 'npm start should have installed Electron’s binary before the tests').not.toBeNull();
});
