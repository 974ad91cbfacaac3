/** Progress persisted with electron-store in the app's user-data folder; the rules live in ./progress. */
import { app } from 'electron';
import Store from 'electron-store';
import { openProgressBackend, type ProgressFile } from './progress/open-backend';
import type { ProgressBackend } from './progress/progress-store';

/** The electron-store backend for progress, recovering from an unreadable file. */
export function createElectronProgressBackend(): ProgressBackend {
  return openProgressBackend({
    directory: app.getPath('userData'),
    open: ({ configName, ...options }) => new Store({ ...options, name: configName }) as unknown as ProgressFile,
  });
}
