/**
 * The preload as Electron loads it: src/preload/index.ts bundled into one CommonJS file with
 * `electron` left to the sandbox's `require`, the way electron.vite.config.ts builds
 * out/preload/index.cjs — made from the source each run, so the unit tests never see a stale build.
 */
import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';

let cached: Promise<string> | undefined;

/** The bundled preload's code, built once per test file. */
export function bundledPreload(): Promise<string> {
  cached ??= (async () => {
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: false,
        lib: { entry: resolve(import.meta.dirname, '../../../src/preload/index.ts'), formats: ['cjs'], fileName: 'index' },
        rollupOptions: { external: ['electron'] },
      },
    });
    const results = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
    const chunk = results.flatMap((result) => result.output).find((item) => item.type === 'chunk' && item.isEntry);
    if (!chunk || chunk.type !== 'chunk') throw new Error('Bundling the preload produced no script.');
    return chunk.code;
  })();
  return cached;
}
