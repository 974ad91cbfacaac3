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

// ── No telemetry: the one request the app makes is Apple's status feed ─────────────────────────

/** The one file that may make a web request. */
const STATUS_FETCH_FILE = 'src/main/core/probes/status/fetch-status.ts';

/** The files that may open a raw socket: usbmuxd on this computer, and the Windows device-service check. */
const RAW_SOCKET_FILES = [
  'src/main/core/probes/usbmux/usbmux-connection.ts',
  'src/main/core/probes/usbmux/lockdown.ts',
  'src/main/core/probes/host/windows-checks.ts',
];

/** The one file that may speak TLS: the upgrade of a lockdown session on the socket usbmuxd handed over. */
const TLS_UPGRADE_FILE = 'src/main/core/probes/usbmux/session-tls.ts';

/** In that file, TLS may only wrap a socket it is given, never dial anywhere itself. */
const TLS_ONLY_OVER_GIVEN_SOCKET = [
  {
    selector: "CallExpression[callee.property.name='connect']:not(:has(Property[key.name='socket']))",
    message: 'TLS here only upgrades the lockdown socket usbmuxd handed over: pass it as `socket`.',
  },
  { selector: "Property[key.name=/^(host|port|path)$/]", message: 'TLS here never dials anywhere: it only upgrades the socket it is given.' },
  { selector: "CallExpression[callee.property.name='createServer']", message: 'The app serves nothing.' },
];

const NETWORK_MESSAGE = `No network from here: the app's only request is Apple's status feed, in ${STATUS_FETCH_FILE}.`;

const networkModules = ['http', 'https', 'http2', 'dgram', 'tls', 'dns']
  .flatMap((name) => [name, `node:${name}`])
  .concat(['undici', 'ws', 'axios', 'node-fetch', 'got'])
  .map((name) => ({ name, message: NETWORK_MESSAGE }));

const rawSockets = ['net', 'node:net'].map((name) => ({
  name,
  message: `Raw sockets are for usbmuxd on this computer only (${RAW_SOCKET_FILES.join(', ')}).`,
}));

/** Globals that reach the network, from main or from the page. */
const NETWORK_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport', 'RTCPeerConnection'].map((name) => ({
  name,
  message: NETWORK_MESSAGE,
}));

// ── Electron APIs, each in its one home ───────────────────────────────────────────────────────

/** Which electron exports only one file may use at run time; `net` no file at all. */
const ELECTRON_HOMES = {
  shell: 'src/main/ipc.ts',
  ipcMain: 'src/main/ipc.ts',
  BrowserWindow: 'src/main/window.ts',
  session: 'src/main/window.ts',
  protocol: 'src/main/window.ts',
};

/** The electron path rule for a file: everything homed elsewhere, and Electron's own network stack, is refused. */
function electronFor(file) {
  const elsewhere = Object.entries(ELECTRON_HOMES)
    .filter(([, home]) => home !== file)
    .map(([name]) => name);
  return {
    name: 'electron',
    importNames: ['net', ...elsewhere],
    allowTypeImports: true,
    message: `Each Electron power has one home: ${Object.entries(ELECTRON_HOMES)
      .map(([name, home]) => `${name} in ${home}`)
      .join(', ')}; net nowhere (${NETWORK_MESSAGE})`,
  };
}

// ── Electron's security checklist, as far as a linter can see it ─────────────────────────────

