/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security), one named test per
 * item, each checking the app's own code or configuration. Items only a real window can show
 * (navigation really blocked, window.open really null, a permission prompt really refused, a
 * foreign frame really turned away) are proven again in tests/electron/security.spec.ts, which
 * runs with the Electron binary in CI.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { getMainWindowOptions } from '../../src/main/window-options';
import { mayAttachWebview, mayGrantPermission, mayNavigate, mayUseDevice, newWindowDecision } from '../../src/main/window-locks';
import { APP_PAGE_URL, resolveAppAsset } from '../../src/main/app-protocol';
import { CONTENT_SECURITY_POLICY, parseCsp } from '../../src/main/content-security-policy';
import { EXTERNAL_LINKS, isAllowedExternalUrl } from '../../src/main/actions/external-links';
import { actionRequestSchema } from '../../src/main/ipc-schemas';
import { APPLE_STATUS_URL } from '../../src/main/core/probes/status/fetch-status';
import { guardHandlers, type SenderInfo } from '../../src/main/trusted-sender';
import { createHandlers } from '../../src/main/handlers';
import { createCore } from '../../src/main/core/create-core';
import { createProgressStore, memoryBackend } from '../../src/main/progress/progress-store';
import { createBridge, Requests } from '../../src/shared/ipc';

const prefs = getMainWindowOptions('/app/out/preload/index.cjs').webPreferences ?? {};
const builder = parseYaml(readFileSync('electron-builder.yml', 'utf8')) as { electronFuses: Record<string, boolean>; asar: boolean };
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> };
const preloadSource = readFileSync('src/preload/index.ts', 'utf8');
const pageSource = readFileSync('src/renderer/index.html', 'utf8');

/** The oldest Electron this app has been reviewed on; an older pin is a step back. */
const REVIEWED_ELECTRON_MAJOR = 45;

