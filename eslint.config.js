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
