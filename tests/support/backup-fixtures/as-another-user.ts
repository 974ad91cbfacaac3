/**
 * Lets a test meet a real "permission denied" from the kernel. The tests run as root here, and
 * root reads any file whatever its mode; so while `work` runs, the effective user becomes
 * "nobody" and folders with mode 000 are truly refused. The switch is undone afterwards. Not
 * root: the modes already apply, nothing to switch. Windows has no such modes.
 */
import { isMainThread } from 'node:worker_threads';

const NOBODY = 65534;
const isRoot = process.geteuid?.() === 0;

/** Why this run cannot meet a real read denial, or undefined where it can. */
export const whyReadsCannotBeDenied =
  process.platform === 'win32'
    ? 'Windows has no folder mode that denies reading'
    : isRoot && !isMainThread
      ? 'root cannot give up its power to read inside a worker thread (mutation testing runs the tests in threads)'
      : undefined;

/** True where a folder's mode can deny reading to the tests. */
export const canDenyReads = whyReadsCannotBeDenied === undefined;

if (whyReadsCannotBeDenied) console.warn(`Skipping the real permission-denial checks: ${whyReadsCannotBeDenied}.`);

/** Runs `work` as a user without root's power to read everything. */
export async function withoutRootPowers<T>(work: () => Promise<T>): Promise<T> {
  const { geteuid, seteuid } = process;
  if (!geteuid || !seteuid || geteuid() !== 0) return work();
  seteuid(NOBODY);
  try {
    return await work();
  } finally {
    seteuid(0);
  }
}
