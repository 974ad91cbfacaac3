/**
 * Measures backup folders in the background, so the list never waits for a walk over tens of
 * thousands of files. A few folders are measured at once: each walk mostly waits on the disk,
 * and the thread pool under every walk (four threads) bounds what the disk sees anyway. A folder
 * is never measured twice at once; asked for again while it is being measured, it is measured
 * again afterwards.
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

/** How many folders are measured at once. */
export const PARALLEL_MEASUREMENTS = 4;

/** Creates a tracker that calls `onMeasured` after each folder is measured, saying whether that was the last one queued. */
export function createSizeTracker(onMeasured: (folder: string, last: boolean) => void, measureFolder = folderSize): SizeTracker {
  const sizes = new Map<string, number>();
  const queue = new Set<string>();
  const measuring = new Set<string>();
  const forgotten = new Set<string>();
  let runners = 0;
  let stopped = false;
  let waiters: Array<() => void> = [];

  const wakeWaiters = () => {
    const ready = waiters;
    waiters = [];
    for (const resolve of ready) resolve();
  };

  const nextFolder = (): string | undefined => {
    for (const folder of queue) if (!measuring.has(folder)) return folder;
    return undefined;
  };

  const run = async () => {
    for (let folder = nextFolder(); folder !== undefined && !stopped; folder = nextFolder()) {
      queue.delete(folder);
      measuring.add(folder);
      const size = await measureFolder(folder, () => stopped);
      measuring.delete(folder);
      if (stopped) break;
      if (forgotten.has(folder)) continue;
      if (size === null) sizes.delete(folder);
      else sizes.set(folder, size);
      onMeasured(folder, queue.size === 0 && measuring.size === 0);
    }
    runners -= 1;
    if (runners === 0) wakeWaiters();
  };

  return {
    get: (folder) => sizes.get(folder) ?? null,
    measure(folders) {
      if (stopped) return;
      for (const folder of folders) {
        forgotten.delete(folder);
        queue.add(folder);
      }
      // Each runner takes its first folder before the next one is started.
      while (runners < PARALLEL_MEASUREMENTS && nextFolder() !== undefined) {
        runners += 1;
        void run();
      }
    },
    forget(folder) {
      queue.delete(folder);
      sizes.delete(folder);
      forgotten.add(folder);
    },
    settled() {
      if (stopped || runners === 0) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    stop() {
      stopped = true;
      queue.clear();
      wakeWaiters();
    },
  };
}
