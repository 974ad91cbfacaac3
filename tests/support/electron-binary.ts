/**
 * Finds the Electron binary without triggering its download (`require('electron')` fetches it on
 * first use, which fails on machines that reach only npm and Debian), by the same rule `npm start`
 * uses; and says whether a missing binary is a failure where the tests run.
 */
import { electronPackageDir, findInstalledElectron } from '../../scripts/electron/installed.mjs';

/** The binary's path, or null when it is not installed. */
export function findElectronBinary(root: string = process.cwd()): string | null {
  return findInstalledElectron(electronPackageDir(root)).binary;
}

/**
 * On GitHub Actions `npm start` has installed the binary before the tests run, so there a missing
 * binary fails the Electron suite; elsewhere (machines that cannot download it) the suite is skipped.
 */
export const ELECTRON_BINARY_REQUIRED = process.env.GITHUB_ACTIONS === 'true';

/** Why the Electron suite is skipped here. */
export const SKIP_REASON = 'Electron binary not installed (it cannot be downloaded on this machine); this suite runs on the Linux, macOS and Windows CI runners';
