/**
 * What the app's web contents may do, decided apart from Electron so every rule is unit-tested:
 * stay on the app's own page, open no window, attach no webview, get no permission and no
 * device. `window.ts` only hands these answers to Electron's events and session handlers.
 */
import { isAppPageUrl } from './app-protocol';

/** True only for the app's own page (any hash); every other navigation or redirect is stopped. */
export function mayNavigate(targetUrl: string, pageUrl: string): boolean {
  return isAppPageUrl(targetUrl, pageUrl);
}

/** The answer to every `window.open` and `target="_blank"` link: the app opens no second window. */
export function newWindowDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/** Whether a page may embed a `<webview>`; never (the window options also switch the tag off). */
export function mayAttachWebview(): boolean {
  return false;
}

/**
 * Whether a permission (camera, notifications from the page, USB, clipboard …) is granted to
 * the page; never: the page needs none, and main does everything that touches the computer.
 */
export function mayGrantPermission(_permission: string): boolean {
  return false;
}

/** Whether the page may pick a device (WebUSB, WebHID, Web Serial, Web Bluetooth); never. */
export function mayUseDevice(): boolean {
  return false;
}

/** The device id to hand Electron's device pickers: the empty id, which cancels the request. */
export const NO_DEVICE = '';
