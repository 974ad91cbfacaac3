import { describe, expect, it } from 'vitest';
import { planWalkthrough } from '../../../../src/shared/guidance/walkthrough';
import { chooseRoute } from '../../../../src/shared/guidance/route';
import type { StepId } from '../../../../src/shared/guidance/types';
import type { Progress } from '../../../../src/shared/progress';
import type { Snapshot } from '../../../../src/shared/snapshot';
import { backup, NOW, PHONES, progress, snapshot } from '../../../support/snapshots';

function walk(world: Snapshot, saved: Progress = progress()) {
  return planWalkthrough(world, saved, chooseRoute(world.host), NOW);
}

const ATTEMPT = { udid: PHONES.ready.udid, startedAt: '2026-11-20T11:00:00Z', previousNewest: '2026-11-19T09:00:00Z' };
const ALL_CONFIRMED = ['open-program', 'options', 'back-up-now'];

describe('guidance', () => {
  describe('walkthrough', () => {
    it.each<[string, Snapshot, Progress, StepId | null]>([
      ['no phone: plug it in', snapshot(), progress(), 'connect'],
      ['a phone that does not trust the computer yet: tap Trust', snapshot({ devices: [PHONES.untrusted] }), progress(), 'trust'],
      ['trust unknown and not confirmed: tap Trust', snapshot({ devices: [PHONES.trustUnknown] }), progress(), 'trust'],
      ['trust unknown but confirmed: open the program', snapshot({ devices: [PHONES.trustUnknown] }), progress({ confirmedSteps: ['trust'] }), 'open-program'],
      ['a paired phone: open the program', snapshot({ devices: [PHONES.ready] }), progress(), 'open-program'],
      ['a confirmed "trust" does not overrule a phone that says no', snapshot({ devices: [PHONES.untrusted] }), progress({ confirmedSteps: ['trust', ...ALL_CONFIRMED] }), 'trust'],
      ['program open: options', snapshot({ devices: [PHONES.ready] }), progress({ confirmedSteps: ['open-program'] }), 'options'],
      ['options chosen: Back Up Now', snapshot({ devices: [PHONES.ready] }), progress({ confirmedSteps: ['open-program', 'options'] }), 'back-up-now'],
      ['clicked: wait', snapshot({ devices: [PHONES.ready] }), progress({ confirmedSteps: ALL_CONFIRMED }), 'wait'],
      [
        'a backup being written skips the steps the person has not confirmed',
        snapshot({ devices: [PHONES.ready], backups: [backup({ complete: false, inProgress: { bytesWritten: 1 } })] }),
        progress(),
        'wait',
      ],
      ['unplugged half-way: plug it in again', snapshot(), progress({ confirmedSteps: ALL_CONFIRMED }), 'connect'],
      ['recovery mode stays on the first step', snapshot({ devices: [PHONES.recovery] }), progress({ confirmedSteps: ALL_CONFIRMED }), 'connect'],
      ['Wi-Fi only stays on the first step', snapshot({ devices: [PHONES.wifiOnly] }), progress(), 'connect'],
      ['USB only stays on the first step', snapshot({ devices: [PHONES.usbOnly] }), progress(), 'connect'],
      [
        'a complete backup newer than the attempt finishes it',
        snapshot({ devices: [PHONES.ready], backups: [backup({ lastBackupDate: '2026-11-20T11:40:00Z' })] }),
        progress({ confirmedSteps: ALL_CONFIRMED, backupAttempt: ATTEMPT }),
        null,
      ],
      [
        'still finished after the phone is unplugged',
        snapshot({ backups: [backup({ lastBackupDate: '2026-11-20T11:40:00Z' })] }),
        progress({ confirmedSteps: ALL_CONFIRMED, backupAttempt: ATTEMPT }),
        null,
      ],
    ])('%s', (_label, world, saved, current) => {
      const plan = walk(world, saved);
      expect(plan.current).toBe(current);
      expect(plan.steps.filter((step) => step.state === 'current').map((step) => step.id)).toEqual(current ? [current] : []);
    });

    it('picks the phone that can be backed up when several are connected', () => {
      const plan = walk(snapshot({ devices: [PHONES.recovery, PHONES.wifiOnly, { ...PHONES.ready, udid: 'READY' }] }));
      expect(plan.device?.udid).toBe('READY');
      expect(plan.problem).toBeNull();
    });

    describe('the backup it waits for', () => {
      it('reports bytes written while a backup of this phone is being made, whichever way its UDID is written', () => {
        const plan = walk(snapshot({ devices: [PHONES.ready], backups: [backup({ complete: false, inProgress: { bytesWritten: 734_000_000 } })] }));
        expect(plan.backup).toEqual({ state: 'in-progress', bytesWritten: 734_000_000, expectedBytes: null, startedAt: null });
      });

      it('estimates from the size of the phone’s backup before "Back Up Now", and times the backup from then', () => {
        const running = snapshot({ devices: [PHONES.ready], backups: [backup({ complete: false, inProgress: { bytesWritten: 1_500_000_000 } })] });
        const plan = walk(running, progress({ confirmedSteps: ALL_CONFIRMED, backupAttempt: { ...ATTEMPT, previousSizeBytes: 6_000_000_000 } }));
        expect(plan.backup).toEqual({ state: 'in-progress', bytesWritten: 1_500_000_000, expectedBytes: 6_000_000_000, startedAt: ATTEMPT.startedAt });
      });

      it('does not count an attempt recorded for another phone as this phone’s', () => {
        // The attempt was made for a phone no longer attached; this phone's new backup is not its outcome, nor its estimate.
        const otherAttempt = { ...ATTEMPT, udid: 'FFFF0000FFFF0000FFFF0000', previousSizeBytes: 6_000_000_000 };
        const saved = progress({ confirmedSteps: ALL_CONFIRMED, backupAttempt: otherAttempt });
        const finished = walk(snapshot({ devices: [PHONES.ready], backups: [backup({ lastBackupDate: '2026-11-20T11:40:00Z' })] }), saved);
        expect(finished.backup.state).toBe('waiting');
        expect(finished.finished).toBeNull();
        const running = walk(snapshot({ devices: [PHONES.ready], backups: [backup({ complete: false, inProgress: { bytesWritten: 1_500_000_000 } })] }), saved);
        expect(running.backup).toEqual({ state: 'in-progress', bytesWritten: 1_500_000_000, expectedBytes: null, startedAt: null });
        const stopped = walk(snapshot({ devices: [PHONES.ready], backups: [backup({ complete: false, interrupted: { stoppedAt: '2026-11-20T11:20:00Z' } })] }), saved);
        expect(stopped.backup.state).toBe('waiting');
      });

      it('ignores another phone’s backup in progress', () => {
        const plan = walk(snapshot({ devices: [PHONES.ready], backups: [backup({ udid: 'FFFF0000FFFF0000FFFF0000', inProgress: { bytesWritten: 5 } })] }));
        expect(plan.backup.state).toBe('waiting');
      });

      it.each([
        ['older than the newest before the attempt', '2026-11-18T09:00:00Z', false],
        ['the same as the newest before the attempt', '2026-11-19T09:00:00Z', false],
        ['newer than the newest before, though before the attempt started', '2026-11-20T10:00:00Z', true],
        ['after the attempt started', '2026-11-20T11:30:00Z', true],
      ])('a complete, verified backup %s is the one it waited for: %s', (_label, date, found) => {
        const plan = walk(snapshot({ devices: [PHONES.ready], backups: [backup({ lastBackupDate: date })] }), progress({ confirmedSteps: ALL_CONFIRMED, backupAttempt: ATTEMPT }));
        expect(plan.backup.state === 'verified').toBe(found);
        expect(plan.finished).toBe(found ? 'found' : null);
      });

      it('with no earlier backup, any complete backup of the phone is the new one', () => {
        const plan = walk(
          snapshot({ devices: [PHONES.ready], backups: [backup({ lastBackupDate: '2026-11-20T10:59:00Z' })] }),
          progress({ backupAttempt: { ...ATTEMPT, previousNewest: null } }),
        );
        expect(plan.backup).toEqual({
          state: 'verified',
          finishedAt: '2026-11-20T10:59:00Z',
          sizeBytes: 6_000_000_000,
          filesListed: 84_211,
          contents: { photosAndVideos: 8_231, messages: true, whatsapp: true, contacts: true, notes: false },
        });
      });

      it('says "verified" only once the files are checked: checking first, and encrypted when they cannot be', () => {
        const saved = progress({ confirmedSteps: ALL_CONFIRMED, backupAttempt: ATTEMPT });
        const finished = { lastBackupDate: '2026-11-20T11:30:00Z' };
        const checking = walk(snapshot({ devices: [PHONES.ready], backups: [backup({ ...finished, verification: { state: 'not-checked', filesListed: null, filesMissing: null }, contents: null })] }), saved);
        expect(checking).toMatchObject({ backup: { state: 'checking', finishedAt: finished.lastBackupDate }, finished: null, current: 'wait', awaitsConfirmation: false });
        const encrypted = walk(snapshot({ devices: [PHONES.ready], backups: [backup({ ...finished, encrypted: true, verification: { state: 'encrypted', filesListed: null, filesMissing: null }, contents: null })] }), saved);
        expect(encrypted).toMatchObject({ backup: { state: 'encrypted' }, finished: 'found', current: null });
      });

      it('moves off waiting as soon as the backup stops part-way after the attempt began, and ignores an older stop', () => {
        const saved = progress({ confirmedSteps: ALL_CONFIRMED, backupAttempt: ATTEMPT });
        const stopped = (stoppedAt: string) =>
          walk(snapshot({ devices: [PHONES.ready], backups: [backup({ complete: false, problem: 'This backup did not finish.', interrupted: { stoppedAt }, verification: { state: 'not-checked', filesListed: null, filesMissing: null } })] }), saved);
        expect(stopped('2026-11-20T11:20:00Z')).toMatchObject({
          backup: { state: 'stopped', reason: 'interrupted', at: '2026-11-20T11:20:00Z', problem: 'This backup did not finish.' },
          finished: null,
          current: 'wait',
          awaitsConfirmation: false,
        });
        expect(stopped('2026-11-18T08:00:00Z').backup.state).toBe('waiting');
        expect(stopped('2026-11-20T10:59:59Z').backup.state).toBe('waiting');
        // Folders date a stop to the second: a stop in the attempt's own second is this attempt's.
        const startedMidSecond = progress({ confirmedSteps: ALL_CONFIRMED, backupAttempt: { ...ATTEMPT, startedAt: '2026-11-20T11:00:00.700Z' } });
        const sameSecond = walk(snapshot({ devices: [PHONES.ready], backups: [backup({ complete: false, interrupted: { stoppedAt: '2026-11-20T11:00:00Z' } })] }), startedMidSecond);
        expect(sameSecond.backup).toMatchObject({ state: 'stopped', reason: 'interrupted' });
        // The person's word cannot finish a walkthrough whose backup the app saw stop.
        expect(walk(snapshot({ devices: [PHONES.ready], backups: [backup({ complete: false, interrupted: { stoppedAt: '2026-11-20T11:20:00Z' } })] }), progress({ confirmedSteps: [...ALL_CONFIRMED, 'wait'], backupAttempt: ATTEMPT })).finished).toBeNull();
      });

      it('calls a new backup with listed files missing incomplete, and looks past archived copies', () => {
        const saved = progress({ confirmedSteps: ALL_CONFIRMED, backupAttempt: ATTEMPT });
        const missing = backup({ lastBackupDate: '2026-11-20T11:40:00Z', complete: false, problem: '3 of 10 files this backup lists are missing.', verification: { state: 'files-missing', filesListed: 10, filesMissing: 3 } });
        expect(walk(snapshot({ devices: [PHONES.ready], backups: [missing] }), saved).backup).toEqual({ state: 'stopped', reason: 'incomplete', at: '2026-11-20T11:40:00Z', problem: '3 of 10 files this backup lists are missing.' });
        const archivedCopy = backup({ archived: true, path: '/b/copy', lastBackupDate: '2026-11-20T11:50:00Z' });
        expect(walk(snapshot({ devices: [PHONES.ready], backups: [archivedCopy, backup()] }), saved).backup.state).toBe('waiting');
      });

      it('takes the person’s word that it finished when no backup shows up, until a verified one does', () => {
        const saved = progress({ confirmedSteps: [...ALL_CONFIRMED, 'wait'], backupAttempt: ATTEMPT });
        expect(walk(snapshot({ devices: [PHONES.ready], backups: [backup()] }), saved).finished).toBe('confirmed');
        expect(walk(snapshot({ devices: [PHONES.ready], backups: [backup({ lastBackupDate: '2026-11-20T11:50:00Z' })] }), saved).finished).toBe('found');
        expect(walk(snapshot({ devices: [PHONES.ready], backups: [backup({ inProgress: { bytesWritten: 1 } })] }), saved).finished).toBeNull();
      });

      it('never calls a backup that did not complete found', () => {
        const plan = walk(
          snapshot({ devices: [PHONES.ready], backups: [backup({ lastBackupDate: '2026-11-20T11:40:00Z', complete: false })] }),
          progress({ backupAttempt: ATTEMPT }),
        );
        expect(plan.backup.state).toBe('stopped');
        expect(plan.finished).toBeNull();
      });

      it('forgets an attempt more than a week old', () => {
        const plan = walk(
          snapshot({ devices: [PHONES.ready], backups: [backup({ lastBackupDate: '2026-11-01T11:40:00Z' })] }),
          progress({ confirmedSteps: ALL_CONFIRMED, backupAttempt: { ...ATTEMPT, startedAt: '2026-11-01T11:00:00Z', previousNewest: null } }),
        );
        expect(plan.finished).toBeNull();
        expect(plan.recordAttempt).toEqual({ udid: PHONES.ready.udid, previousNewest: '2026-11-01T11:40:00Z', previousSizeBytes: 6_000_000_000 });
      });

      it('asks for an attempt to be recorded once "Back Up Now" is reached, with the newest finished backup before it', () => {
        const world = snapshot({ devices: [PHONES.ready], backups: [backup()] });
        expect(walk(world, progress({ confirmedSteps: ['open-program'] })).recordAttempt).toBeNull();
        expect(walk(world, progress({ confirmedSteps: ['open-program', 'options'] })).recordAttempt).toEqual({
          udid: PHONES.ready.udid,
          previousNewest: '2026-11-19T09:00:00Z',
          previousSizeBytes: 6_000_000_000,
        });
        expect(walk(world, progress({ confirmedSteps: ['open-program', 'options'], backupAttempt: ATTEMPT })).recordAttempt).toBeNull();
      });

      it('records no attempt while the backup folder cannot be read, and lets the person say it finished', () => {
        const world = snapshot({ devices: [PHONES.ready], sources: { backups: { state: 'needs-permission', reason: 'Full Disk Access' } } });
        const waiting = walk(world, progress({ confirmedSteps: ALL_CONFIRMED }));
        expect(waiting.recordAttempt).toBeNull();
        expect(waiting.backup).toEqual({ state: 'cannot-see', reason: 'needs-permission' });
        expect(waiting.awaitsConfirmation).toBe(true);
        expect(walk(world, progress({ confirmedSteps: [...ALL_CONFIRMED, 'wait'] })).finished).toBe('confirmed');
      });
    });

    describe('what the person must confirm', () => {
      it.each<[string, Snapshot, Progress, boolean]>([
        ['plugging in is seen, not confirmed', snapshot(), progress(), false],
        ['a refused trust is seen', snapshot({ devices: [PHONES.untrusted] }), progress(), false],
        ['an unknown trust is confirmed', snapshot({ devices: [PHONES.trustUnknown] }), progress(), true],
        ['opening the program is confirmed', snapshot({ devices: [PHONES.ready] }), progress(), true],
        ['choosing the options is confirmed', snapshot({ devices: [PHONES.ready] }), progress({ confirmedSteps: ['open-program'] }), true],
        ['clicking "Back Up Now" is confirmed', snapshot({ devices: [PHONES.ready] }), progress({ confirmedSteps: ['open-program', 'options'] }), true],
        ['a phone only USB sees, of unknown trust, is not asked to be trusted yet', snapshot({ devices: [PHONES.usbOnly] }), progress(), false],
        [
          'before "Back Up Now", a backup folder closed to the app is not yet a reason to ask',
          snapshot({ devices: [PHONES.untrusted], sources: { backups: { state: 'needs-permission', reason: 'Full Disk Access' } } }),
          progress(),
          false,
        ],
        ['a phone in recovery mode is seen, whatever was confirmed before', snapshot({ devices: [PHONES.recovery] }), progress({ confirmedSteps: ALL_CONFIRMED }), false],
        [
          'waiting, just after "Back Up Now": nothing has arrived yet, so "It finished" is not offered',
          snapshot({ devices: [PHONES.ready] }),
          progress({ confirmedSteps: ALL_CONFIRMED, backupAttempt: { ...ATTEMPT, startedAt: new Date(NOW.getTime() - 60_000).toISOString() } }),
          false,
        ],
        [
          'waiting 10 minutes with nothing seen: the backup may be kept elsewhere, so the person may say it finished',
          snapshot({ devices: [PHONES.ready] }),
          progress({ confirmedSteps: ALL_CONFIRMED, backupAttempt: { ...ATTEMPT, startedAt: new Date(NOW.getTime() - 10 * 60_000).toISOString() } }),
          true,
        ],
        [
          'a running backup is seen, not confirmed',
          snapshot({ devices: [PHONES.ready], backups: [backup({ inProgress: { bytesWritten: 1 } })] }),
          progress({ confirmedSteps: ALL_CONFIRMED }),
          false,
        ],
      ])('%s', (_label, world, saved, awaits) => {
        expect(walk(world, saved).awaitsConfirmation).toBe(awaits);
      });
    });

    it('warns of the passcode prompt from iOS 16.1 on, and when the version is unknown', () => {
      expect(walk(snapshot({ devices: [PHONES.ready] })).passcodePrompt).toBe(true);
      expect(walk(snapshot({ devices: [PHONES.oldIos] })).passcodePrompt).toBe(false);
      expect(walk(snapshot({ devices: [{ ...PHONES.ready, iosVersion: '16.1' }] })).passcodePrompt).toBe(true);
      expect(walk(snapshot()).passcodePrompt).toBe(true);
    });

    it.each([
      ['plenty of room', 200_000_000_000, null],
      ['less than the last backup took', 5_500_000_000, { freeBytes: 5_500_000_000, neededBytes: 6_000_000_000 }],
      ['unknown free space', null, null],
    ])('low disk space with %s', (_label, freeBytes, expected) => {
      expect(walk(snapshot({ devices: [PHONES.ready], backups: [backup()], freeBytes })).lowDiskSpace).toEqual(expected);
    });

    it('flags the disk only when it has less room than the backup needs, not exactly as much', () => {
      expect(walk(snapshot({ devices: [PHONES.ready], backups: [backup()], freeBytes: 6_000_000_000 })).lowDiskSpace).toBeNull();
      expect(walk(snapshot({ devices: [PHONES.ready], backups: [backup()], freeBytes: 5_999_999_999 })).lowDiskSpace).toEqual({ freeBytes: 5_999_999_999, neededBytes: 6_000_000_000 });
    });

    it('marks each step done, current or upcoming', () => {
      const steps = walk(snapshot({ devices: [PHONES.ready] }), progress({ confirmedSteps: ['open-program'] })).steps;
      expect(steps).toEqual([
        { id: 'connect', state: 'done' },
        { id: 'trust', state: 'done' },
        { id: 'open-program', state: 'done' },
        { id: 'options', state: 'current' },
        { id: 'back-up-now', state: 'upcoming' },
        { id: 'wait', state: 'upcoming' },
      ]);
    });

    it('takes a backup running on a phone of unknown trust as the trust given', () => {
      const plan = walk(snapshot({ devices: [PHONES.trustUnknown], backups: [backup({ inProgress: { bytesWritten: 1 } })] }));
      expect(plan.steps.find((step) => step.id === 'trust')?.state).toBe('done');
      expect(plan.current).toBe('wait');
    });

    it('keeps an attempt exactly a week old, and forgets it a millisecond later', () => {
      const weekAgo = new Date(NOW.getTime() - 7 * 24 * 3600 * 1000).toISOString();
      const finishedSince = backup({ lastBackupDate: '2026-11-15T09:00:00Z' });
      const attempt = { ...ATTEMPT, startedAt: weekAgo, previousNewest: null };
      expect(walk(snapshot({ devices: [PHONES.ready], backups: [finishedSince] }), progress({ backupAttempt: attempt })).finished).toBe('found');
      const older = { ...attempt, startedAt: new Date(NOW.getTime() - 7 * 24 * 3600 * 1000 - 1).toISOString() };
      expect(walk(snapshot({ devices: [PHONES.ready], backups: [finishedSince] }), progress({ backupAttempt: older })).finished).toBeNull();
    });

    it('flags a nearly full disk even with no earlier backup to size it', () => {
      expect(walk(snapshot({ devices: [PHONES.ready], freeBytes: 2_000_000_000 })).lowDiskSpace).toEqual({ freeBytes: 2_000_000_000, neededBytes: 5_000_000_000 });
    });
  });
});
