import { describe, expect, it } from 'vitest';
import { runAction, type Effects } from '../../../../src/main/actions/run-action';
import { hostInfo } from '../../../../src/main/core/probes/host';
import { emptySnapshot, type OsFamily } from '../../../../src/shared/snapshot';

const on = (os: OsFamily, version = '1') => ({ ...emptySnapshot(), host: hostInfo(os, version) });

/** Effects that record what was asked of them, and fail with `failure` when given one. */
function recordingEffects(failure?: unknown): Effects & { calls: string[] } {
  const calls: string[] = [];
  const act = (call: string) => {
    calls.push(call);
    if (failure !== undefined) throw failure;
  };
  return {
    calls,
    openExternal: async (url) => act(`openExternal ${url}`),
    openApplication: async (target) => act(`openApplication ${JSON.stringify(target)}`),
    showItemInFolder: (path) => act(`showItemInFolder ${path}`),
    copyText: (text) => act(`copyText ${text}`),
  };
}

describe('actions', () => {
  describe('runAction', () => {
    it('does each plan through its own effect and says it is done', async () => {
      const effects = recordingEffects();
      expect(await runAction({ action: 'open-system-status' }, on('macos'), effects)).toEqual({ ok: true, message: "Opened Apple's System Status page." });
      expect(await runAction({ action: 'open-finder' }, on('macos', '15.1'), effects)).toEqual({ ok: true, message: 'Finder is open.' });
      expect(await runAction({ action: 'reveal-backup', udid: '00008130-001A2B3C4D5E001E' }, on('macos'), effects, () => '/b/x')).toMatchObject({ ok: true });
      expect(await runAction({ action: 'copy-text', text: 'hello' }, on('macos'), effects)).toMatchObject({ ok: true });
      expect(effects.calls).toEqual([
        'openExternal https://www.apple.com/support/systemstatus/',
        'openApplication {"macAppName":"Finder"}',
        'showItemInFolder /b/x',
        'copyText hello',
      ]);
    });

    it('does nothing for a refused plan and says why', async () => {
      const effects = recordingEffects();
      expect(await runAction({ action: 'open-finder' }, on('windows'), effects)).toEqual({ ok: false, message: 'Finder is only on a Mac.' });
      expect(effects.calls).toEqual([]);
    });

    it('turns a failed effect into the plan’s own words plus the reason, never a throw', async () => {
      expect(await runAction({ action: 'open-itunes' }, on('windows'), recordingEffects(new Error('ENOENT')))).toEqual({
        ok: false,
        message: 'iTunes did not open; open it from the Start menu or Applications. (ENOENT)',
      });
      expect(await runAction({ action: 'copy-text', text: 'x' }, on('macos'), recordingEffects('clipboard busy'))).toEqual({
        ok: false,
        message: 'Copying failed; select the text and copy it by hand. (clipboard busy)',
      });
    });
  });
});
