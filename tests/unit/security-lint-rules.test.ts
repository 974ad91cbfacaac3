/**
 * The security rules the linter enforces, each shown to fire on the code it forbids and to stay
 * quiet where the project allows it. Together with `npm run lint` over the real tree, these are
 * the lintable half of Electron's checklist and of "no telemetry".
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const MAIN = 'src/main/example.ts';
const CORE = 'src/main/core/probes/example/index.ts';
const RENDERER = 'src/renderer/src/components/Example.tsx';

describe('security lint rules', () => {
  describe('window options', () => {
    it.each([
      ['nodeIntegration: true', 'nodeIntegration: true'],
      ['nodeIntegrationInWorker: true', 'nodeIntegrationInWorker: true'],
      ['nodeIntegrationInSubFrames: true', 'nodeIntegrationInSubFrames: true'],
      ['contextIsolation: false', 'contextIsolation: false'],
      ['sandbox: false', 'sandbox: false'],
      ['sandbox set from a variable', 'sandbox: process.env.X === "1"'],
      ['webSecurity: false', 'webSecurity: false'],
      ['allowRunningInsecureContent: true', 'allowRunningInsecureContent: true'],
      ['experimentalFeatures: true', 'experimentalFeatures: true'],
      ['enableBlinkFeatures', "enableBlinkFeatures: 'CSSBackdropFilter'"],
      ['webviewTag: true', 'webviewTag: true'],
      ['a quoted key', "'nodeIntegration': true"],
    ])('refuses %s anywhere in the source', async (_label, property) => {
      const code = `export const options = { webPreferences: { ${property} } };\n`;
      for (const file of [MAIN, 'src/main/window-options.ts', 'src/main/window.ts', 'src/shared/example.ts', 'tests/electron/example.spec.ts', 'electron.vite.config.ts']) {
        expect(await ruleIds(code, file), file).toContain('no-restricted-syntax');
      }
    });

    it('accepts the secure values', async () => {
      const code =
        'export const options = { webPreferences: { contextIsolation: true, sandbox: true, webSecurity: true, nodeIntegration: false, allowRunningInsecureContent: false, experimentalFeatures: false, webviewTag: false } };\n';
      expect(await ruleIds(code, 'src/main/window-options.ts')).toEqual([]);
    });

    it('refuses a <webview> and its powers in the page', async () => {
      expect(await ruleIds('export const X = () => <webview src="x" />;\n', RENDERER)).toContain('no-restricted-syntax');
      expect(await ruleIds('export const X = () => <div allowpopups="true" />;\n', RENDERER)).toContain('no-restricted-syntax');
    });
  });

  describe('shell.openExternal', () => {
    const call = "import { shell } from 'electron';\nexport const open = (url: string) => shell.openExternal(url);\n";
    it('is allowed in src/main/ipc.ts alone', async () => {
      expect(await ruleIds(call, 'src/main/ipc.ts')).toEqual([]);
      expect(await ruleIds(call, 'src/main/window.ts')).toEqual(expect.arrayContaining(['no-restricted-syntax', '@typescript-eslint/no-restricted-imports']));
      expect(await ruleIds(call, 'src/main/index.ts')).toContain('no-restricted-syntax');
    });
    it('is refused through a namespace import too', async () => {
      const code = "import * as electron from 'electron';\nexport const open = (url: string) => electron.shell.openExternal(url);\n";
      expect(await ruleIds(code, 'src/main/window.ts')).toContain('no-restricted-syntax');
    });
    it('keeps ipcMain in ipc.ts and BrowserWindow, session and protocol in window.ts', async () => {
      expect(await ruleIds("import { ipcMain } from 'electron';\nexport const x = ipcMain;\n", 'src/main/window.ts')).toContain('@typescript-eslint/no-restricted-imports');
      expect(await ruleIds("import { BrowserWindow } from 'electron';\nexport const x = new BrowserWindow();\n", 'src/main/index.ts')).toContain('@typescript-eslint/no-restricted-imports');
      expect(await ruleIds("import { session } from 'electron';\nexport const x = session;\n", 'src/main/ipc.ts')).toContain('@typescript-eslint/no-restricted-imports');
      expect(await ruleIds("import type { BrowserWindow } from 'electron';\nexport type X = BrowserWindow;\n", 'src/main/index.ts')).toEqual([]);
    });
  });

  describe('code from strings', () => {
    it.each([
      ['eval', 'export const x = eval("1 + 1");\n', 'no-eval'],
      ['new Function', 'export const f = new Function("return 1");\n', 'no-new-func'],
      ['setTimeout with a string', 'setTimeout("alert(1)", 10);\n', 'no-implied-eval'],
    ])('refuses %s in main and in the page', async (_label, code, rule) => {
      expect(await ruleIds(code, MAIN)).toContain(rule);
      expect(await ruleIds(code, 'src/renderer/src/example.ts')).toContain(rule);
    });
  });

  describe('raw HTML in the page', () => {
    it.each([
      ['dangerouslySetInnerHTML', 'export const X = () => <div dangerouslySetInnerHTML={{ __html: "x" }} />;\n'],
      ['innerHTML', 'export function f(el: HTMLElement) { el.innerHTML = "<b>x</b>"; }\n'],
      ['outerHTML', 'export function f(el: HTMLElement) { el.outerHTML = "<b>x</b>"; }\n'],
      ['insertAdjacentHTML', 'export function f(el: HTMLElement) { el.insertAdjacentHTML("beforeend", "<b>x</b>"); }\n'],
      ['document.write', 'export function f() { document.write("<b>x</b>"); }\n'],
      ['a link to the web', 'export const X = () => <a href="https://example.com">x</a>;\n'],
      ['a javascript: link', 'export const X = () => <a href="javascript:void(0)">x</a>;\n'],
    ])('refuses %s', async (_label, code) => {
      expect(await ruleIds(code, RENDERER)).toContain('no-restricted-syntax');
    });
    it('accepts text React escapes, and a link within the page', async () => {
      expect(await ruleIds('export const X = ({ t }: { t: string }) => <a href="#help">{t}</a>;\n', RENDERER)).toEqual([]);
    });
  });

  describe('no telemetry: the only request is the status feed', () => {
    it.each([
      ['fetch', 'export const x = () => fetch("https://example.com");\n', 'no-restricted-globals'],
      ['XMLHttpRequest', 'export const x = new XMLHttpRequest();\n', 'no-restricted-globals'],
      ['WebSocket', 'export const x = new WebSocket("wss://example.com");\n', 'no-restricted-globals'],
      ['navigator.sendBeacon', 'export const x = navigator.sendBeacon("https://example.com");\n', 'no-restricted-properties'],
    ])('refuses %s in main, in the core and in the page', async (_label, code, rule) => {
      for (const file of [MAIN, CORE, 'src/renderer/src/example.ts', 'src/main/core/probes/status/index.ts']) {
        expect(await ruleIds(code, file), file).toContain(rule);
      }
    });

    it("allows fetch in the status probe's fetcher alone", async () => {
      expect(await ruleIds('export const x = () => fetch("https://example.com");\n', 'src/main/core/probes/status/fetch-status.ts')).toEqual([]);
    });

    it.each(['node:http', 'node:https', 'http', 'node:http2', 'node:dgram', 'node:tls', 'node:dns', 'undici', 'ws'])('refuses importing %s anywhere in the source', async (name) => {
      const code = `import * as m from '${name}';\nexport const x = m;\n`;
      for (const file of [MAIN, CORE, 'src/main/core/probes/status/fetch-status.ts', 'src/main/ipc.ts', 'src/main/core/probes/backups/x.ts', 'src/shared/x.ts']) {
        expect(await ruleIds(code, file), file).toContain('@typescript-eslint/no-restricted-imports');
      }
    });

    it("refuses Electron's own net module, even where Electron is allowed", async () => {
      expect(await ruleIds("import { net } from 'electron';\nexport const x = net;\n", 'src/main/index.ts')).toContain('@typescript-eslint/no-restricted-imports');
      expect(await ruleIds("import { net } from 'electron';\nexport const x = net;\n", 'src/main/ipc.ts')).toContain('@typescript-eslint/no-restricted-imports');
    });

    it('allows TLS only in the lockdown session upgrade, and there only over the socket it is given', async () => {
      const upgrade = 'src/main/core/probes/usbmux/session-tls.ts';
      const overSocket = "import tls from 'node:tls';\nexport const x = (socket: never) => tls.connect({ socket, rejectUnauthorized: false });\n";
      expect(await ruleIds(overSocket, upgrade)).toEqual([]);
      expect(await ruleIds(overSocket, CORE)).toContain('@typescript-eslint/no-restricted-imports');
      expect(await ruleIds("import tls from 'node:tls';\nexport const x = () => tls.connect({ host: 'example.com', port: 443 });\n", upgrade)).toContain('no-restricted-syntax');
      expect(await ruleIds("import tls from 'node:tls';\nexport const x = () => tls.connect(443, 'example.com');\n", upgrade)).toContain('no-restricted-syntax');
      expect(await ruleIds("import tls from 'node:tls';\nexport const x = () => tls.createServer();\n", upgrade)).toContain('no-restricted-syntax');
      expect(await ruleIds("import https from 'node:https';\nexport const x = https;\n", upgrade)).toContain('@typescript-eslint/no-restricted-imports');
      expect(await ruleIds("import net from 'node:net';\nexport const x = net;\n", upgrade)).toContain('@typescript-eslint/no-restricted-imports');
    });

    it('allows raw sockets only for usbmuxd and the Windows service check', async () => {
      const code = "import net from 'node:net';\nexport const x = net;\n";
      for (const file of ['src/main/core/probes/usbmux/usbmux-connection.ts', 'src/main/core/probes/host/windows-checks.ts']) {
        expect(await ruleIds(code, file), file).toEqual([]);
      }
      for (const file of [MAIN, CORE, 'src/main/core/probes/status/fetch-status.ts', 'src/main/window.ts']) {
        expect(await ruleIds(code, file), file).toContain('@typescript-eslint/no-restricted-imports');
      }
    });
  });
});
