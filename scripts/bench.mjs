/**
 * `npm run bench -- [--only 1,4]`: bundles the benchmark (bench/run.ts; bench/idle-core.ts, the
 * process figure 4 watches; bench/verify-child.ts, the one figure 6 times) for plain Node with
 * Vite, then runs it and exits with its code.
 * The bench builds the app itself; see bench/run.ts and the README's "Performance" section.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'node_modules', '.cache', 'lifeboat-bench', 'bundle');

/**
 * A bundle's `import.meta.url` is the bundle's own; the project's modules mean their source file
 * (the page bridge is found next to its builder), so each keeps its own.
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  transform(code, id) {
    if (!/\.[cm]?tsx?$/.test(id) || !code.includes('import.meta.url')) return null;
    return code.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(id).href));
  },
};

async function bundle() {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    plugins: [keepModuleUrls],
    build: {
      ssr: true,
      outDir: OUT,
      emptyOutDir: true,
      minify: false,
      rollupOptions: {
        input: { run: join(ROOT, 'bench', 'run.ts'), 'idle-core': join(ROOT, 'bench', 'idle-core.ts'), 'verify-child': join(ROOT, 'bench', 'verify-child.ts') },
        output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
      },
    },
  });
}

async function main(args) {
  await bundle();
  const result = spawnSync(process.execPath, [join(OUT, 'run.mjs'), ...args], { cwd: ROOT, stdio: 'inherit' });
  return result.status ?? 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
