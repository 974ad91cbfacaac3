/**
 * The init script that gives the page under test its bridge: the page-side `require('electron')`
 * (page-electron.ts, bundled once per worker) and then the built preload, out/preload/index.cjs,
 * run as Electron runs a sandboxed preload — CommonJS with that `require` — before the page's own
 * scripts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleScript } from '../bundle-script';

/** The built preload the window loads. */
export const BUILT_PRELOAD = join(process.cwd(), 'out', 'preload', 'index.cjs');

let shim: Promise<string> | undefined;

function pageElectronScript(): Promise<string> {
  shim ??= bundleScript({ entry: fileURLToPath(new URL('./page-electron.ts', import.meta.url)), format: 'iife', name: 'LifeboatPageElectron' });
  return shim;
}

/** The page's init script: the page-side electron module, then the built preload run with it. */
export async function pagePreloadScript(): Promise<string> {
  if (!existsSync(BUILT_PRELOAD)) throw new Error(`${BUILT_PRELOAD} is missing: run \`npm run build\` before the end-to-end tests.`);
  const preload = readFileSync(BUILT_PRELOAD, 'utf8');
  return `${await pageElectronScript()}
;(function (exports, require, module, __filename, __dirname) {
${preload}
})({}, LifeboatPageElectron.preloadRequire, { exports: {} }, 'index.cjs', '.');
`;
}
