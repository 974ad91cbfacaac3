import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** The only files that may load Electron at run time (DESIGN.md: the core must run under plain Node). */
const ELECTRON_FILES = ['src/main/index.ts', 'src/main/window.ts', 'src/main/ipc.ts', 'src/main/store.ts', 'src/preload/**/*.ts'];

const noElectron = {
  name: 'electron',
  message: 'Only src/main/{index,window,ipc,store}.ts and the preload may import electron; keep the rest runnable under plain Node.',
  allowTypeImports: true,
};

/** What could change a file; the backups probe must never touch a backup (apple-facts §3: never move or edit it). */
const FS_WRITES = [
  'default', 'appendFile', 'chmod', 'chown', 'copyFile', 'cp', 'createWriteStream', 'link', 'lutimes', 'mkdir', 'mkdtemp',
  'rename', 'rm', 'rmdir', 'symlink', 'truncate', 'unlink', 'utimes', 'writeFile',
].flatMap((name) => (name === 'default' || name === 'createWriteStream' ? [name] : [name, `${name}Sync`]));

const readOnlyFs = ['node:fs', 'node:fs/promises', 'fs', 'fs/promises'].map((name) => ({
  name,
  importNames: FS_WRITES,
  message: 'The backups probe only reads: import the reading functions by name, never one that writes, renames or deletes.',
}));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [noElectron] }],
    },
  },
  {
    files: ELECTRON_FILES,
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['src/main/core/probes/backups/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [noElectron, ...readOnlyFs] }] },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='electron'] ImportSpecifier[imported.name='ipcRenderer']",
          message: 'ipcRenderer belongs to the preload alone.',
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts', 'src/renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            { group: ['node:*'], message: 'shared/ and the renderer are pure: no Node built-ins.' },
            { group: ['**/main/**', '**/preload/**'], message: 'The renderer and shared code reach main only through the Bridge.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
