import { test, expect } from '../support/e2e/app-fixture';
import { createHostProbe } from '../../src/main/core/probes/host';
import { createBackupsProbe } from '../../src/main/core/probes/backups';
import type { Backup } from '../../src/shared/snapshot';
import { BackupInProgress, makeTempRoot, removeTempRoot, writeBackup } from '../support/backup-fixtures';

const UDID = '00008110-001A2C3E0E38802E';

test.describe('backups', () => {
  let root = '';
  test.beforeEach(async () => {
    root = await makeTempRoot('e2e');
  });
  test.afterEach(async () => {
    await removeTempRoot(root);
  });

  const pageBackups = (page: import('@playwright/test').Page) =>
    page.evaluate(async () => (await (window as unknown as { lifeboat: { getSnapshot(): Promise<{ backups: Backup[] }> } }).lifeboat.getSnapshot()).backups);

  test('the page sees a backup being written live, then complete, and can reveal its folder', async ({ launchApp }) => {
    const app = await launchApp({ probes: [createHostProbe({ override: { os: 'macos', version: '15.1' } }), createBackupsProbe({ roots: [root], debounceMs: 50 })] });
    expect(await pageBackups(app.page)).toEqual([]);

    const backup = new BackupInProgress(root, { udid: UDID, deviceName: 'Ann’s iPhone' });
    await backup.begin();
    await backup.addFiles(4);
    await expect.poll(async () => (await pageBackups(app.page))[0]?.inProgress?.bytesWritten).toBe(backup.bytes);

    await backup.finish();
    await expect.poll(async () => (await pageBackups(app.page))[0]).toMatchObject({ udid: UDID, complete: true, inProgress: null, problem: null });

    const result = await app.page.evaluate(
      (udid) => (window as unknown as { lifeboat: { run(request: unknown): Promise<{ ok: boolean }> } }).lifeboat.run({ action: 'reveal-backup', udid }),
      UDID.replace('-', ''),
    );
    expect(result.ok).toBe(true);
    expect(app.effects).toEqual([`reveal:${backup.folder}`]);
  });

  test('revealing a backup that is not listed is refused with a plain message', async ({ launchApp }) => {
    await writeBackup(root, { udid: UDID });
    const app = await launchApp({ probes: [createBackupsProbe({ roots: [root] })] });
    const result = await app.page.evaluate(
      () => (window as unknown as { lifeboat: { run(request: unknown): Promise<{ ok: boolean; message: string }> } }).lifeboat.run({ action: 'reveal-backup', udid: '00008030-000E45A02E38802E' }),
    );
    expect(result).toEqual({ ok: false, message: 'That backup is no longer where it was; it may have been moved or deleted.' });
    expect(app.effects).toEqual([]);
  });
});
