/**
 * The steps inside each backup program, for every program and kind of device: every line a
 * person reads is a whole sentence naming their device, every "Not working?" list asks its
 * question, and every button says what it opens.
 */
import { describe, expect, it } from 'vitest';
import { backUpNow, chooseOptions, openProgram, progressWhere, type ProgramRoute } from '../../../../src/shared/content/program-steps';
import { NOUNS } from '../../../support/content-corpus';

const ROUTES: ProgramRoute[] = ['finder', 'apple-devices', 'itunes', 'idevicebackup2'];
/** A line a person reads: starts with a capital (or a quotation, or a command), ends as a sentence does. */
const SENTENCE = /^[A-Z“]\S*.*[.:”)]$/;

describe('content', () => {
  describe('program steps', () => {
    it.each(ROUTES)('%s: every line of opening, options and Back Up Now is a sentence, for each kind of device', (route) => {
      for (const noun of NOUNS) {
        for (const step of [openProgram(route, noun), chooseOptions(route, noun), backUpNow(route, noun)]) {
          expect(step.title.trim(), step.title).not.toBe('');
          for (const line of step.body) expect(line, `${route} ${noun}: ${line}`).toMatch(SENTENCE);
          if (step.help) {
            expect(step.help.title, step.help.title).toMatch(/^[A-Z].*\?$/);
            expect(step.help.items.length).toBeGreaterThan(0);
            for (const item of step.help.items) expect(item, item).toMatch(SENTENCE);
          }
          for (const action of step.actions ?? []) expect(action.label).toMatch(/^Open \S/);
        }
      }
    });

    it('names the device in each program’s opening step and its help', () => {
      for (const route of ROUTES) {
        for (const noun of NOUNS) {
          const open = openProgram(route, noun);
          expect([open.title, ...open.body, ...(open.help ? [open.help.title, ...open.help.items] : [])].join(' '), `${route} ${noun}`).toContain(noun);
        }
      }
      expect(openProgram('apple-devices', 'iPad').help?.title).toBe('Your iPad is not in Apple Devices?');
      expect(openProgram('finder', 'iPad').help?.title).toBe('Your iPad is not in the sidebar?');
      expect(openProgram('itunes', 'iPad').help?.title).toBe('No device button in iTunes?');
      expect(openProgram('itunes', 'iPad').help?.items).toContain(
        'On Windows: restart the computer: Apple Mobile Device Service, which talks to the phone over the cable, starts again with it.',
      );
    });

    it('gives each program’s button its name', () => {
      expect(openProgram('finder', 'iPhone').actions?.map((action) => action.label)).toEqual(['Open Finder']);
      expect(openProgram('apple-devices', 'iPhone').actions?.map((action) => action.label)).toEqual(['Open Apple Devices']);
      expect(openProgram('itunes', 'iPhone').actions?.map((action) => action.label)).toEqual(['Open iTunes']);
    });

    it('says where each program’s Back Up Now button is, and to keep the device close', () => {
      const keep = 'Keep the cable in and the iPad unlocked and close by.';
      expect(backUpNow('finder', 'iPad').body).toEqual(['Click “Back Up Now” in the Backups section of the General tab.', keep]);
      expect(backUpNow('apple-devices', 'iPad').body).toEqual(['Click “Back Up Now” on the General page.', keep]);
      expect(backUpNow('itunes', 'iPad').body).toEqual(['Click “Back Up Now” under Backups.', keep]);
    });

    it('says where each program shows the progress', () => {
      expect(progressWhere('finder', 'iPad')).toBe('Finder shows the progress next to your iPad’s name in the sidebar.');
      expect(progressWhere('apple-devices', 'iPad')).toBe('Apple Devices shows the progress at the top of its window.');
      expect(progressWhere('itunes', 'iPad')).toBe('iTunes shows the progress at the top of its window.');
      expect(progressWhere('idevicebackup2', 'iPad')).toBe('The terminal shows the progress and says when the backup has succeeded.');
    });
  });
});
