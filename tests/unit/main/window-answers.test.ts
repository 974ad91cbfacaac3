/**
 * The answers window.ts gives Electron, read straight from the handlers and listeners it installs:
 * each one is a definite refusal in the form Electron asks for, so nothing rests on what Electron
 * does with a missing or malformed answer (that has changed between versions: an unanswered HID
 * picker once handed the page every matching device, an unanswered Bluetooth one the first device).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StandInBrowserWindow, StandInWebContents } from '../../support/electron';
import { electronEvent } from '../../support/electron/event';
import { createMainWindow, setupContentsLocks, setupPermissionLock } from '../../../src/main/window';
import { APP_PAGE_URL } from '../../../src/main/app-protocol';

const electron = await vi.hoisted(async () => (await import('../../support/electron')).createElectronStandIn());
vi.mock('electron', () => electron.module);

/** The main window's page, once the app is ready and every lock is in. */
function lockedContents(): StandInWebContents {
  setupContentsLocks();
  electron.app.becomeReady();
  setupPermissionLock();
  return (createMainWindow() as unknown as StandInBrowserWindow).webContents;
}

/** Emits a picker event with a callback that records every answer; returns whether it was taken and the answers. */
function pick(emit: (event: ReturnType<typeof electronEvent>, callback: (...answer: unknown[]) => void) => void): { taken: boolean; answers: unknown[][] } {
  const event = electronEvent();
  const answers: unknown[][] = [];
  emit(event, (...answer) => answers.push(answer));
  return { taken: event.defaultPrevented, answers };
}

describe('main', () => {
  describe('window', () => {
    describe('answers given to Electron', () => {
      beforeEach(() => {
        electron.reset();
      });

      it('answers every permission check and device check with a plain false', () => {
        const contents = lockedContents();
        expect(electron.session.permissionCheckHandler?.(contents, 'media', 'app://lifeboat', { requestingUrl: APP_PAGE_URL })).toBe(false);
        expect(electron.session.devicePermissionHandler?.({ deviceType: 'usb', device: { deviceId: 'apple-05ac' }, origin: 'app://lifeboat' })).toBe(false);
      });

      it('answers a new window with Electron’s own deny, the one refusal it takes without logging an error', () => {
        const contents = lockedContents();
        const details = { url: 'https://example.com/', frameName: '', features: '', disposition: 'new-window', referrer: { url: APP_PAGE_URL, policy: 'strict-origin-when-cross-origin' } } as const;
        expect(contents.windowOpenHandler?.(details)).toEqual({ action: 'deny' });
      });

      it.each(['select-usb-device', 'select-hid-device'])('takes the %s picker and cancels it with no device', (name) => {
        const contents = lockedContents();
        const picked = pick((event, callback) => electron.session.emit(name, event, { deviceList: [{ deviceId: 'apple-05ac' }], frame: contents.mainFrame }, callback));
        expect(picked).toEqual({ taken: true, answers: [[]] });
      });

      it('takes the serial port picker and cancels it with the empty port id', () => {
        const contents = lockedContents();
        const picked = pick((event, callback) => electron.session.emit('select-serial-port', event, [{ portId: 'usb-serial-1', portName: 'ttyUSB0' }], contents, callback));
        expect(picked).toEqual({ taken: true, answers: [['']] });
      });

      it('takes the Bluetooth picker and cancels it with the empty device id', () => {
        const contents = lockedContents();
        const picked = pick((event, callback) => contents.emit('select-bluetooth-device', event, [{ deviceId: 'phone', deviceName: 'iPhone' }], callback));
        expect(picked).toEqual({ taken: true, answers: [['']] });
      });
    });
  });
});