const onlyTrue = ['contextIsolation', 'sandbox', 'webSecurity'];
const onlyFalse = ['nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'allowRunningInsecureContent', 'experimentalFeatures', 'webviewTag'];
const key = (name) => `:matches([key.name='${name}'], [key.value='${name}'])`;

const INSECURE_WINDOW_OPTIONS = [
  ...onlyTrue.map((name) => ({
    selector: `Property${key(name)}:not([value.value=true])`,
    message: `${name} stays true, written as the literal true (Electron security checklist).`,
  })),
  ...onlyFalse.map((name) => ({
    selector: `Property${key(name)}:not([value.value=false])`,
    message: `${name} stays false, written as the literal false (Electron security checklist).`,
  })),
  { selector: `Property${key('enableBlinkFeatures')}`, message: 'No enableBlinkFeatures (Electron security checklist).' },
  { selector: "JSXOpeningElement[name.name='webview']", message: 'No <webview>: the app shows only its own page.' },
  {
    selector: "JSXAttribute[name.name=/^(allowpopups|nodeintegration|nodeintegrationinsubframes|disablewebsecurity|webpreferences)$/]",
    message: 'No webview powers (Electron security checklist).',
  },
];

const NO_OPEN_EXTERNAL = [
  {
    selector: "MemberExpression[property.name='openExternal']:matches([object.name='shell'], [object.property.name='shell'])",
    message: 'shell.openExternal lives in src/main/ipc.ts alone, behind the allowlist; the page asks for an enum action.',
  },
];

const NO_IPC_RENDERER_IN_MAIN = [
  {
    selector: "ImportDeclaration[source.value='electron'] ImportSpecifier[imported.name='ipcRenderer']",
    message: 'ipcRenderer belongs to the preload alone.',
  },
];

const NO_HTML_INJECTION = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML in the page: React escapes everything it renders.' },
  {
    selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]",
    message: 'No raw HTML in the page: React escapes everything it renders.',
  },
  {
    selector: "CallExpression > MemberExpression.callee[property.name=/^(insertAdjacentHTML|write|writeln|createContextualFragment)$/]",
    message: 'No raw HTML in the page: React escapes everything it renders.',
  },
  {
    selector: "JSXAttribute[name.name='href'][value.value=/^(https?:|\\/\\/|javascript:)/i]",
    message: 'The page links nowhere outside itself: an ActionButton asks main to open an allowlisted page.',
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.stryker-tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [noElectron] }],
      // Anywhere at all — build configs and tests that open a window included.
      'no-restricted-syntax': ['error', ...INSECURE_WINDOW_OPTIONS],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-globals': ['error', ...NETWORK_GLOBALS],
      'no-restricted-properties': [
        'error',
        { object: 'navigator', property: 'sendBeacon', message: NETWORK_MESSAGE },
        { object: 'window', property: 'open', message: 'The app opens no windows; an ActionButton asks main to open an allowlisted page.' },
      ],
      'no-restricted-syntax': ['error', ...INSECURE_WINDOW_OPTIONS, ...NO_OPEN_EXTERNAL],
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [noElectron, ...networkModules, ...rawSockets] }],
    },
  },
  {
    files: [STATUS_FETCH_FILE],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: [TLS_UPGRADE_FILE],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [noElectron, ...networkModules.filter((entry) => !['tls', 'node:tls'].includes(entry.name)), ...rawSockets] },
      ],
    },
  },
  {
    files: RAW_SOCKET_FILES,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [noElectron, ...networkModules] }] },
  },
  ...ELECTRON_FILES.map((file) => ({
    files: [file],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [electronFor(file), ...networkModules, ...rawSockets] }] },
  })),
  {
    files: ['src/main/core/probes/backups/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [noElectron, ...readOnlyFs, ...networkModules, ...rawSockets] }] },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...INSECURE_WINDOW_OPTIONS, ...NO_OPEN_EXTERNAL, ...NO_IPC_RENDERER_IN_MAIN] },
  },
  {
    files: ['src/main/ipc.ts'],
    rules: { 'no-restricted-syntax': ['error', ...INSECURE_WINDOW_OPTIONS, ...NO_IPC_RENDERER_IN_MAIN] },
  },
  {
    files: [TLS_UPGRADE_FILE],
    rules: { 'no-restricted-syntax': ['error', ...INSECURE_WINDOW_OPTIONS, ...NO_OPEN_EXTERNAL, ...NO_IPC_RENDERER_IN_MAIN, ...TLS_ONLY_OVER_GIVEN_SOCKET] },
  },
  {
    files: ['src/shared/**/*.ts', 'src/renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...networkModules],
          patterns: [
            { group: ['node:*'], message: 'shared/ and the renderer are pure: no Node built-ins.' },
            { group: ['**/main/**', '**/preload/**'], message: 'The renderer and shared code reach main only through the Bridge.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...INSECURE_WINDOW_OPTIONS, ...NO_OPEN_EXTERNAL, ...NO_HTML_INJECTION] },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
