/**
 * Looks up many files' sizes without following links and without flooding the thread pool: at
 * most `limit` lookups are in flight, and `room()` waits until there is space for more. Plain
 * callbacks rather than a promise per file: a verification makes one lookup per listed file.
 */
import { lstat } from 'node:fs';

/** What a lookup found: a regular file's size, or null for anything else (gone, a folder, a link, refused). */
export type FileSizeCallback = (size: number | null) => void;

/** A bounded set of lookups in flight. */
export interface StatPool {
  /** Looks up `path`; the answer arrives later through `done`. */
  lookUp(path: string, done: FileSizeCallback): void;
  /** Resolves once fewer than the limit are in flight. */
  room(): Promise<void>;
  /** Resolves once none are in flight. */
  idle(): Promise<void>;
}

/** Creates a pool allowing `limit` lookups at once. */
export function createStatPool(limit: number): StatPool {
  let inFlight = 0;
  let waiters: Array<{ below: number; resolve: () => void }> = [];
  const settle = () => {
    const still: typeof waiters = [];
    for (const waiter of waiters) (inFlight < waiter.below ? waiter.resolve : () => still.push(waiter))();
    waiters = still;
  };
  const waitBelow = (below: number) => (inFlight < below ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ below, resolve })));
  return {
    lookUp(path, done) {
      inFlight += 1;
      lstat(path, (error, stats) => {
        inFlight -= 1;
        done(!error && stats.isFile() ? stats.size : null);
        settle();
      });
    },
    room: () => waitBelow(limit),
    idle: () => waitBelow(1),
  };
}
