/** Every walkthrough step in words, on every route and for every kind of device: whole sentences, each naming the device where it speaks of it. */
import { describe, expect, it } from 'vitest';
import { PASSCODE_PROMPT, passcodePrompt, passcodeWhileRunning, stepContent } from '../../../../src/shared/content/walkthrough-steps';
import { STEP_IDS } from '../../../../src/shared/guidance/types';
import type { Route } from '../../../../src/shared/guidance/route';
import { NOUNS } from '../../../support/content-corpus';

const ROUTES: Route[] = ['finder', 'apple-devices', 'itunes', 'idevicebackup2', 'none'];
/** A sentence: it starts with a capital, a quotation or a program whose name starts small, and ends as a sentence does. */
const SENTENCE = /^(?:[A-Z“]|iTunes|idevicebackup2).*[.:”)]$/;

describe('content', () => {
  describe('stepContent', () => {
    it.each(ROUTES)('%s: every step’s lines and help are whole sentences, its help asks a question, its confirmation button has words', (route) => {
      for (const noun of NOUNS) {
        for (const step of STEP_IDS) {
          const words = stepContent(step, route, noun);
          const where = `${route} ${noun} ${step}`;
          expect(words.title.trim(), where).not.toBe('');
          for (const line of words.body) expect(line, `${where}: ${line}`).toMatch(SENTENCE);
          if (words.help) {
            expect(words.help.title, where).toMatch(/^[A-Z].*\?$/);
            for (const item of words.help.items) expect(item, `${where}: ${item}`).toMatch(SENTENCE);
          }
          if (words.confirm !== undefined) expect(words.confirm, where).toMatch(/^[A-Z]\S* \S/);
        }
      }
    });

    it('names the device in the connect and trust steps', () => {
      for (const noun of NOUNS) {
        for (const step of ['connect', 'trust'] as const) {
          const words = stepContent(step, 'finder', noun);
          expect(words.body.join(' '), `${noun} ${step}`).toContain(noun);
          expect(words.help?.items.join(' '), `${noun} ${step}`).toContain(noun);
        }
      }
      expect(stepContent('connect', 'finder').help?.title).toBe('Plugged in and nothing happens?');
      expect(stepContent('trust', 'finder').help?.title).toBe('No question on the screen, or you tapped Don’t Trust?');
      expect(stepContent('trust', 'finder').body[0]).toBe('The iPhone asks “Trust This Computer?”. Tap Trust, then enter its passcode.');
    });

    it('warns of the passcode prompt before and while the backup runs, for the device', () => {
      expect(passcodePrompt('iPad')).toMatch(/^Your iPad will ask for its passcode as the backup starts .*about three minutes\.$/);
      expect(passcodeWhileRunning('iPad')).toBe('If your iPad shows a passcode prompt, enter the passcode now: the backup waits for it, and stops after about three minutes without it.');
      const wait = stepContent('wait', 'finder');
      expect(wait.help?.title).toBe('It stopped with an error?');
      expect(wait.help?.items.join(' ')).toContain('error 208');
    });

    it('words the passcode warning the content checks read for an iPhone', () => {
      expect(PASSCODE_PROMPT).toBe(passcodePrompt('iPhone'));
      expect(PASSCODE_PROMPT).toMatch(/^Your iPhone will ask for its passcode as the backup starts /);
    });
  });
});
