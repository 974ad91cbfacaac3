import { describe, expect, it } from 'vitest';
import { applyProgressUpdate, emptyProgress, ICLOUD_NEVER } from '../../../src/shared/progress';
import { progressUpdateSchema } from '../../../src/main/ipc-schemas';

describe('progress', () => {
  describe('applyProgressUpdate', () => {
    it('records a checklist mark without changing the input', () => {
      const before = emptyProgress();
      const after = applyProgressUpdate(before, { kind: 'checklist', item: 'storage', mark: 'culprit' });
      expect(after.checklist).toEqual({ storage: 'culprit' });
      expect(before.checklist).toEqual({});
    });
    it('stamps a noted iCloud date with when it was noted, and clears it', () => {
      const now = new Date('2026-11-20T10:00:00Z');
      const noted = applyProgressUpdate(emptyProgress(), { kind: 'icloud-last-backup', date: '2026-11-01' }, now);
      expect(noted.icloudLastBackup).toEqual({ date: '2026-11-01', notedAt: '2026-11-20T10:00:00.000Z' });
      expect(applyProgressUpdate(noted, { kind: 'icloud-last-backup', date: null }).icloudLastBackup).toBeNull();
    });
    it('confirms a step once, and un-confirms it', () => {
      let progress = applyProgressUpdate(emptyProgress(), { kind: 'confirm-step', step: 'open-program', done: true });
      progress = applyProgressUpdate(progress, { kind: 'confirm-step', step: 'open-program', done: true });
      expect(progress.confirmedSteps).toEqual(['open-program']);
      progress = applyProgressUpdate(progress, { kind: 'confirm-step', step: 'open-program', done: false });
      expect(progress.confirmedSteps).toEqual([]);
    });
    it('starts over on reset', () => {
      const progress = applyProgressUpdate(emptyProgress(), { kind: 'support', field: 'errorText', value: 'x' });
      expect(applyProgressUpdate(progress, { kind: 'reset' })).toEqual(emptyProgress());
    });
  });
});

describe('progress', () => {
  describe('applyProgressUpdate for the walkthrough and notices', () => {
    const now = new Date('2026-11-20T10:00:00Z');

    it('records a backup attempt stamped with when it began', () => {
      const after = applyProgressUpdate(emptyProgress(), { kind: 'backup-attempt', udid: 'AB', previousNewest: null }, now);
      expect(after.backupAttempt).toEqual({ udid: 'AB', startedAt: '2026-11-20T10:00:00.000Z', previousNewest: null });
    });

    it('starts the walkthrough over without touching the checklist', () => {
      let progress = applyProgressUpdate(emptyProgress(), { kind: 'checklist', item: 'wifi', mark: 'fine' });
      progress = applyProgressUpdate(progress, { kind: 'confirm-step', step: 'options', done: true });
      progress = applyProgressUpdate(progress, { kind: 'backup-attempt', udid: 'AB', previousNewest: null }, now);
      progress = applyProgressUpdate(progress, { kind: 'restart-walkthrough' });
      expect(progress.confirmedSteps).toEqual([]);
      expect(progress.backupAttempt).toBeNull();
      expect(progress.checklist).toEqual({ wifi: 'fine' });
    });

    it('dismisses a notice', () => {
      const noticed = { ...emptyProgress(), notice: { kind: 'not-saved' as const, at: 'x' } };
      expect(applyProgressUpdate(noticed, { kind: 'dismiss-notice' }).notice).toBeNull();
    });

    it('keeps the iOS version the person typed for the support summary', () => {
      expect(applyProgressUpdate(emptyProgress(), { kind: 'support', field: 'iosVersion', value: '17.5' }).support.iosVersion).toBe('17.5');
    });
  });
});

describe('progress', () => {
  describe('applyProgressUpdate, step by step', () => {
    const at = new Date('2026-11-20T10:00:00.000Z');
    it('unmarks one confirmed step and keeps the others, and never lists a step twice', () => {
      let progress = emptyProgress();
      for (const step of ['open-program', 'trust', 'back-up-now']) progress = applyProgressUpdate(progress, { kind: 'confirm-step', step, done: true }, at);
      progress = applyProgressUpdate(progress, { kind: 'confirm-step', step: 'open-program', done: true }, at);
      expect(progress.confirmedSteps).toEqual(['trust', 'back-up-now', 'open-program']);
      expect(applyProgressUpdate(progress, { kind: 'confirm-step', step: 'trust', done: false }, at).confirmedSteps).toEqual(['back-up-now', 'open-program']);
    });

    it('keeps the size of the backup before an attempt only when it was known', () => {
      const udid = '00008110-001A2C3E0E38802E';
      const sized = applyProgressUpdate(emptyProgress(), { kind: 'backup-attempt', udid, previousNewest: null, previousSizeBytes: 42 }, at);
      expect(sized.backupAttempt).toEqual({ udid, startedAt: at.toISOString(), previousNewest: null, previousSizeBytes: 42 });
      const unsized = applyProgressUpdate(emptyProgress(), { kind: 'backup-attempt', udid, previousNewest: null }, at);
      expect(unsized.backupAttempt).toEqual({ udid, startedAt: at.toISOString(), previousNewest: null });
      expect(Object.keys(unsized.backupAttempt ?? {})).not.toContain('previousSizeBytes');
    });

    it('dismisses only the notice, keeping everything else', () => {
      const marked = applyProgressUpdate(emptyProgress(), { kind: 'checklist', item: 'wifi', mark: 'fine' }, at);
      const noticed = { ...marked, notice: { kind: 'not-saved' as const, at: at.toISOString() } };
      expect(applyProgressUpdate(noticed, { kind: 'dismiss-notice' }, at)).toEqual({ ...marked, notice: null });
    });
  });
});

describe('progress', () => {
  describe('emptyProgress', () => {
    it('starts with nothing marked, noted, confirmed or typed', () => {
      expect(emptyProgress()).toEqual({
        checklist: {},
        icloudLastBackup: null,
        confirmedSteps: [],
        support: { errorText: '', howLong: '', iosVersion: '' },
        backupAttempt: null,
        notice: null,
      });
    });
  });

  describe('ICLOUD_NEVER', () => {
    // The Dates screen sends this word when the phone says “Never”; the app must accept it and keep it.
    it('is a date the app accepts from the page and saves as noted', () => {
      const update = { kind: 'icloud-last-backup', date: ICLOUD_NEVER } as const;
      expect(progressUpdateSchema.safeParse(update).success).toBe(true);
      expect(applyProgressUpdate(emptyProgress(), update, new Date('2026-11-20T10:00:00Z')).icloudLastBackup).toEqual({ date: 'never', notedAt: '2026-11-20T10:00:00.000Z' });
    });
  });
});
