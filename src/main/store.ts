/** Progress persisted with electron-store in the app's user-data folder. */
import Store from 'electron-store';
import type { Progress } from '../shared/progress';
import { emptyProgress } from '../shared/progress';
import type { ProgressBackend } from './progress/progress-store';

/** The electron-store backend for progress. */
export function createElectronProgressBackend(): ProgressBackend {
  const store = new Store<{ progress: Progress }>({ name: 'progress', defaults: { progress: emptyProgress() } });
  return {
    load: () => store.get('progress'),
    save: (progress) => store.set('progress', progress),
  };
}
