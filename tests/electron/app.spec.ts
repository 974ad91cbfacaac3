import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary, SKIP_REASON } from '../support/electron-binary';

const binary = findElectronBinary();

test.describe('the real app', () => {
  test.skip(!binary, SKIP_REASON);

  test('opens one sandboxed window that shows this computer', async () => {
    const app = await electron.launch({ executablePath: binary ?? undefined, args: ['.'] });
    try {
      const page = await app.firstWindow();
      await expect(page.getByTestId('host-name')).not.toBeEmpty();
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => typeof window.lifeboat.getSnapshot)).toBe('function');
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});
