/** App lifecycle only: each concern lives in its own setup function. */
import { app } from 'electron';
import { createCore } from './core/create-core';
import { createDefaultProbes } from './core/default-probes';
import { createProgressStore } from './progress/progress-store';
import { createElectronProgressBackend } from './store';
import { createMainWindow, setupPermissionLock } from './window';
import { setupIpc } from './ipc';

async function main(): Promise<void> {
  await app.whenReady();
  setupPermissionLock();
  const core = createCore({ probes: createDefaultProbes() });
  const progress = createProgressStore(createElectronProgressBackend());
  const window = createMainWindow();
  const teardownIpc = setupIpc(window, { core, progress });
  void core.start();

  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => {
    teardownIpc();
    void core.stop();
  });
}

void main();
