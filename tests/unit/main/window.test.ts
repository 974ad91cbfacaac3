/**
 * The real window module against the Electron stand-in: the window's options and page, the locks
 * on every web contents (no new window, no navigation or redirect away, no webview, no Bluetooth
 * pick), every permission and device refused, the app's scheme served from the built renderer
 * only, and the notice when a backup finishes in the background.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import type { StandInBrowserWindow } from '../../support/electron';
import { backup, snapshot } from '../../support/snapshots';
import type { Snapshot } from '../../../src/shared/snapshot';
import {
  appPageUrl,
  createMainWindow,
  focusWindow,
  registerAppScheme,
  setupAppProtocol,
  setupBackupNotices,
  setupContentsLocks,
  setupPermissionLock,
} from '../../../src/main/window';
import { getMainWindowOptions } from '../../../src/main/window-options';
import { APP_PAGE_URL } from '../../../src/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/content-security-policy';

const electron = await vi.hoisted(async () => (await import('../../support/electron')).createElectronStandIn());
vi.mock('electron', () => electron.module);

/** A window as the app makes it, once the app is ready and the locks are in. */
function lockedWindow(): StandInBrowserWindow {
  setupContentsLocks();
  electron.app.becomeReady();
  return createMainWindow() as unknown as StandInBrowserWindow;
}

/** Permissions a page can ask Electron for (from Electron's list); none is granted. */
const PERMISSIONS = ['media', 'display-capture', 'notifications', 'geolocation', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'pointerLock', 'midi', 'midiSysex', 'hid', 'serial', 'usb', 'fileSystem', 'idle-detection', 'storage-access', 'window-management', 'unknown'];

