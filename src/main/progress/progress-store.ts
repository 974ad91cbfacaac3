/**
 * Where the person's progress lives while the app runs. The store applies updates, tells
 * subscribers, and hands every change to a backend (electron-store in the app, `conf` or memory
 * in tests) so it survives a restart. A save that fails keeps the change in memory and says so.
 */
import { applyProgressUpdate, emptyProgress, type Progress, type ProgressUpdate } from '../../shared/progress';

/** Reads and writes the whole progress object somewhere durable. */
export interface ProgressBackend {
  load(): Progress;
  save(progress: Progress): void;
}

/** The running progress store. */
export interface ProgressStore {
  get(): Progress;
  update(update: ProgressUpdate): Progress;
  subscribe(listener: (progress: Progress) => void): () => void;
  /** How many subscribers are attached (a leak shows up here first). */
  listenerCount(): number;
}

/** A backend that forgets everything on exit, for tests and for when saving is impossible. */
export function memoryBackend(initial: Progress = emptyProgress()): ProgressBackend {
  let saved = initial;
  return {
    load: () => saved,
    save: (progress) => {
      saved = progress;
    },
  };
}

/** Creates the store over a backend. */
export function createProgressStore(backend: ProgressBackend, now: () => Date = () => new Date()): ProgressStore {
  let progress = backend.load();
  const listeners = new Set<(progress: Progress) => void>();
  return {
    get: () => progress,
    update(update) {
      progress = applyProgressUpdate(progress, update, now());
      try {
        backend.save(progress);
      } catch {
        // The disk refused (full, read-only, locked): keep going in memory and tell the person.
        if (progress.notice?.kind !== 'not-saved') progress = { ...progress, notice: { kind: 'not-saved', at: now().toISOString() } };
      }
      for (const listener of [...listeners]) listener(progress);
      return progress;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listenerCount: () => listeners.size,
  };
}
