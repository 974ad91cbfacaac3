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
});
