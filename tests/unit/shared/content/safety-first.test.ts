/** The offer of a local backup before the checks that change the most on the phone, and its words when one is already there. */
import { describe, expect, it } from 'vitest';
import { CHECKLIST_ITEMS } from '../../../../src/shared/content/checklist-items';
import { alreadySafe, SAFETY_FIRST } from '../../../../src/shared/content/safety-first';

describe('content', () => {
  describe('safety first', () => {
    it('offers a backup first before an update, a sign-out and a network reset, and before no other check', () => {
      const risky = Object.entries(CHECKLIST_ITEMS).flatMap(([id, item]) => (item.risky ? [id] : []));
      expect(risky).toEqual(['ios-update', 'apple-account', 'reset-network']);
    });

    it('says why in a sentence, under a title and a button that say what to do', () => {
      expect(SAFETY_FIRST).toEqual({
        title: 'Back up to this computer first',
        why: 'This check changes a lot on the phone. With a fresh backup on this computer, nothing is lost whatever happens, and it takes only a cable.',
        button: 'Back up to this computer first',
      });
    });

    it('says it is safe to go ahead when a recent backup is already on this computer', () => {
      expect(alreadySafe('Nov 3, 2026 (yesterday)')).toBe('You already have a backup on this computer from Nov 3, 2026 (yesterday), so it is safe to go ahead.');
    });
  });
});
