import { describe, expect, it } from 'vitest';
import type { Route } from '../../../../src/shared/guidance/route';
import type { ActionButton } from '../../../../src/shared/content/actions';
import { stepContent, type StepContent } from '../../../../src/shared/content/walkthrough-steps';
import { problemContent } from '../../../../src/shared/content/problems';
import { encryptionHow } from '../../../../src/shared/content/encryption';
import { routeExplained, stepInShort } from '../../../../src/shared/content/overview';
import type { OsFamily } from '../../../../src/shared/snapshot';
import { NOUNS, PROBLEMS } from '../../../support/content-corpus';

type ProgramRoute = Exclude<Route, 'none'>;

/** The names a route's words may use for its program, and the buttons that belong to it. */
const PROGRAMS: Record<ProgramRoute, { name: RegExp; actions: Array<ActionButton['action']> }> = {
  finder: { name: /\bFinder\b/, actions: ['open-finder'] },
  'apple-devices': { name: /\bApple Devices\b/, actions: ['open-apple-devices', 'open-apple-devices-store-page'] },
  itunes: { name: /\biTunes\b/, actions: ['open-itunes', 'open-itunes-download-page'] },
  idevicebackup2: { name: /\bidevicebackup2\b/, actions: [] },
};

/** Each route and the computers it is chosen for. */
const ROUTE_HOSTS: Array<[ProgramRoute, OsFamily, string]> = [
  ['finder', 'macos', '15.1'],
  ['itunes', 'macos', '10.14.6'],
  ['apple-devices', 'windows', '10.0.22631'],
  ['itunes', 'windows', '10.0.19044'],
  ['idevicebackup2', 'linux', '6.8'],
];

const PROGRAM_STEPS = ['open-program', 'options', 'back-up-now', 'wait'] as const;

function texts(words: StepContent | { title: string; body: string[]; actions?: ActionButton[] }): string[] {
  const step = words as StepContent;
  return [words.title, ...words.body, ...(step.help ? [step.help.title, ...step.help.items] : []), ...(step.confirm ? [step.confirm] : []), ...(words.actions ?? []).map((a) => a.label)];
}

describe('content', () => {
  describe('each route’s words belong to that route', () => {
    it.each(ROUTE_HOSTS)('%s on %s %s: every program step, its buttons and its advice name only that program', (route, os, version) => {
      const others = (Object.keys(PROGRAMS) as ProgramRoute[]).filter((other) => other !== route);
      for (const noun of NOUNS) {
        const steps = PROGRAM_STEPS.map((step) => stepContent(step, route, noun));
        const problems = PROBLEMS.filter((problem) => problem !== 'no-program').map((problem) => problemContent(problem, os, route, true, noun));
        const words = [...steps, ...problems].flatMap(texts).concat(encryptionHow(route));
        // The route's explanation names its program; on old Windows it also says why Apple Devices is not it.
        expect(routeExplained(route, { os, version })).toMatch(PROGRAMS[route].name);
        for (const other of others) {
          for (const text of words) expect(text, `${route} names ${other}`).not.toMatch(PROGRAMS[other].name);
        }
        const actions = [...steps, ...problems].flatMap((words) => words.actions ?? []).map((action) => action.action);
        const programActions = Object.values(PROGRAMS).flatMap((program) => program.actions);
        for (const action of actions.filter((a) => programActions.includes(a))) expect(PROGRAMS[route].actions, `${route} offers ${action}`).toContain(action);
      }
    });

    it.each(ROUTE_HOSTS.filter(([route]) => route !== 'idevicebackup2'))('%s on %s %s: its open-program step opens that program and names it', (route) => {
      const open = stepContent('open-program', route);
      expect(open.title).toMatch(PROGRAMS[route].name);
      expect(open.actions?.map((action) => action.action)).toEqual([PROGRAMS[route].actions[0]]);
      expect(stepInShort('open-program', route)).toMatch(PROGRAMS[route].name);
    });

    it.each(ROUTE_HOSTS.filter(([, os]) => os !== 'linux'))('%s on %s %s: the recovery-mode card names the program this computer uses', (route, os) => {
      expect(problemContent('recovery-mode', os, route, true).body.join(' ')).toMatch(new RegExp(`If ${PROGRAMS[route].name.source} offers to Update or Restore`));
    });

    it('uses the program’s own US-English labels', () => {
      expect(stepContent('options', 'finder', 'iPad').body[0]).toContain('“Back up all of the data on your iPad to this Mac”');
      expect(stepContent('options', 'apple-devices').body[0]).toContain('On the General page');
      expect(stepContent('back-up-now', 'apple-devices').body[0]).toContain('“Back Up Now”');
      expect(stepContent('options', 'itunes').body[0]).toContain('“This Computer”');
    });

    it('says that setting the encryption password starts a backup at once, in every program that does it', () => {
      for (const route of ['finder', 'apple-devices', 'itunes'] as const) {
        expect(stepContent('options', route).body.join(' ')).toMatch(/As soon as you set the password, .* starts a backup by itself/);
      }
    });

    it('makes the Linux backup folder before idevicebackup2 needs it', () => {
      const options = stepContent('options', 'idevicebackup2').body.join(' ');
      const start = stepContent('back-up-now', 'idevicebackup2').body.join(' ');
      expect(options).toContain('mkdir -p "$HOME/iPhone-backups"');
      expect(start).toContain('idevicebackup2 backup --full "$HOME/iPhone-backups"');
    });
  });
});
