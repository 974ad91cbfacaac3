/**
 * The preload as Electron loads it: src/preload/index.ts bundled into one CommonJS file with
 * `electron` left to the sandbox's `require`, the way electron.vite.config.ts builds
 * out/preload/index.cjs — made from the source each run, so the unit tests never see a stale build.
 */
import { resolve } from 'node:path';
import { bundleScript } from '../bundle-script';

let cached: Promise<string> | undefined;

/** The bundled preload's code, built once per test file. */
export function bundledPreload(): Promise<string> {
  cached ??= bundleScript({ entry: resolve(import.meta.dirname, '../../../src/preload/index.ts'), format: 'cjs', external: ['electron'] });
  return cached;
}
