import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mayAttachWebview, mayGrantPermission, mayNavigate, mayUseDevice, newWindowDecision, NO_DEVICE } from '../../../src/main/window-locks';
import { APP_PAGE_URL } from '../../../src/main/app-protocol';

/** Every permission name Electron 45's session handlers can be asked about. */
const ELECTRON_PERMISSIONS = [
  'ar', 'automatic-fullscreen', 'background-fetch', 'background-sync', 'captured-surface-control', 'clipboard-read',
  'clipboard-sanitized-write', 'deprecated-sync-clipboard-read', 'display-capture', 'fileSystem', 'fullscreen', 'geolocation',
  'geolocation-approximate', 'hand-tracking', 'hid', 'idle-detection', 'keyboardLock', 'local-fonts', 'local-network',
  'local-network-access', 'loopback-network', 'media', 'mediaKeySystem', 'midi', 'midiSysex', 'nfc', 'notifications',
  'openExternal', 'payment-handler', 'periodic-background-sync', 'persistent-storage', 'pointerLock', 'screen-wake-lock',
  'sensors', 'serial', 'smart-card', 'speaker-selection', 'storage-access', 'system-wake-lock', 'top-level-storage-access',
  'usb', 'vr', 'web-app-installation', 'web-printing', 'window-management', 'unknown',
];

describe('window-locks', () => {
  describe('mayNavigate', () => {
    it("lets the page stay on itself, moving between its own sections", () => {
      expect(mayNavigate(APP_PAGE_URL, APP_PAGE_URL)).toBe(true);
      expect(mayNavigate(`${APP_PAGE_URL}#/checklist`, APP_PAGE_URL)).toBe(true);
    });

    it.each([
      ['a web page', 'https://www.apple.com/support/systemstatus/'],
      ['plain http', 'http://example.com/'],
      ['a local file', 'file:///etc/passwd'],
      ['another file of the app', 'app://lifeboat/assets/index.js'],
      ['the app page with a query', `${APP_PAGE_URL}?debug=1`],
      ['another host on the app scheme', 'app://elsewhere/index.html'],
      ['a data URL', 'data:text/html,<script>alert(1)</script>'],
      ['javascript:', 'javascript:alert(1)'],
      ['about:blank', 'about:blank'],
      ['an OS settings link', 'x-apple.systempreferences:com.apple.preference.security'],
      ['nothing', ''],
    ])('stops navigation to %s', (_label, url) => {
      expect(mayNavigate(url, APP_PAGE_URL)).toBe(false);
    });

    // Generating long random web addresses takes a couple of seconds here, many times that on a busy machine.
    it('stops navigation to any web address at all', { timeout: 90_000 }, () => {
      fc.assert(fc.property(fc.webUrl({ withFragments: true, withQueryParameters: true }), (url) => !mayNavigate(url, APP_PAGE_URL)));
    });

    it('stops navigation to any string that is not the page itself', () => {
      fc.assert(
        fc.property(fc.string(), (text) => {
          const allowed = mayNavigate(text, APP_PAGE_URL);
          return !allowed || text.split('#')[0] === APP_PAGE_URL;
        }),
      );
    });

    it('follows the page it is given, as in development where the page comes from a local server', () => {
      expect(mayNavigate('http://localhost:5173/', 'http://localhost:5173/')).toBe(true);
      expect(mayNavigate(APP_PAGE_URL, 'http://localhost:5173/')).toBe(false);
    });
  });

  describe('newWindowDecision', () => {
    it('denies every new window', () => {
      expect(newWindowDecision()).toEqual({ action: 'deny' });
    });
  });

  describe('mayAttachWebview', () => {
    it('never lets a webview be attached', () => {
      expect(mayAttachWebview()).toBe(false);
    });
  });

  describe('mayGrantPermission', () => {
    it.each(ELECTRON_PERMISSIONS)('denies %s', (permission) => {
      expect(mayGrantPermission(permission)).toBe(false);
    });
    it('denies any permission name at all, known or not', () => {
      fc.assert(fc.property(fc.string(), (permission) => mayGrantPermission(permission) === false));
    });
  });

  describe('mayUseDevice', () => {
    it('gives the page no USB, HID, serial or Bluetooth device, and picks the empty id that cancels a picker', () => {
      expect(mayUseDevice()).toBe(false);
      expect(NO_DEVICE).toBe('');
    });
  });
});
