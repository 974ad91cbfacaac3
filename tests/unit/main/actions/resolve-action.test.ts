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
