import { describe, expect, it } from 'vitest';
import { dueNotices, justStoppedBackups, type AwaitingCheck } from '../../../src/shared/backup-notices';
import type { Backup, Snapshot } from '../../../src/shared/snapshot';
import { backup, snapshot } from '../../support/snapshots';

const NOT_CHECKED = { verification: { state: 'not-checked' as const, filesListed: null, filesMissing: null }, contents: null };
const world = (...backups: Backup[]): Snapshot => snapshot({ backups });

/** Runs snapshots through the notice rules in order, as main does, and returns every notice. */
function run(...snapshots: Snapshot[]): Array<[string, string]> {
  let awaiting: AwaitingCheck = new Set();
  let previous: Snapshot | null = null;
  const shown: Array<[string, string]> = [];
  for (const next of snapshots) {
    const due = dueNotices(awaiting, previous, next);
    awaiting = due.awaiting;
    previous = next;
    shown.push(...due.notices.map((notice): [string, string] => [notice.kind, notice.backup.lastBackupDate ?? '']));
  }
  return shown;
}

describe('backup notices', () => {
  const running = backup({ complete: false, inProgress: { bytesWritten: 10 }, ...NOT_CHECKED });
  const done = '2026-11-20T12:00:00Z';

  it('announce a finished backup only once its files are checked, once', () => {
    const checking = backup({ lastBackupDate: done, ...NOT_CHECKED });
    const verified = backup({ lastBackupDate: done });
    expect(run(world(running), world(checking))).toEqual([]);
    expect(run(world(running), world(checking), world(verified), world(verified))).toEqual([['finished', done]]);
  });

  it('announce a finished backup at once when it is encrypted, and say "stopped" when checking finds files missing', () => {
    const encrypted = backup({ lastBackupDate: done, encrypted: true, verification: { state: 'encrypted', filesListed: null, filesMissing: null }, contents: null });
    expect(run(world(running), world(encrypted))).toEqual([['finished', done]]);
    const missing = backup({ lastBackupDate: done, complete: false, verification: { state: 'files-missing', filesListed: 10, filesMissing: 2 } });
    expect(run(world(running), world(backup({ lastBackupDate: done, ...NOT_CHECKED })), world(missing))).toEqual([['stopped', done]]);
  });

  it('announce a backup that stops part-way the moment it stops', () => {
    const stopped = backup({ complete: false, interrupted: { stoppedAt: done }, ...NOT_CHECKED });
    expect(justStoppedBackups(world(running), world(stopped))).toEqual([stopped]);
    expect(run(world(running), world(stopped), world(stopped))).toHaveLength(1);
  });

  it('stay quiet about what was already there when the app starts, and about archived copies', () => {
    const before = { ...world(), sources: { ...world().sources, backups: { state: 'pending' as const, reason: null } } };
    expect(run(before, world(backup()), world(backup()))).toEqual([]);
    const copy = backup({ archived: true, path: '/copy', complete: false, ...NOT_CHECKED });
    expect(justStoppedBackups(world(running, { ...copy, inProgress: { bytesWritten: 1 } }), world(backup({ lastBackupDate: done }), copy))).toEqual([]);
  });

  it('announce only the phone whose backup stopped, when two phones were being backed up', () => {
    const other = '00008030-000E45A02E38802E';
    const annRunning = backup({ path: '/b/ann', complete: false, inProgress: { bytesWritten: 10 }, ...NOT_CHECKED });
    const bobDone = backup({ udid: other, path: '/b/bob', lastBackupDate: done });
    const annStopped = backup({ path: '/b/ann', complete: false, interrupted: { stoppedAt: done }, ...NOT_CHECKED });
    // Bob's backup was finished and quiet all along; only Ann's was being written.
    expect(justStoppedBackups(world(annRunning, bobDone), world(annStopped, { ...bobDone, complete: false, ...NOT_CHECKED }))).toEqual([annStopped]);
    // The live backup of a phone is read, not an archived copy of it that was once being written.
    const copyRunning = backup({ udid: other, archived: true, path: '/b/bob-copy', inProgress: { bytesWritten: 1 }, complete: false, ...NOT_CHECKED });
    const bobLive = backup({ udid: other, path: '/b/bob', complete: false, ...NOT_CHECKED });
    expect(justStoppedBackups(world(copyRunning, bobLive), world(bobLive))).toEqual([]);
  });

  it('announce one phone’s checked backup and another’s stop in the same moment', () => {
    const other = '00008030-000E45A02E38802E';
    const checking = backup({ path: '/b/ann', lastBackupDate: done, ...NOT_CHECKED });
    const verified = backup({ path: '/b/ann', lastBackupDate: done });
    const bobRunning = backup({ udid: other, path: '/b/bob', complete: false, inProgress: { bytesWritten: 10 }, ...NOT_CHECKED });
    const bobStopped = backup({ udid: other, path: '/b/bob', complete: false, interrupted: { stoppedAt: done }, ...NOT_CHECKED });
    const due = dueNotices(new Set(['/b/ann']), world(checking, bobRunning), world(verified, bobStopped));
    expect(due.notices).toEqual([
      { kind: 'stopped', backup: bobStopped },
      { kind: 'finished', backup: verified },
    ]);
  });

  it('announce once a backup awaited and, in the same moment, found newly finished and checked', () => {
    const checking = backup({ path: '/b/ann', lastBackupDate: done, ...NOT_CHECKED });
    const newer = backup({ path: '/b/ann', lastBackupDate: '2026-11-21T12:00:00Z' });
    expect(dueNotices(new Set(['/b/ann']), world(checking), world(newer)).notices).toEqual([{ kind: 'finished', backup: newer }]);
  });

  it('say nothing while a backup goes on being written, or about an unfinished folder that simply appears', () => {
    expect(justStoppedBackups(world(running), world(running))).toEqual([]);
    const copiedIn = backup({ complete: false, interrupted: { stoppedAt: done }, ...NOT_CHECKED });
    expect(justStoppedBackups(world(), world(copiedIn))).toEqual([]);
  });

  it('stay quiet about a stop while the backup folder could not be read before', () => {
    const stopped = backup({ complete: false, interrupted: { stoppedAt: done }, ...NOT_CHECKED });
    const refused = { ...world(running), sources: { ...world().sources, backups: { state: 'needs-permission' as const, reason: 'x' } } };
    expect(justStoppedBackups(refused, world(stopped))).toEqual([]);
    expect(justStoppedBackups(null, world(stopped))).toEqual([]);
  });

  it('announce a checked backup once, and keep awaiting only a finished one still being checked, by its folder', () => {
    const checking = backup({ path: '/b/ann', lastBackupDate: done, ...NOT_CHECKED });
    const first = dueNotices(new Set(), world(running), world(checking));
    expect(first).toEqual({ notices: [], awaiting: new Set(['/b/ann']) });
    // Another folder finishing its check is not this one, wherever it is listed.
    const elsewhere = backup({ path: '/b/elsewhere', lastBackupDate: done });
    expect(dueNotices(first.awaiting, world(checking), world(elsewhere, checking))).toEqual({ notices: [], awaiting: new Set(['/b/ann']) });
    const verified = backup({ path: '/b/ann', lastBackupDate: done });
    expect(dueNotices(first.awaiting, world(checking), world(verified)).notices).toEqual([{ kind: 'finished', backup: verified }]);
    // A folder awaited and written again is neither announced nor awaited until it finishes again.
    const again = backup({ path: '/b/ann', lastBackupDate: done, complete: null, inProgress: { bytesWritten: 5 }, ...NOT_CHECKED });
    expect(dueNotices(first.awaiting, world(checking), world(again))).toEqual({ notices: [], awaiting: new Set() });
    // So is one whose state can no longer be told.
    const unknown = backup({ path: '/b/ann', lastBackupDate: done, complete: null, ...NOT_CHECKED });
    expect(dueNotices(first.awaiting, world(checking), world(unknown))).toEqual({ notices: [], awaiting: new Set() });
    // A folder that went away is forgotten.
    expect(dueNotices(first.awaiting, world(checking), world())).toEqual({ notices: [], awaiting: new Set() });
  });
});
