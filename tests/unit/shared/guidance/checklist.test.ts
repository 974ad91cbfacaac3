import { describe, expect, it } from 'vitest';
import { CHECKLIST_ORDER, checklistState } from '../../../../src/shared/guidance/checklist';
import type { ChecklistMark } from '../../../../src/shared/progress';

const all = (mark: ChecklistMark) => Object.fromEntries(CHECKLIST_ORDER.map(({ id }) => [id, mark]));

describe('guidance', () => {
  describe('checklist', () => {
    it('starts with storage, then Wi-Fi and power, the test backup before sign-out, and resets network settings last', () => {
      const ids = CHECKLIST_ORDER.map(({ id }) => id);
      expect(ids[0]).toBe('storage');
      expect(ids.slice(1, 3)).toEqual(['wifi', 'power']);
      expect(ids.indexOf('try-backup-now')).toBeLessThan(ids.indexOf('apple-account'));
      expect(ids.at(-1)).toBe('reset-network');
    });

    it('calls the test backup the one thing to try, resetting network settings the last resort, and every other item a cause', () => {
      const kinds = Object.fromEntries(checklistState({ checklist: {} }).items.map(({ id, kind }) => [id, kind]));
      expect(kinds).toEqual({
        storage: 'cause',
        wifi: 'cause',
        power: 'cause',
        'backup-switch': 'cause',
        'try-backup-now': 'try',
        'too-much-data': 'cause',
        'ios-update': 'cause',
        'apple-account': 'cause',
        'reset-network': 'last-resort',
      });
    });

    it('points at the first unmarked item, in order', () => {
      const state = checklistState({ checklist: { storage: 'fine', power: 'fine' } });
      expect(state.nextItem).toBe('wifi');
      expect(state.checkedCount).toBe(2);
    });

    it('collects the causes marked "this was it", not the failed test backup', () => {
      const state = checklistState({ checklist: { storage: 'culprit', 'try-backup-now': 'culprit' } });
      expect(state.culprits).toEqual(['storage']);
      expect(state.icloudWorks).toBe(false);
    });

    it('knows iCloud works again once the test backup went through', () => {
      expect(checklistState({ checklist: { 'try-backup-now': 'fine' } }).icloudWorks).toBe(true);
    });

    it('is used up when every item is marked and the test backup still fails', () => {
      expect(checklistState({ checklist: { ...all('fine'), 'try-backup-now': 'culprit' } }).exhausted).toBe(true);
      expect(checklistState({ checklist: all('fine') }).exhausted).toBe(false);
      expect(checklistState({ checklist: {} }).exhausted).toBe(false);
    });

    it('counts an item set back to "not yet" as open', () => {
      expect(checklistState({ checklist: { storage: 'not-yet' } }).nextItem).toBe('storage');
    });
  });
});
