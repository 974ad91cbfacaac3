import { describe, expect, it } from 'vitest';
import { nextStep } from '../../../../src/shared/guidance/next-step';
import type { NextStep, ProblemId } from '../../../../src/shared/guidance/types';
import { checklistPart, datesPart, walkthroughPart } from '../../../support/guidance-parts';
import { PHONES } from '../../../support/snapshots';

const walkthrough = walkthroughPart;
const checklist = checklistPart;
const dates = datesPart;
const NOTED_ICLOUD = { date: '2026-11-19', ageDays: 1, stale: false, notedAt: '2026-11-20T12:00:00Z' };
const phone = PHONES.ready;

describe('guidance', () => {
  describe('nextStep', () => {
    it('starts the iCloud checklist on a first run, and continues it once one check is marked', () => {
      expect(nextStep(walkthrough(), checklist(), dates(), false)).toEqual<NextStep>({ id: 'start-checklist', screen: 'checklist' });
      expect(nextStep(walkthrough(), checklist({ checkedCount: 1 }), dates(), false)).toEqual<NextStep>({ id: 'continue-checklist', screen: 'checklist' });
    });

    it('sends a used-up checklist to the local backup', () => {
      expect(nextStep(walkthrough(), checklist({ checkedCount: 9, exhausted: true }), dates(), false)).toEqual<NextStep>({ id: 'checklist-exhausted-go-local', screen: 'walkthrough' });
    });

    it('asks for the iCloud date once iCloud works, until a fresh one is noted', () => {
      const works = checklist({ checkedCount: 3, icloudWorks: true, exhausted: true });
      expect(nextStep(walkthrough(), works, dates(), false)).toEqual<NextStep>({ id: 'note-icloud-date', screen: 'dates' });
      expect(nextStep(walkthrough(), works, dates({ icloud: { ...NOTED_ICLOUD, ageDays: 9, stale: true } }), false)).toEqual<NextStep>({ id: 'note-icloud-date', screen: 'dates' });
      expect(nextStep(walkthrough(), works, dates({ icloud: NOTED_ICLOUD, flag: 'fresh' }), false)).toEqual<NextStep>({ id: 'all-good', screen: 'dates' });
    });

    it("goes local when Apple's service is down, before any checklist state", () => {
      for (const state of [checklist(), checklist({ icloudWorks: true }), checklist({ exhausted: true })]) {
        expect(nextStep(walkthrough(), state, dates(), true)).toEqual<NextStep>({ id: 'icloud-down-go-local', screen: 'walkthrough' });
      }
    });

    it('continues the walkthrough while a phone is attached and no backup is found, even with Apple down', () => {
      expect(nextStep(walkthrough({ device: phone }), checklist({ icloudWorks: true }), dates(), true)).toEqual<NextStep>({ id: 'continue-walkthrough', screen: 'walkthrough' });
    });

    it('shows the verified backup while it is fresh, and only then', () => {
      expect(nextStep(walkthrough({ device: phone, finished: 'found' }), checklist(), dates({ flag: 'fresh' }), false)).toEqual<NextStep>({ id: 'backup-verified', screen: 'walkthrough' });
      expect(nextStep(walkthrough({ finished: 'confirmed' }), checklist(), dates({ flag: 'fresh' }), false)).toEqual<NextStep>({ id: 'backup-verified', screen: 'walkthrough' });
      // Finished but old: back to the checklist, not to a phone that is not there.
      expect(nextStep(walkthrough({ finished: 'found' }), checklist(), dates({ flag: 'stale' }), false)).toEqual<NextStep>({ id: 'start-checklist', screen: 'checklist' });
      // Finished long ago with the phone attached again: not "continue", since the walkthrough is done.
      expect(nextStep(walkthrough({ device: phone, finished: 'found' }), checklist(), dates({ flag: 'stale' }), false)).toEqual<NextStep>({ id: 'start-checklist', screen: 'checklist' });
    });

    it('watches a backup being written or checked, and reports one that stopped', () => {
      const running = walkthrough({ device: phone, backup: { state: 'in-progress', bytesWritten: 1, expectedBytes: null, startedAt: null } });
      expect(nextStep(running, checklist(), dates(), true)).toEqual<NextStep>({ id: 'watch-backup', screen: 'walkthrough' });
      const checking = walkthrough({ backup: { state: 'checking', finishedAt: '2026-11-20T11:45:00Z', sizeBytes: null } });
      expect(nextStep(checking, checklist(), dates({ flag: 'fresh' }), false)).toEqual<NextStep>({ id: 'watch-backup', screen: 'walkthrough' });
      const stopped = walkthrough({ finished: 'found', backup: { state: 'stopped', reason: 'interrupted', at: null, problem: null } });
      expect(nextStep(stopped, checklist(), dates({ flag: 'fresh' }), false)).toEqual<NextStep>({ id: 'backup-stopped', screen: 'walkthrough' });
    });

    it('puts a problem with the attached phone first, but not a missing program, which the walkthrough itself explains', () => {
      const problems: ProblemId[] = ['recovery-mode', 'dfu-mode', 'network-only'];
      const running = { state: 'in-progress', bytesWritten: 1, expectedBytes: null, startedAt: null } as const;
      for (const problem of problems) {
        expect(nextStep(walkthrough({ device: phone, problem, backup: running }), checklist(), dates(), true), problem).toEqual<NextStep>({ id: 'fix-problem', screen: 'walkthrough' });
        // With no phone attached, the phone's problem is not the next step.
        expect(nextStep(walkthrough({ problem }), checklist(), dates(), false).id, problem).toBe('start-checklist');
      }
      for (const problem of ['program-missing', 'no-program'] as const) {
        expect(nextStep(walkthrough({ device: phone, problem }), checklist(), dates(), false).id, problem).toBe('continue-walkthrough');
      }
    });

    it('puts missing device support first even before a phone is attached: no phone can be seen without it', () => {
      expect(nextStep(walkthrough({ problem: 'no-device-support' }), checklist(), dates(), false)).toEqual<NextStep>({ id: 'fix-problem', screen: 'walkthrough' });
    });
  });
});
