/**
 * Bundles one TypeScript module into a plain ES module file that a child `node` process can
 * import, so a test can run project code in a process of its own (for example to prove that
 * something does not crash the process). The file lands under node_modules/.cache so that its
 * own imports of packages resolve as they do in the app.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Rolldown } from 'vite';

const CACHE = resolve('node_modules', '.cache', 'lifeboat-tests');

/** Bundles `entry` (a path from the project root) and returns the written file's path. */
export async function bundleForNode(entry: string, name: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: { ssr: resolve(entry), write: false, minify: false, rollupOptions: { output: { format: 'es' } } },
  });
  const results = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const chunk = results.flatMap((result) => result.output).find((item) => item.type === 'chunk' && item.isEntry);
  if (!chunk || chunk.type !== 'chunk') throw new Error(`Bundling ${entry} produced no module.`);
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, `${name}.mjs`);
  writeFileSync(file, chunk.code);
  return file;
}
