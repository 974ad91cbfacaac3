/** App lifecycle only: each concern lives in its own setup function. */
import { app, type BrowserWindow } from 'electron';
import { createCore } from './core/create-core';
import { createDefaultProbes } from './core/default-probes';
import { findBackupsProbe } from './core/probes/backups';
import { createProgressStore } from './progress/progress-store';
import { createElectronProgressBackend } from './store';
import { createMainWindow, focusWindow, registerAppScheme, setupAppProtocol, setupBackupNotices, setupContentsLocks, setupPermissionLock } from './window';
import { setupIpc } from './ipc';
import { errorText, smokeTestRequested, startSmokeTest, type SmokeTest } from './smoke-test';

/** Set when this run is a smoke start (see smoke-test.ts); it watches from the first line on. */
const smokeTest: SmokeTest | null = smokeTestRequested(process.env, app.isPackaged)
  ? startSmokeTest({ finish: (code) => (code === 0 ? app.quit() : app.exit(code)) })
  : null;

async function main(): Promise<void> {
  // One app at a time: a second launch brings the first window forward instead.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let window: BrowserWindow | null = null;
  app.on('second-instance', () => focusWindow(window));

  registerAppScheme();
  setupContentsLocks();
  await app.whenReady();
  setupAppProtocol();
  setupPermissionLock();
  const probes = createDefaultProbes();
  const backups = findBackupsProbe(probes);
  const core = createCore({ probes });
  const progress = createProgressStore(createElectronProgressBackend());
  window = createMainWindow();
  const teardownIpc = setupIpc(window, { core, progress, locateBackup: (udid) => backups?.locate(udid) ?? null });
  const stopNotices = setupBackupNotices(window, core);
  smokeTest?.watch(window);
  void core.start();

  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => {
    teardownIpc();
    stopNotices();
    void core.stop();
  });
}

main().catch((error: unknown) => {
  if (smokeTest) return smokeTest.fail(`starting threw: ${errorText(error)}`);
  // Outside a smoke start, Electron reports it as it reports any uncaught error in main.
  throw error;
});
