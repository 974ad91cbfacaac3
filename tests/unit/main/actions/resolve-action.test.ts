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
    it('opens the one page each link button names, saying which in its outcome, and the Full Disk Access pane only on a Mac', () => {
      const outcome = (what: string) => ({ done: `Opened ${what}.`, failed: `Could not open ${what}.` });
      const links = {
        'open-itunes-download-page': { url: 'https://support.apple.com/en-us/106372', ...outcome("Apple's iTunes download page") },
        'open-system-status': { url: 'https://www.apple.com/support/systemstatus/', ...outcome("Apple's System Status page") },
        'open-apple-support': { url: 'https://support.apple.com/contact', ...outcome("Apple Support's contact page") },
      } as const;
      for (const os of ['macos', 'windows', 'linux', 'other'] as const) {
        for (const [action, plan] of Object.entries(links)) {
          expect(resolveAction({ action: action as keyof typeof links }, on(os)), `${action} on ${os}`).toEqual({ kind: 'url', ...plan });
        }
        const storePage = resolveAction({ action: 'open-apple-devices-store-page' }, on(os));
        expect(storePage).toMatchObject(outcome('the Apple Devices page in the Microsoft Store'));
      }
      expect(resolveAction({ action: 'open-full-disk-access' }, on('macos', '15.1'))).toEqual({
        kind: 'url',
        url: 'x-apple.systempreferences:com.apple.preference.security?Privacy_AllFiles',
        ...outcome('System Settings → Privacy & Security → Full Disk Access'),
      });
      for (const os of ['windows', 'linux', 'other'] as const) {
        expect(resolveAction({ action: 'open-full-disk-access' }, on(os))).toEqual({ kind: 'refused', message: 'Full Disk Access is a Mac setting.' });
      }
    });
    it('reveals a listed backup with a warning not to touch it, and copies text for Apple Support', () => {
      expect(resolveAction({ action: 'reveal-backup', udid: '00008130-001A2B3C4D5E001E' }, on('windows'), () => 'C:\\b\\x')).toEqual({
        kind: 'reveal',
        path: 'C:\\b\\x',
        done: 'The backup folder is shown. Look, but do not move or change anything in it.',
        failed: 'The backup folder could not be shown.',
      });
      expect(resolveAction({ action: 'copy-text', text: 'iPhone 15, iOS 18.1' }, on('macos'))).toEqual({
        kind: 'copy',
        text: 'iPhone 15, iOS 18.1',
        done: 'Copied. Paste it into your message to Apple Support.',
        failed: 'Copying failed; select the text and copy it by hand.',
      });
    });
    it('reveals only a backup main itself has listed', () => {
      const udid = '00008130-001A2B3C4D5E001E';
      expect(resolveAction({ action: 'reveal-backup', udid }, on('macos')).kind).toBe('refused');
      expect(resolveAction({ action: 'reveal-backup', udid }, on('macos'), () => '/b/x')).toMatchObject({ kind: 'reveal', path: '/b/x' });
    });
    it.each(ACTION_IDS)('gives %s an allowlisted URL, or none, on every host', (action) => {
      for (const os of ['macos', 'windows', 'linux', 'other'] as const) {
        const plan = resolveAction(request(action), on(os));
        expect(['url', 'application', 'reveal', 'copy', 'refused']).toContain(plan.kind);
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
