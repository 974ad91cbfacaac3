/**
 * The iCloud checklist and the help around it, line by line: every title named, every
 * explanation and instruction a whole sentence, every path a run of real screen names, and each
 * message the phone shows leads to a real check.
 */
import { describe, expect, it } from 'vitest';
import { CHECKLIST_ITEMS, MARK_LABELS } from '../../../../src/shared/content/checklist-items';
import { PHONE_MESSAGES, PHONE_SAYS_INTRO } from '../../../../src/shared/content/phone-says';
import { CHECKLIST_INTRO, LOCAL_BACKUP_WHY, PATH_TO_ICLOUD_DATE, PREVENTION, STILL_STUCK } from '../../../../src/shared/content/icloud-help';

/** A whole sentence: a capital, a quotation or Apple's small-i names first, an end mark last. */
const SENTENCE = /^(?:[A-Z“]|i[A-Z]).*[.:?!)”]$/;
/** A name on a screen or a label: words, not blank. */
const NAME = /^(?:[A-Z“]|i[A-Z]).*\S$/;

describe('content', () => {
  describe('checklist words', () => {
    it('names each check, and says why, where, what to look for and what to do in whole sentences', () => {
      for (const [id, item] of Object.entries(CHECKLIST_ITEMS)) {
        expect(item.title, id).toMatch(NAME);
        expect(item.why, id).toMatch(SENTENCE);
        expect(item.look, id).toMatch(SENTENCE);
        expect(item.where.length, id).toBeGreaterThan(0);
        // A screen's name, or a small instruction between two screens ("scroll to the bottom").
        for (const screen of item.where) expect(screen, id).toMatch(/^\S.*\S$/);
        expect(item.fix.length, id).toBeGreaterThan(0);
        for (const line of item.fix) expect(line, id).toMatch(SENTENCE);
        for (const note of item.notes ?? []) expect(note, id).toMatch(SENTENCE);
        for (const label of Object.values(item.marks ?? MARK_LABELS)) expect(label, id).toMatch(NAME);
      }
      expect(MARK_LABELS).toEqual({ 'not-yet': 'Not yet', fine: 'Checked — fine', culprit: 'This was it' });
    });

    it('labels the marks of a backup tried by hand and of the network reset by what happened', () => {
      expect(CHECKLIST_ITEMS['try-backup-now']!.marks).toEqual({ 'not-yet': 'Not tried yet', fine: 'It worked', culprit: 'It failed or stalled' });
      expect(CHECKLIST_ITEMS['reset-network']!.marks).toEqual({ 'not-yet': 'Not yet', fine: 'Done — still failing', culprit: 'That fixed it' });
    });

    it('tells a person with no Wi-Fi at hand about backing up over cellular', () => {
      expect(CHECKLIST_ITEMS.wifi!.notes).toEqual([expect.stringContaining('turn on Back Up Over Cellular')]);
    });

    it('sends each message the phone shows to a real check, with what it means', () => {
      expect(PHONE_MESSAGES.map((message) => message.id)).toEqual(['not-enough-storage', 'could-not-complete', 'never']);
      for (const message of PHONE_MESSAGES) {
        expect(message.says, message.id).toMatch(NAME);
        expect(message.means, message.id).toMatch(SENTENCE);
        expect(CHECKLIST_ITEMS[message.startAt], message.startAt).toBeDefined();
      }
      expect(PHONE_MESSAGES.map((message) => message.startAt)).toEqual(['storage', 'wifi', 'backup-switch']);
      expect(PHONE_SAYS_INTRO.title).toMatch(NAME);
      expect(PHONE_SAYS_INTRO.lead).toMatch(SENTENCE);
    });

    it('words the introduction, the still-stuck advice and the prevention routine in whole sentences under real titles', () => {
      // Each object on its own: spread into one, the still-stuck title would hide the introduction's.
      for (const [key, text] of [...Object.entries(CHECKLIST_INTRO), ...Object.entries(STILL_STUCK)]) {
        expect(text, key).toMatch(key.toLowerCase().endsWith('title') ? NAME : SENTENCE);
      }
      expect(PREVENTION.title).toMatch(NAME);
      expect(PREVENTION.steps).toHaveLength(4);
      for (const step of PREVENTION.steps) expect(step).toMatch(SENTENCE);
      expect(LOCAL_BACKUP_WHY).toMatch(SENTENCE);
      expect(PATH_TO_ICLOUD_DATE).toEqual(['Settings', 'Your name (the top row)', 'iCloud', 'iCloud Backup']);
    });
  });
});
