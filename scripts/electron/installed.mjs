/**
 * Whether Electron's binary is installed, answered the way Electron's own installer
 * (node_modules/electron/install.js) answers it, from the file system alone: no process is
 * started and nothing is downloaded, so asking costs a few file reads on every start.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { platform as osPlatform } from 'node:os';
import { dirname, join } from 'node:path';

/** The folder of the `electron` package the project at `root` resolves. */
export function electronPackageDir(root) {
  return dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
}

/** Where the executable sits inside Electron's `dist` folder on a platform (as install.js names it). */
export function binaryPathInDist(env = process.env) {
  const platform = env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || osPlatform();
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

function readText(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The Electron package at `packageDir`: its version, and the binary's path when the installer has
 * finished for this version and platform (its `dist/version` matches, its `path.txt` names this
 * platform's binary, and the binary is there), else null.
 */
export function findInstalledElectron(packageDir, env = process.env) {
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const inDist = binaryPathInDist(env);
  const distVersion = readText(join(packageDir, 'dist', 'version'))?.trim().replace(/^v/, '');
  const pathFile = readText(join(packageDir, 'path.txt'));
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist');
  const binary = join(dist, inDist);
  const installed = distVersion === version && pathFile === inDist && existsSync(binary);
  return { version, binary: installed ? binary : null };
}
