/**
 * The app's one window and the locks around it: the page served from the app's own scheme,
 * isolated and sandboxed, no new windows, no navigation away, no permission ever granted; and the
 * one thing the app says from outside it, a notification when a backup finishes while the window
 * is in the background.
 */
import { app, BrowserWindow, Notification, protocol, session, type WebContents } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dueNotices, type AwaitingCheck } from '../shared/backup-notices';
import { finishedNotice, stoppedNotice } from '../shared/backups';
import type { Core } from './core/create-core';
import { APP_PAGE_URL, APP_SCHEME, resolveAppAsset, responseHeadersFor } from './app-protocol';
import { getMainWindowOptions } from './window-options';
import { mayAttachWebview, mayGrantPermission, mayNavigate, mayUseDevice, newWindowDecision, NO_DEVICE } from './window-locks';

const RENDERER_DIR = join(import.meta.dirname, '../renderer');
const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');

/** The address the app's page is loaded from; the only page allowed to talk to main. */
export function appPageUrl(): string {
  return process.env.ELECTRON_RENDERER_URL ?? APP_PAGE_URL;
}

/** Declares the app's scheme as a secure, standard origin; must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true } }]);
}

/** Serves the built renderer on the app's scheme; anything outside it is a 404. */
export function setupAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppAsset(RENDERER_DIR, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(file), { headers: responseHeadersFor(file) });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

/** Denies every permission and device any page asks for; the app needs none. */
export function setupPermissionLock(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(mayGrantPermission(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => mayGrantPermission(permission));
  ses.setDevicePermissionHandler(() => mayUseDevice());
  ses.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  ses.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  ses.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback(NO_DEVICE);
  });
}

/** Applies the window locks to every web contents the app ever creates, before any of them loads. */
export function setupContentsLocks(): void {
  app.on('web-contents-created', (_event, contents) => lockContents(contents));
}

function lockContents(contents: WebContents): void {
  const pageUrl = appPageUrl();
  contents.setWindowOpenHandler(() => newWindowDecision());
  contents.on('will-navigate', (event) => {
    if (!mayNavigate(event.url, pageUrl)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!mayNavigate(event.url, pageUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!mayNavigate(event.url, pageUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    if (!mayAttachWebview()) event.preventDefault();
  });
  // Without an answer, Electron picks the first Bluetooth device on its own.
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback(NO_DEVICE);
  });
}

/** Creates and shows the main window; the locks come from `setupContentsLocks`. */
export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(getMainWindowOptions(PRELOAD_PATH));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appPageUrl());
  return window;
}

/** Brings the existing window forward, e.g. when the person launches the app a second time. */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

/**
 * Shows a system notification, while the window is not focused, for each backup that finishes
 * (once its files are checked) or stops without finishing; returns the unsubscribe.
 */
export function setupBackupNotices(window: BrowserWindow, core: Pick<Core, 'getSnapshot' | 'subscribe'>): () => void {
  let previous = core.getSnapshot();
  let awaiting: AwaitingCheck = new Set();
  return core.subscribe((snapshot) => {
    const due = dueNotices(awaiting, previous, snapshot);
    awaiting = due.awaiting;
    previous = snapshot;
    if (due.notices.length === 0 || window.isDestroyed() || window.isFocused() || !Notification.isSupported()) return;
    for (const { kind, backup } of due.notices) {
      const notice = new Notification(kind === 'finished' ? finishedNotice(backup) : stoppedNotice(backup));
      notice.on('click', () => {
        if (!window.isDestroyed()) window.show();
      });
      notice.show();
    }
  });
}