describe('main', () => {
  describe('window', () => {
    beforeEach(() => {
      electron.reset();
      vi.unstubAllEnvs();
    });

    describe('createMainWindow', () => {
      it('opens one hidden window with the security options and the built preload, and shows it when ready', () => {
        const window = lockedWindow();
        expect(electron.windows).toHaveLength(1);
        const preload = (window.options.webPreferences as { preload: string }).preload;
        expect(preload).toMatch(/[/\\]preload[/\\]index\.cjs$/);
        expect(window.options).toEqual(getMainWindowOptions(preload));
        expect(window.isVisible()).toBe(false);
        window.becomeReadyToShow();
        expect(window.isVisible()).toBe(true);
      });

      it('loads the app’s own page from its scheme', () => {
        expect(lockedWindow().webContents.loadedUrls).toEqual([APP_PAGE_URL]);
      });

      it('loads electron-vite’s dev server in a development run', () => {
        vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
        expect(lockedWindow().webContents.loadedUrls).toEqual(['http://localhost:5173']);
      });

      it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
        vi.stubEnv('ELECTRON_RENDERER_URL', 'https://evil.example/');
        electron.app.isPackaged = true;
        expect(appPageUrl()).toBe(APP_PAGE_URL);
        expect(lockedWindow().webContents.loadedUrls).toEqual([APP_PAGE_URL]);
      });
    });

    describe('setupContentsLocks', () => {
      it('denies every new window, so none appears', () => {
        const contents = lockedWindow().webContents;
        expect(contents.pageOpensWindow('https://example.com/')).toBeNull();
        expect(contents.pageOpensWindow(APP_PAGE_URL, { disposition: 'foreground-tab' })).toBeNull();
        expect(electron.windows).toHaveLength(1);
      });

      it('locks web contents made after it, such as a second window', () => {
        lockedWindow();
        const other = new electron.module.BrowserWindow({ show: false }) as unknown as StandInBrowserWindow;
        expect(other.webContents.pageOpensWindow('https://example.com/')).toBeNull();
        expect(other.webContents.pageNavigates('https://example.com/')).toBe(false);
      });

      it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'] as const)('stops %s to anywhere but the app’s page, each lock on its own', (event) => {
        const contents = lockedWindow().webContents;
        for (const url of ['https://example.com/', 'file:///etc/hosts', 'app://lifeboat/other.html', 'app://evil/index.html', 'javascript:alert(1)']) {
          expect(contents.navigationEventPrevented(event, url), url).toBe(true);
        }
        expect(contents.navigationEventPrevented(event, `${APP_PAGE_URL}#/checklist`)).toBe(false);
      });

      it('keeps the page where it is when it or a frame in it tries to leave', () => {
        const contents = lockedWindow().webContents;
        expect(contents.pageNavigates('https://example.com/')).toBe(false);
        const frame = contents.mainFrame.addChild('about:blank');
        expect(contents.pageNavigates('https://example.com/', frame)).toBe(false);
        expect(contents.serverRedirects('https://example.com/')).toBe(false);
        expect(contents.getURL()).toBe(APP_PAGE_URL);
      });

      it('refuses to attach a webview', () => {
        expect(lockedWindow().webContents.pageAttachesWebview({ src: 'https://example.com/' })).toBe(false);
      });

      it('cancels a Bluetooth pick instead of letting Electron take the first device', async () => {
        const contents = lockedWindow().webContents;
        expect(await contents.pageRequestsBluetoothDevice([{ deviceId: 'phone', deviceName: 'iPhone' }])).toBeNull();
      });
    });

    describe('setupPermissionLock', () => {
      it.each(PERMISSIONS)('refuses the %s permission, asked or checked', async (permission) => {
        const contents = lockedWindow().webContents;
        setupPermissionLock();
        expect(await electron.session.pageRequestsPermission(contents, permission)).toBe(false);
        expect(electron.session.pageChecksPermission(contents, permission)).toBe(false);
      });

      it('lets the page pick no USB, HID or serial device and use none', async () => {
        const contents = lockedWindow().webContents;
        setupPermissionLock();
        for (const kind of ['usb', 'hid', 'serial'] as const) {
          expect(await electron.session.pageRequestsDevice(kind, ['apple-05ac'], contents), kind).toBeNull();
          expect(electron.session.pageChecksDevicePermission({ deviceType: kind, device: { deviceId: 'apple-05ac' }, origin: 'app://lifeboat' }), kind).toBe(false);
        }
      });
    });

    describe('the app scheme', () => {
      it('is declared secure and standard before the app is ready, as Electron requires', () => {
        registerAppScheme();
        expect(electron.protocol.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true } }]);
      });

      it('serves the renderer’s page with its policy, and nothing outside the renderer', async () => {
        electron.app.becomeReady();
        setupAppProtocol();
        const page = await electron.protocol.pageRequests(APP_PAGE_URL);
        expect(page.status).toBe(200);
        expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
        expect(await page.text()).toContain('<div id="root">');
        for (const url of ['app://lifeboat/../../package.json', 'app://lifeboat/%2e%2e/%2e%2e/package.json', 'app://lifeboat/missing.js', 'app://other/index.html']) {
          const refused = await electron.protocol.pageRequests(url);
          expect(refused.status, url).toBe(404);
          expect(await refused.text(), url).toBe('Not found');
        }
      });
    });

    describe('focusWindow', () => {
      it('brings a minimized window back and focuses it; a closed one is left alone', () => {
        const window = lockedWindow();
        window.minimize();
        focusWindow(window as unknown as BrowserWindow);
        expect(window.isMinimized()).toBe(false);
        expect(window.isFocused()).toBe(true);
        window.close();
        expect(() => focusWindow(window as unknown as BrowserWindow)).not.toThrow();
        expect(() => focusWindow(null)).not.toThrow();
      });

      it('leaves a maximized window maximized, restoring only a minimized one', () => {
        const window = lockedWindow();
        window.maximize();
        focusWindow(window as unknown as BrowserWindow);
        expect(window.isMaximized()).toBe(true);
        window.minimize();
        focusWindow(window as unknown as BrowserWindow);
        expect([window.isMinimized(), window.isMaximized(), window.isFocused()]).toEqual([false, true, true]);
      });
    });

    describe('setupBackupNotices', () => {
      const before = snapshot({ backups: [backup({ lastBackupDate: '2026-11-19T09:00:00Z' })] });
      const after = snapshot({ backups: [backup({ lastBackupDate: '2026-11-26T09:00:00Z' })] });

      function scriptedCore(initial: Snapshot) {
        let current = initial;
        const listeners = new Set<(next: Snapshot) => void>();
        return {
          getSnapshot: () => current,
          subscribe(listener: (next: Snapshot) => void) {
            listeners.add(listener);
            return () => listeners.delete(listener);
          },
          push(next: Snapshot) {
            current = next;
            listeners.forEach((listener) => listener(next));
          },
        };
      }

      it('tells the person when a backup finishes and is verified while the window is in the background, and the notice brings it back', () => {
        const window = lockedWindow();
        window.becomeReadyToShow();
        window.blur();
        window.minimize();
        const core = scriptedCore(before);
        setupBackupNotices(window as unknown as BrowserWindow, core);
        core.push(after);
        expect(electron.notifications.map((notice) => notice.title)).toEqual(['Backup finished and verified']);
        expect(window.isMinimized()).toBe(true);
        electron.notifications[0]?.click();
        expect(window.isVisible()).toBe(true);
        expect(window.isMinimized(), 'the window is brought back').toBe(false);
      });

      it('says a backup stopped when it stopped, and a notice clicked after the window closed does nothing', () => {
        const window = lockedWindow();
        window.becomeReadyToShow();
        window.blur();
        const running = snapshot({ backups: [backup({ complete: false, inProgress: { bytesWritten: 10 }, verification: { state: 'not-checked', filesListed: null, filesMissing: null } })] });
        const stopped = snapshot({ backups: [backup({ complete: false, interrupted: { stoppedAt: '2026-11-26T09:00:00Z' }, verification: { state: 'not-checked', filesListed: null, filesMissing: null } })] });
        const core = scriptedCore(running);
        setupBackupNotices(window as unknown as BrowserWindow, core);
        core.push(stopped);
        expect(electron.notifications.map((notice) => notice.title)).toEqual(['Backup stopped before it finished']);
        window.close();
        expect(() => electron.notifications[0]?.click()).not.toThrow();
      });

      it('shows nothing once the window is closed', () => {
        const window = lockedWindow();
        window.becomeReadyToShow();
        window.blur();
        const core = scriptedCore(before);
        setupBackupNotices(window as unknown as BrowserWindow, core);
        window.close();
        core.push(after);
        expect(electron.notifications).toEqual([]);
      });

      it('stays quiet while the window has focus, and after it stops', () => {
        const window = lockedWindow();
        window.becomeReadyToShow();
        const core = scriptedCore(before);
        const stop = setupBackupNotices(window as unknown as BrowserWindow, core);
        core.push(after);
        expect(electron.notifications).toEqual([]);
        window.blur();
        stop();
        core.push(snapshot({ backups: [backup({ lastBackupDate: '2026-11-27T09:00:00Z' })] }));
        expect(electron.notifications).toEqual([]);
      });
    });
  });
});
