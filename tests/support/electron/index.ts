/**
 * A faithful stand-in for the slice of Electron's API the app uses, so the files that import
 * `electron` (src/main/index.ts, window.ts, ipc.ts, store.ts and the preload) run under Vitest on
 * machines without the Electron binary. It follows Electron's documented behaviour and defaults
 * (see each file), records what the app asked of it, and lets a test act as the user, the page or
 * the operating system. Use it with `vi.mock('electron', () => electron.module)`, the stand-in
 * made in `vi.hoisted`, and `electron.reset()` before each test.
 */
import { StandInApp } from './app';
import { browserWindowClass, type StandInBrowserWindow, type WindowHost } from './browser-window';
import { notificationClass, StandInClipboard, StandInProtocol, StandInShell, type ShownNotice } from './desktop';
import { electronEvent } from './event';
import { StandInIpcMain } from './ipc-main';
import { StandInSession } from './session';
import type { StandInWebContents } from './web-contents';

export type { StandInBrowserWindow } from './browser-window';
export type { StandInWebContents } from './web-contents';
export type { StandInFrame } from './web-frame-main';
export type { StandInRenderer } from './renderer';

/** Creates one stand-in Electron. */
export function createElectronStandIn() {
  const app = new StandInApp();
  const ipcMain = new StandInIpcMain();
  const defaultSession = new StandInSession();
  const protocol = new StandInProtocol(app);
  const shell = new StandInShell();
  const clipboard = new StandInClipboard();
  const notifications: ShownNotice[] = [];
  const allContents: StandInWebContents[] = [];
  let notificationsSupported = true;

  const host: WindowHost = {
    ipcMain,
    session: defaultSession,
    windows: [],
    announce(contents) {
      allContents.push(contents);
      app.emit('web-contents-created', electronEvent(), contents);
    },
    openChildWindow: (options) => new BrowserWindow(options),
    allWindowsClosed: () => app.emit('window-all-closed'),
  };
  const BrowserWindow = browserWindowClass(host);
  const Notification = notificationClass(notifications, () => notificationsSupported);

  /** What `import … from 'electron'` gives the main process. */
  const main = {
    app,
    ipcMain,
    BrowserWindow,
    session: { defaultSession },
    protocol,
    shell,
    clipboard,
    Notification,
    webContents: {
      getAllWebContents: () => allContents.filter((contents) => !contents.isDestroyed()),
      fromId: (id: number) => allContents.find((contents) => contents.id === id),
    },
  };

  return {
    /** The module to hand `vi.mock('electron', …)`; electron-store's default import gets the same. */
    module: { ...main, default: main },
    app,
    ipcMain,
    session: defaultSession,
    protocol,
    shell,
    clipboard,
    /** Every notification shown, in order. */
    notifications,
    /** Every window created, in order, closed ones included. */
    windows: host.windows as StandInBrowserWindow[],
    /** Whether the desktop supports notifications (Electron's `Notification.isSupported()`). */
    setNotificationsSupported(supported: boolean) {
      notificationsSupported = supported;
    },
    /** Back to a fresh Electron: not ready, no windows, no handlers, nothing recorded. */
    reset() {
      app.reset();
      ipcMain.reset();
      defaultSession.reset();
      protocol.reset();
      shell.reset();
      clipboard.reset();
      notifications.length = 0;
      host.windows.length = 0;
      allContents.length = 0;
      notificationsSupported = true;
    },
  };
}

/** One stand-in Electron, as a test holds it. */
export type ElectronStandIn = ReturnType<typeof createElectronStandIn>;
