import { describe, expect, it } from 'vitest';
import { CHECKLIST_ORDER } from '../../../../src/shared/guidance/checklist';
import { STEP_IDS } from '../../../../src/shared/guidance/types';
import { CHECKLIST_ITEMS } from '../../../../src/shared/content/checklist-items';
import { stepContent } from '../../../../src/shared/content/walkthrough-steps';
import { problemContent } from '../../../../src/shared/content/problems';
import { OSES, PROBLEMS, ROUTES } from '../../../support/content-corpus';

describe('content', () => {
  describe('coverage', () => {
    it('has words for every checklist item in the planner’s order, and none the planner does not know', () => {
      expect(Object.keys(CHECKLIST_ITEMS).sort()).toEqual(CHECKLIST_ORDER.map(({ id }) => id).sort());
      for (const { id } of CHECKLIST_ORDER) {
        const item = CHECKLIST_ITEMS[id];
        expect(item?.where.length, id).toBeGreaterThan(0);
        expect(item?.fix.length, id).toBeGreaterThan(0);
        expect(item?.why, id).toBeTruthy();
      }
    });

    it('has a title and words for every walkthrough step on every route', () => {
      for (const route of ROUTES) {
        for (const step of STEP_IDS) {
          const words = stepContent(step, route);
          expect(words.title, `${step} on ${route}`).toBeTruthy();
          expect(words.body.length, `${step} on ${route}`).toBeGreaterThan(0);
        }
      }
    });

    it('gives every step the computer cannot see a button for the person to confirm it', () => {
      for (const route of ROUTES.filter((r) => r !== 'none')) {
        for (const step of ['trust', 'open-program', 'options', 'back-up-now', 'wait'] as const) {
          expect(stepContent(step, route).confirm, `${step} on ${route}`).toBeTruthy();
        }
      }
    });

    it('says what to do next for every problem on every computer', () => {
      for (const problem of PROBLEMS) {
        for (const os of OSES) {
          for (const route of ROUTES) {
            const words = problemContent(problem, os, route, true);
            expect(words.title).toBeTruthy();
            expect(words.body.join(' ').length, `${problem} on ${os}/${route}`).toBeGreaterThan(40);
          }
        }
      }
    });
  });
});