const CHECKLIST: Array<[string, () => void | Promise<void>]> = [
  [
    '1. Only load secure content',
    () => {
      expect(APP_PAGE_URL.startsWith('app://')).toBe(true);
      expect(pageSource).not.toMatch(/(src|href)="(https?:)?\/\//);
      expect(new URL(APPLE_STATUS_URL).protocol).toBe('https:');
      for (const url of Object.values(EXTERNAL_LINKS)) expect(url.startsWith('http:'), url).toBe(false);
    },
  ],
  [
    '2. Do not enable Node.js integration for remote content',
    () => {
      expect(prefs.nodeIntegration).toBe(false);
      expect(prefs.nodeIntegrationInWorker).toBe(false);
      expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    },
  ],
  ['3. Enable Context Isolation', () => expect(prefs.contextIsolation).toBe(true)],
  ['4. Enable process sandboxing', () => expect(prefs.sandbox).toBe(true)],
  [
    '5. Handle session permission requests from remote content',
    () => {
      for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'usb', 'hid', 'serial', 'fileSystem']) {
        expect(mayGrantPermission(permission), permission).toBe(false);
      }
      expect(mayUseDevice()).toBe(false);
    },
  ],
  ['6. Do not disable webSecurity', () => expect(prefs.webSecurity).toBe(true)],
  [
    '7. Define a Content-Security-Policy',
    () => {
      const policy = parseCsp(CONTENT_SECURITY_POLICY);
      expect(policy['default-src']).toEqual(["'none'"]);
      expect(policy['script-src']).toEqual(["'self'"]);
      expect(policy['style-src']).toEqual(["'self'"]);
      expect(policy['connect-src']).toEqual(["'none'"]);
      expect(pageSource).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
    },
  ],
  ['8. Do not enable allowRunningInsecureContent', () => expect(prefs.allowRunningInsecureContent).toBe(false)],
  ['9. Do not enable experimental features', () => expect(prefs.experimentalFeatures).toBe(false)],
  ['10. Do not use enableBlinkFeatures', () => expect(prefs.enableBlinkFeatures).toBeUndefined()],
  [
    '11. Do not use allowpopups for WebViews',
    () => {
      expect(prefs.webviewTag).toBe(false);
      expect(newWindowDecision()).toEqual({ action: 'deny' });
    },
  ],
  ['12. Verify WebView options before creation', () => expect(mayAttachWebview()).toBe(false)],
  [
    '13. Disable or limit navigation',
    () => {
      expect(mayNavigate(`${APP_PAGE_URL}#/help`, APP_PAGE_URL)).toBe(true);
      fc.assert(fc.property(fc.webUrl(), (url) => !mayNavigate(url, APP_PAGE_URL)), { numRuns: 30 });
    },
  ],
  ['14. Disable or limit creation of new windows', () => expect(newWindowDecision()).toEqual({ action: 'deny' })],
  [
    '15. Do not use shell.openExternal with untrusted content',
    () => {
      fc.assert(fc.property(fc.webUrl(), (url) => !isAllowedExternalUrl(url)), { numRuns: 30 });
      expect(actionRequestSchema.safeParse({ action: 'open-system-status', url: 'https://evil.example/' }).success).toBe(false);
      expect(actionRequestSchema.safeParse('https://evil.example/').success).toBe(false);
    },
  ],
  [
    '16. Use a current version of Electron',
    () => {
      const pinned = packageJson.devDependencies.electron ?? '';
      expect(pinned, 'pinned to one exact version').toMatch(/^\d+\.\d+\.\d+$/);
      expect(Number(pinned.split('.')[0])).toBeGreaterThanOrEqual(REVIEWED_ELECTRON_MAJOR);
      const installed = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string };
      expect(installed.version).toBe(pinned);
    },
  ],
  [
    '17. Validate the sender of all IPC messages',
    async () => {
      const handlers = guardHandlers(
        createHandlers({
          core: createCore({ probes: [] }),
          progress: createProgressStore(memoryBackend()),
          effects: { openExternal: async () => {}, openApplication: async () => {}, showItemInFolder: () => {}, copyText: () => {} },
        }),
        () => ({ contentsId: 1, appUrl: APP_PAGE_URL }),
      );
      const stranger: SenderInfo = { contentsId: 2, frameUrl: 'https://evil.example/', isMainFrame: true };
      for (const channel of Object.values(Requests)) await expect(handlers[channel](stranger, undefined)).rejects.toThrow(/own window/);
    },
  ],
  [
    '18. Avoid usage of the file:// protocol and prefer usage of custom protocols',
    () => {
      expect(new URL(APP_PAGE_URL).protocol).toBe('app:');
      expect(resolveAppAsset('/opt/app/renderer', 'file:///opt/app/renderer/index.html')).toBeNull();
      expect(builder.electronFuses.grantFileProtocolExtraPrivileges).toBe(false);
    },
  ],
  [
    '19. Check which fuses you can change',
    () => {
      expect(builder.electronFuses).toMatchObject({
        runAsNode: false,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableCookieEncryption: true,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
        grantFileProtocolExtraPrivileges: false,
      });
      expect(builder.asar).toBe(true);
    },
  ],
  [
    '20. Do not expose Electron APIs to untrusted web content',
    () => {
      // The page gets one object of task functions; no ipcRenderer, no event object, nothing else.
      expect(preloadSource.match(/exposeInMainWorld\(/g)).toHaveLength(1);
      expect(preloadSource).toMatch(/exposeInMainWorld\(\s*'lifeboat',\s*createBridge\(/);
      const bridge = createBridge({ invoke: async () => undefined, subscribe: () => () => {} });
      expect(Object.keys(bridge).sort()).toEqual(['getProgress', 'getSnapshot', 'onProgress', 'onSnapshot', 'run', 'setProgress']);
      for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    },
  ],
];

describe('security checklist', () => {
  it('covers every item of Electron’s checklist, in order', () => {
    expect(CHECKLIST.map(([name]) => Number(name.split('.')[0]))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
  it.each(CHECKLIST)('%s', async (_name, check) => {
    await check();
  });
});
