/**
 * Finds the Electron binary without triggering its download: `require('electron')` fetches it on
 * first use (Electron ≥ 42), which fails on machines that reach only npm and Debian.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The binary's path, or null when it is not installed. */
export function findElectronBinary(root: string = process.cwd()): string | null {
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const binary = join(dist, relative);
  return existsSync(binary) ? binary : null;
}
