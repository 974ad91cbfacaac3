/**
 * Measures backup folders in the background, one at a time, so the list never waits for a walk
 * over tens of thousands of files and the disk is not hammered by many walks at once. A folder
 * asked for again while it is being measured is measured again afterwards.
 */
import { folderSize } from './folder-size';

/** Background sizes of backup folders. */
export interface SizeTracker {
  /** The last measured size; null until the first measurement finishes. */
  get(folder: string): number | null;
  /** Queues folders to be measured (again). */
  measure(folders: Iterable<string>): void;
  /** Drops a folder that went away. */
  forget(folder: string): void;
  /** Resolves once nothing is queued or being measured. */
  settled(): Promise<void>;
  /** Stops measuring; queued folders are dropped. */
  stop(): void;
}

/** Creates a tracker that calls `onMeasured` after each folder is measured. */
export function createSizeTracker(onMeasured: (folder: string) => void, measureFolder = folderSize): SizeTracker {
  const sizes = new Map<string, number>();
  const queue = new Set<string>();
  const forgotten = new Set<string>();
  let running = false;
  let stopped = false;
  let waiters: Array<() => void> = [];

  const wakeWaiters = () => {
    const ready = waiters;
    waiters = [];
    for (const resolve of ready) resolve();
  };

  const next = async () => {
    if (running) return;
    running = true;
    while (queue.size > 0 && !stopped) {
      const folder = queue.values().next().value as string;
      queue.delete(folder);
      const size = await measureFolder(folder, () => stopped);
      if (stopped) break;
      if (forgotten.has(folder)) continue;
      if (size === null) sizes.delete(folder);
      else sizes.set(folder, size);
      onMeasured(folder);
    }
    running = false;
    wakeWaiters();
  };

  return {
    get: (folder) => sizes.get(folder) ?? null,
    measure(folders) {
      if (stopped) return;
      for (const folder of folders) {
        forgotten.delete(folder);
        queue.add(folder);
      }
      void next();
    },
    forget(folder) {
      queue.delete(folder);
      sizes.delete(folder);
      forgotten.add(folder);
    },
    settled() {
      if (stopped || (!running && queue.size === 0)) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    stop() {
      stopped = true;
      queue.clear();
      wakeWaiters();
    },
  };
}
