/**
 * Lets a test meet a real "permission denied" from the kernel. The tests run as root here, and
 * root reads any file whatever its mode; so while `work` runs, the effective user becomes
 * "nobody" and folders with mode 000 are truly refused. The switch is undone afterwards. Not
 * root: the modes already apply, nothing to switch. Windows has no such modes.
 */
const NOBODY = 65534;

/** True where a folder's mode can deny reading to the tests. */
export const canDenyReads = process.platform !== 'win32' && typeof process.geteuid === 'function';

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
