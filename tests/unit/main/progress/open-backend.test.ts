import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Conf from 'conf';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProgressBackend, progressFilePath, type ProgressFile, type ProgressStoreOptions } from '../../../../src/main/progress/open-backend';
import { createProgressStore } from '../../../../src/main/progress/progress-store';
import { emptyProgress } from '../../../../src/shared/progress';

const NOW = new Date('2026-11-20T10:00:00.000Z');
let directory: string;

/** Opens the progress file the way the app does, with `conf` in place of electron-store. */
function open(dir = directory) {
  return openProgressBackend({
    directory: dir,
    open: (options: ProgressStoreOptions) => new Conf(options) as unknown as ProgressFile,
    now: () => NOW,
  });
}

function filesIn(dir = directory): string[] {
  return readdirSync(dir).sort();
}

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'lifeboat-progress-'));
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('progress', () => {
  describe('openProgressBackend', () => {
    it('starts from the defaults when there is no file yet', () => {
      expect(open().load()).toEqual(emptyProgress());
    });

    it('keeps what the person marked across a restart', () => {
      const store = createProgressStore(open());
      store.update({ kind: 'checklist', item: 'storage', mark: 'culprit' });
      store.update({ kind: 'icloud-last-backup', date: '2026-11-02' });
      const reopened = open().load();
      expect(reopened.checklist).toEqual({ storage: 'culprit' });
      expect(reopened.icloudLastBackup?.date).toBe('2026-11-02');
    });

    it('migrates a file written by the first format, keeping every mark and note', () => {
      const first = {
        progress: {
          checklist: { storage: 'fine', wifi: 'culprit' },
          icloudLastBackup: { date: '2026-10-30', notedAt: '2026-11-01T08:00:00.000Z' },
          confirmedSteps: ['open-program'],
          support: { errorText: 'Backup failed', howLong: 'two weeks' },
        },
      };
      writeFileSync(progressFilePath(directory), JSON.stringify(first));
      const migrated = open().load();
      expect(migrated).toEqual({
        ...emptyProgress(),
        checklist: { storage: 'fine', wifi: 'culprit' },
        icloudLastBackup: { date: '2026-10-30', notedAt: '2026-11-01T08:00:00.000Z' },
        confirmedSteps: ['open-program'],
        support: { errorText: 'Backup failed', howLong: 'two weeks', iosVersion: '' },
      });
      const onDisk = JSON.parse(readFileSync(progressFilePath(directory), 'utf8'));
      expect(onDisk.__internal__.migrations.version).toBe('2.0.0');
      expect(filesIn()).toEqual(['progress.json']);
    });

    it.each([
      ['a half-written file', '{"progress": {"checkl'],
      ['an empty file', ''],
      ['a mark the app does not know', JSON.stringify({ progress: { ...emptyProgress(), checklist: { storage: 'maybe' } } })],
      ['a date in the wrong shape', JSON.stringify({ progress: { ...emptyProgress(), icloudLastBackup: { date: 'last week', notedAt: 'x' } } })],
      ['not an object at all', JSON.stringify({ progress: 42 })],
    ])('sets %s aside under a timestamped name, starts fresh and says so', (_label, contents) => {
      writeFileSync(progressFilePath(directory), contents);
      const backend = open();
      const keptAs = 'progress.unreadable-2026-11-20T10-00-00-000Z.json';
      expect(backend.load()).toEqual({ ...emptyProgress(), notice: { kind: 'reset-unreadable', keptAs, at: NOW.toISOString() } });
      expect(filesIn()).toEqual(['progress.json', keptAs]);
      expect(readFileSync(join(directory, keptAs), 'utf8')).toBe(contents);
      // The notice is saved too, so a quick restart still shows it.
      expect(open().load().notice).toEqual({ kind: 'reset-unreadable', keptAs, at: NOW.toISOString() });
    });

    it('never overwrites an earlier file set aside at the same moment', () => {
      writeFileSync(progressFilePath(directory), 'first');
      open();
      writeFileSync(progressFilePath(directory), 'second');
      open();
      const aside = filesIn().filter((name) => name.includes('unreadable'));
      expect(aside).toHaveLength(2);
      expect(aside.map((name) => readFileSync(join(directory, name), 'utf8')).sort()).toEqual(['first', 'second']);
    });

    it('keeps working in memory, and says so, when the store cannot be opened at all', () => {
      const backend = openProgressBackend({
        directory,
        open: () => {
          throw new Error('EACCES: permission denied');
        },
        now: () => NOW,
      });
      expect(backend.load()).toEqual({ ...emptyProgress(), notice: { kind: 'not-saved', at: NOW.toISOString() } });
    });
  });

  describe('createProgressStore', () => {
    it('keeps a change in memory and adds a notice when saving fails', () => {
      const store = createProgressStore(
        {
          load: emptyProgress,
          save: () => {
            throw new Error('ENOSPC');
          },
        },
        () => NOW,
      );
      const after = store.update({ kind: 'checklist', item: 'wifi', mark: 'fine' });
      expect(after.checklist).toEqual({ wifi: 'fine' });
      expect(after.notice).toEqual({ kind: 'not-saved', at: NOW.toISOString() });
    });

    it('dismisses a notice', () => {
      const store = createProgressStore(open());
      store.update({ kind: 'dismiss-notice' });
      expect(store.get().notice).toBeNull();
    });
  });
});
