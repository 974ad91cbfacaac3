import { describe, expect, it } from 'vitest';
import { contentStrings } from '../../../support/content-corpus';

// Gathered inside each test, not when the file loads, so mutation testing can tell which tests read which words.
const corpus = () => contentStrings();

/** British spellings and words a US reader would stumble on, with the US word. */
const BRITISH: Array<[RegExp, string]> = [
  [/\bcolour/i, 'color'],
  [/\b(organis|realis|recognis|apologis|minimis|prioritis)(e|ed|es|ing)\b/i, '-ize'],
  [/\bfavourite|\bbehaviour|\bcentre\b|\blicence\b|\bprogramme\b/i, 'US spelling'],
  [/\bmobile data\b/i, 'cellular data'],
  [/\b[Tt]ick(ed)?\b(?! mark)/, 'select / check'],
  [/\bwhilst\b/i, 'while'],
  [/\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/, 'Nov 3, 2026'],
];

describe('content', () => {
  describe('wording', () => {
    it.each(BRITISH)('writes US English: no %s (use %s)', (pattern) => {
      expect(corpus().filter((text) => pattern.test(text))).toEqual([]);
    });

    it('calls Apple’s Windows service by one name, Apple Mobile Device Service', () => {
      expect(corpus().filter((text) => /Apple Mobile Device Support/.test(text))).toEqual([]);
      expect(corpus().some((text) => /Apple Mobile Device Service/.test(text))).toBe(true);
    });

    it('never sends someone to look at iCloud Drive for iCloud Backup', () => {
      expect(corpus().filter((text) => /iCloud Drive is on too/.test(text))).toEqual([]);
    });
  });
});
