import { describe, expect, it } from 'vitest';
import { applyProgressUpdate, emptyProgress } from '../../../src/shared/progress';

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
