import { describe, expect, it } from 'vitest';
import { resolveAction } from '../../../../src/main/actions/resolve-action';
import { isAllowedExternalUrl } from '../../../../src/main/actions/external-links';
import { hostInfo } from '../../../../src/main/core/probes/host';
import { emptySnapshot, type OsFamily } from '../../../../src/shared/snapshot';
import { ACTION_IDS, type ActionRequest } from '../../../../src/shared/ipc';

const on = (os: OsFamily, version = '1') => ({ ...emptySnapshot(), host: hostInfo(os, version) });

function request(action: (typeof ACTION_IDS)[number]): ActionRequest {
  if (action === 'reveal-backup') return { action, udid: '00008130-001A2B3C4D5E001E' };
  if (action === 'copy-text') return { action, text: 'hello' };
  return { action };
}

describe('actions', () => {
  describe('resolveAction', () => {
    it('opens Finder only on a Mac', () => {
      expect(resolveAction({ action: 'open-finder' }, on('macos', '15.1')).kind).toBe('application');
      expect(resolveAction({ action: 'open-finder' }, on('windows')).kind).toBe('refused');
    });
    it('opens the program each button names, and only where that program runs', () => {
      const table = (action: 'open-finder' | 'open-itunes' | 'open-apple-devices') =>
        Object.fromEntries((['macos', 'windows', 'linux', 'other'] as const).map((os) => {
          const plan = resolveAction({ action }, on(os, os === 'macos' ? '15.1' : '10.0.22631'));
          return [os, plan.kind === 'application' ? { ...plan.target, done: plan.done, failed: plan.failed } : plan.kind];
        }));
      expect(table('open-finder')).toEqual({
        macos: { macAppName: 'Finder', done: 'Finder is open.', failed: 'Finder did not open; open it from the Dock.' },
        windows: 'refused',
        linux: 'refused',
        other: 'refused',
      });
      const itunes = { macAppName: 'iTunes', windowsAppId: 'iTunes', done: 'iTunes is opening.', failed: 'iTunes did not open; open it from the Start menu or Applications.' };
      expect(table('open-itunes')).toEqual({ macos: itunes, windows: itunes, linux: 'refused', other: 'refused' });
      expect(table('open-apple-devices')).toEqual({
        macos: 'refused',
        windows: { windowsAppId: 'AppleInc.AppleDevices_nzyj5cx40ttqa!App', done: 'Apple Devices is opening.', failed: 'Apple Devices did not open; open it from the Start menu.' },
        linux: 'refused',
        other: 'refused',
      });
    });
    it('sends Windows to the Store app and others to the web page for Apple Devices', () => {
      expect(resolveAction({ action: 'open-apple-devices-store-page' }, on('windows'))).toMatchObject({ url: expect.stringMatching(/^ms-windows-store:/) });
      expect(resolveAction({ action: 'open-apple-devices-store-page' }, on('macos'))).toMatchObject({ url: expect.stringMatching(/^https:/) });
    });
    it('reveals only a backup main itself has listed', () => {
      const udid = '00008130-001A2B3C4D5E001E';
      expect(resolveAction({ action: 'reveal-backup', udid }, on('macos')).kind).toBe('refused');
      expect(resolveAction({ action: 'reveal-backup', udid }, on('macos'), () => '/b/x')).toMatchObject({ kind: 'reveal', path: '/b/x' });
    });
    it.each(ACTION_IDS)('gives %s an allowlisted URL, or none, on every host', (action) => {
      for (const os of ['macos', 'windows', 'linux', 'other'] as const) {
        const plan = resolveAction(request(action), on(os));
        if (plan.kind === 'url') expect(isAllowedExternalUrl(plan.url)).toBe(true);
        if (plan.kind === 'refused') expect(plan.message.length).toBeGreaterThan(10);
      }
    });
  });
  describe('isAllowedExternalUrl', () => {
    it('refuses anything not on the list', () => {
      expect(isAllowedExternalUrl('https://www.apple.com/support/systemstatus/')).toBe(true);
      expect(isAllowedExternalUrl('https://www.apple.com.evil.example/')).toBe(false);
      expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
    });
  });
});
