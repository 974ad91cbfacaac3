/**
 * What the bench measures is built in the same run: the app (electron-vite, as `npm run build`)
 * and a bare React "hello" page made by the same Vite and React plugin with the app renderer's
 * build settings, as the floor the renderer's weight and startup are compared with.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** The app's built renderer, relative to the project root. */
export const RENDERER_DIR = resolve('out', 'renderer');

/** The built doctor, relative to the project root. */
export const DOCTOR_FILE = resolve('out', 'main', 'doctor.js');

/** Builds the app as `npm run build` does; its output goes to stderr, so stdout keeps only the figures. */
export async function buildApp(): Promise<void> {
  const require = createRequire(import.meta.url);
  const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const child = spawn(process.execPath, [electronVite, 'build', '--logLevel', 'warn'], { stdio: ['ignore', 2, 2] });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) throw new Error(`The app build failed (exit ${code}).`);
}

const HELLO_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>Hello</title></head>
  <body><div id="root"></div><script type="module" src="./src/main.tsx"></script></body>
</html>
`;

const HELLO_MAIN = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <h1>Hello</h1>
  </StrictMode>,
);
`;

/** A built page and how to remove it. */
export interface BuiltPage {
  /** The folder holding its index.html. */
  dir: string;
  remove(): void;
}

/**
 * Builds the hello page in a temporary folder under node_modules/.cache, where `react` resolves
 * to the very copy the app is built with.
 */
export async function buildHelloPage(): Promise<BuiltPage> {
  const cache = resolve('node_modules', '.cache', 'lifeboat-bench');
  mkdirSync(cache, { recursive: true });
  const root = mkdtempSync(join(cache, 'hello-'));
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'index.html'), HELLO_HTML);
  writeFileSync(join(root, 'src', 'main.tsx'), HELLO_MAIN);
  const dir = join(root, 'out');
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    // The app renderer's settings (electron.vite.config.ts), so only the code differs.
    base: './',
    plugins: [react()],
    build: { outDir: dir, emptyOutDir: true, minify: true, assetsInlineLimit: 0 },
  });
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}
