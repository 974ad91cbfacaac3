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
