/** Bundles `page-bridge.ts` into one script for `page.addInitScript`, once per test worker. */
import { build, type Rolldown } from 'vite';
import { fileURLToPath } from 'node:url';

let cached: Promise<string> | undefined;

/** The page bridge as a self-contained script. */
export function pageBridgeScript(): Promise<string> {
  cached ??= (async () => {
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: false,
        lib: {
          entry: fileURLToPath(new URL('./page-bridge.ts', import.meta.url)),
          formats: ['iife'],
          name: 'LifeboatPageBridge',
        },
      },
    });
    const results = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
    const chunk = results.flatMap((result) => result.output).find((item) => item.type === 'chunk');
    if (!chunk || chunk.type !== 'chunk') throw new Error('Building the page bridge produced no script.');
    return chunk.code;
  })();
  return cached;
}
