import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // The doctor is a second entry: plain Node, no electron anywhere in its imports.
        input: { index: resolve('src/main/index.ts'), doctor: resolve('src/main/doctor.ts') },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require anything but electron: one self-contained CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    base: './',
    plugins: [react()],
    build: {
      minify: true,
      // Any file the page bundles stays a file of its own ('self' in the CSP), never inlined as a data: URL.
      assetsInlineLimit: 0,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
