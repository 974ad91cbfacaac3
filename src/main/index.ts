/** App lifecycle only: each concern lives in its own setup function. */
import { app } from 'electron';
import { createCore } from './core/create-core';
import { createDefaultProbes } from './core/default-probes';
import { findBackupsProbe } from './core/probes/backups';
import { createProgressStore } from './progress/progress-store';
import { createElectronProgressBackend } from './store';
import { createMainWindow, setupBackupNotices, setupPermissionLock } from './window';
import { setupIpc } from './ipc';

async function main(): Promise<void> {
  await app.whenReady();
  setupPermissionLock();
  const probes = createDefaultProbes();
  const backups = findBackupsProbe(probes);
  const core = createCore({ probes });
  const progress = createProgressStore(createElectronProgressBackend());
  const window = createMainWindow();
  const teardownIpc = setupIpc(window, { core, progress, locateBackup: (udid) => backups?.locate(udid) ?? null });
  const stopNotices = setupBackupNotices(window, core);
  void core.start();

  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => {
    teardownIpc();
    stopNotices();
    void core.stop();
  });
}

void main();
