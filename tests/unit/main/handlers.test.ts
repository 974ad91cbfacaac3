import { describe, expect, it } from 'vitest';
import { createHandlers, forwardEvents, InvalidPayloadError } from '../../../src/main/handlers';
import { createCore } from '../../../src/main/core/create-core';
import { createHostProbe } from '../../../src/main/core/probes/host';
import { createProgressStore, memoryBackend } from '../../../src/main/progress/progress-store';
import type { Effects } from '../../../src/main/actions/run-action';
import { Events, Requests } from '../../../src/shared/ipc';

function setup() {
  const core = createCore({ probes: [createHostProbe({ override: { os: 'macos', version: '15.1' } })] });
  const progress = createProgressStore(memoryBackend());
  const opened: string[] = [];
  const effects: Effects = {
    openExternal: async (url) => void opened.push(url),
    openApplication: async (target) => void opened.push(`app:${target.macAppName ?? target.windowsAppId}`),
    showItemInFolder: (path) => void opened.push(`reveal:${path}`),
    copyText: (text) => void opened.push(`copy:${text}`),
  };
  return { core, progress, opened, handlers: createHandlers({ core, progress, effects }) };
}

describe('handlers', () => {
  it('answers snapshot:get with the core snapshot', async () => {
    const { core, handlers } = setup();
    await core.start();
    const snapshot = (await handlers[Requests.getSnapshot](undefined)) as { host: { displayName: string } };
    expect(snapshot.host.displayName).toBe('macOS Sequoia 15.1');
  });

  it('applies a valid progress update and returns the new progress', async () => {
    const { handlers } = setup();
    const progress = await handlers[Requests.setProgress]({ kind: 'checklist', item: 'storage', mark: 'fine' });
    expect(progress).toMatchObject({ checklist: { storage: 'fine' } });
  });

  it.each([
    ['a string', 'storage'],
    ['an unknown kind', { kind: 'delete-everything' }],
    ['an unknown mark', { kind: 'checklist', item: 'storage', mark: 'maybe' }],
    ['an extra field', { kind: 'reset', path: '/etc/passwd' }],
    ['an item id with path characters', { kind: 'checklist', item: '../../x', mark: 'fine' }],
  ])('refuses %s on progress:set with a clear error', async (_label, payload) => {
    const { handlers, progress } = setup();
    await expect(handlers[Requests.setProgress](payload)).rejects.toThrow(InvalidPayloadError);
    expect(progress.get().checklist).toEqual({});
  });

  it('records a backup attempt, starts the walkthrough over, and dismisses a notice', async () => {
    const { handlers, progress } = setup();
    await handlers[Requests.setProgress]({ kind: 'backup-attempt', udid: '00008130-001A2B3C4D5E001E', previousNewest: '2026-11-19T09:00:00Z' });
    expect(progress.get().backupAttempt).toMatchObject({ udid: '00008130-001A2B3C4D5E001E', previousNewest: '2026-11-19T09:00:00Z' });
    await handlers[Requests.setProgress]({ kind: 'restart-walkthrough' });
    expect(progress.get().backupAttempt).toBeNull();
    await handlers[Requests.setProgress]({ kind: 'dismiss-notice' });
    await handlers[Requests.setProgress]({ kind: 'support', field: 'iosVersion', value: '17.5' });
    expect(progress.get().support.iosVersion).toBe('17.5');
  });

  it.each([
    ['a path for a UDID', { kind: 'backup-attempt', udid: '../../etc/passwd', previousNewest: null }],
    ['a missing previous date', { kind: 'backup-attempt', udid: '00008130001A2B3C4D5E001E' }],
    ['an unknown support field', { kind: 'support', field: 'notes', value: 'x' }],
  ])('refuses %s', async (_label, payload) => {
    const { handlers, progress } = setup();
    await expect(handlers[Requests.setProgress](payload)).rejects.toThrow(InvalidPayloadError);
    expect(progress.get().backupAttempt).toBeNull();
  });

  it('says where a refused payload is wrong, field by field, under its own error name', async () => {
    const { handlers } = setup();
    const refusal = async (channel: (typeof Requests)[keyof typeof Requests], payload: unknown) => {
      const error = await handlers[channel](payload).then(() => null, (caught: unknown) => caught);
      expect(error).toBeInstanceOf(InvalidPayloadError);
      expect((error as Error).name).toBe('InvalidPayloadError');
      return (error as Error).message;
    };
    // A payload wrong as a whole is named "payload"; a wrong field by its path.
    expect(await refusal(Requests.setProgress, 'storage')).toMatch(/^Invalid payload for progress:set: payload: \S/);
    expect(await refusal(Requests.setProgress, { kind: 'support', field: 'iosVersion', value: 7 })).toMatch(/^Invalid payload for progress:set: value: \S/);
    expect(await refusal(Requests.setProgress, { kind: 'backup-attempt', udid: 1, previousNewest: 2, extra: 3, more: 4 })).toBe(
      'Invalid payload for progress:set: udid: Invalid input: expected string, received number; previousNewest: Invalid input: expected string, received number; payload: Unrecognized keys: "extra", "more"',
    );
  });

  it('accepts every kind of progress update the page sends, each mark and support field included', async () => {
    const { handlers, progress } = setup();
    const set = (update: unknown) => handlers[Requests.setProgress](update);
    await set({ kind: 'checklist', item: 'storage', mark: 'culprit' });
    await set({ kind: 'checklist', item: 'storage', mark: 'not-yet' });
    await set({ kind: 'icloud-last-backup', date: 'never' });
    await set({ kind: 'confirm-step', step: 'trust', done: true });
    await set({ kind: 'support', field: 'errorText', value: 'The iPhone could not be backed up.' });
    await set({ kind: 'support', field: 'howLong', value: 'Since Tuesday' });
    expect(progress.get()).toMatchObject({
      checklist: { storage: 'not-yet' },
      icloudLastBackup: { date: 'never' },
      confirmedSteps: ['trust'],
      support: { errorText: 'The iPhone could not be backed up.', howLong: 'Since Tuesday' },
    });
    await set({ kind: 'reset' });
    expect(progress.get()).toMatchObject({ checklist: {}, icloudLastBackup: null, confirmedSteps: [] });
  });

  it('takes a previous backup date of up to 64 characters, no longer', async () => {
    const { handlers, progress } = setup();
    const attempt = (previousNewest: string) => handlers[Requests.setProgress]({ kind: 'backup-attempt', udid: '00008130-001A2B3C4D5E001E', previousNewest });
    await expect(attempt('9'.repeat(65))).rejects.toThrow(/^Invalid payload for progress:set: previousNewest: /);
    expect(progress.get().backupAttempt).toBeNull();
    await attempt('9'.repeat(64));
    expect(progress.get().backupAttempt?.previousNewest).toBe('9'.repeat(64));
  });

  it('says a UDID that is not one is not a UDID, and names at most three problems', async () => {
    const { handlers } = setup();
    await expect(handlers[Requests.setProgress]({ kind: 'backup-attempt', udid: 'my-iphone', previousNewest: null })).rejects.toThrow('Invalid payload for progress:set: udid: not a UDID');
    const error = await handlers[Requests.setProgress]({ kind: 'backup-attempt', udid: 1, previousNewest: 2, previousSizeBytes: 'x', extra: 3 }).then(() => null, (caught: Error) => caught);
    expect(error?.message.split('; ')).toHaveLength(3);
  });

  it('refuses a URL smuggled into an action', async () => {
    const { handlers, opened } = setup();
    await expect(handlers[Requests.runAction]({ action: 'open-system-status', url: 'https://evil.example' })).rejects.toThrow(
      /Invalid payload for action:run/,
    );
    await expect(handlers[Requests.runAction]({ action: 'open-url' })).rejects.toThrow(InvalidPayloadError);
    expect(opened).toEqual([]);
  });

  it('runs an enum action through the effects', async () => {
    const { handlers, opened, core } = setup();
    await core.start();
    const result = await handlers[Requests.runAction]({ action: 'open-system-status' });
    expect(result).toMatchObject({ ok: true });
    expect(opened).toEqual(['https://www.apple.com/support/systemstatus/']);
  });

  it('forwards snapshot and progress changes as events until stopped', async () => {
    const { core, progress } = setup();
    const events: string[] = [];
    const stop = forwardEvents({ core, progress }, (channel) => events.push(channel));
    await core.start();
    progress.update({ kind: 'reset' });
    stop();
    progress.update({ kind: 'reset' });
    expect(events).toEqual([Events.snapshotChanged, Events.progressChanged]);
    expect(core.listenerCount()).toBe(0);
  });
});
