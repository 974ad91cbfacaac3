/**
 * Verifies backups in the background, one at a time, after the list has been shown: each
 * verification reads a whole file index and looks up every file it lists, so they take turns
 * rather than compete for the disk. A result is kept for as long as the index it was read from is
 * unchanged; a backup asked for again with a new index is verified again.
 */
import { verifyBackup, type IndexKind, type VerifyResult } from './verify-backup';

/** A finished verification, and which version of the index it read. */
export interface VerificationOutcome {
  stamp: string;
  result: Exclude<VerifyResult, { state: 'cancelled' }>;
}

/** Background verifications of backup folders. */
export interface VerificationTracker {
  /** The last result for this folder, if it was read from the index with this stamp. */
  get(folder: string, stamp: string | null): VerificationOutcome | null;
  /** Asks for a folder to be verified against its index (nothing happens if it already was, or is queued). */
  request(folder: string, index: IndexKind, stamp: string): void;
  /** Drops a folder that went away. */
  forget(folder: string): void;
  /** Resolves once nothing is queued or running. */
  settled(): Promise<void>;
  /** Stops; a verification under way is cancelled. */
  stop(): void;
}

/** The verification itself, replaceable in tests. */
export type Verify = typeof verifyBackup;

/** Creates a tracker that calls `onVerified` after each verification finishes. */
export function createVerificationTracker(onVerified: (folder: string) => void, verify: Verify = verifyBackup): VerificationTracker {
  const results = new Map<string, VerificationOutcome>();
  const queue = new Map<string, { index: IndexKind; stamp: string }>();
  let running: { folder: string; stamp: string } | null = null;
  let stopped = false;
  let waiters: Array<() => void> = [];

  const wake = () => {
    const ready = waiters;
    waiters = [];
    for (const resolve of ready) resolve();
  };

  const runNext = async () => {
    while (!stopped && running === null) {
      const next = queue.entries().next();
      if (next.done) break;
      const [folder, job] = next.value;
      queue.delete(folder);
      running = { folder, stamp: job.stamp };
      const current = running;
      const result = await verify(folder, job.index, { isCancelled: () => stopped || running !== current });
      running = null;
      if (result.state === 'cancelled' || stopped) continue;
      results.set(folder, { stamp: job.stamp, result });
      onVerified(folder);
    }
    if (running === null && queue.size === 0) wake();
  };

  return {
    get(folder, stamp) {
      const outcome = results.get(folder);
      return outcome && outcome.stamp === stamp ? outcome : null;
    },
    request(folder, index, stamp) {
      if (stopped || results.get(folder)?.stamp === stamp || queue.get(folder)?.stamp === stamp) return;
      if (running?.folder === folder && running.stamp === stamp) return;
      queue.set(folder, { index, stamp });
      void runNext();
    },
    forget(folder) {
      results.delete(folder);
      queue.delete(folder);
      // A verification of a folder that went away is abandoned at its next batch.
      if (running?.folder === folder) running = { ...running, stamp: '' };
    },
    settled() {
      if (stopped || (running === null && queue.size === 0)) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    stop() {
      stopped = true;
      queue.clear();
      wake();
    },
  };
}
