import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Conf from 'conf';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProgressBackend, progressFilePath, type ProgressFile, type ProgressStoreOptions } from '../../../../src/main/progress/open-backend';
import { createProgressStore, memoryBackend } from '../../../../src/main/progress/progress-store';
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
      ['a support note longer than the app ever saves', JSON.stringify({ progress: { ...emptyProgress(), support: { errorText: 'x'.repeat(10_001), howLong: '', iosVersion: '' } } })],
      ['a note that is not text', JSON.stringify({ progress: { ...emptyProgress(), support: { errorText: 42, howLong: '', iosVersion: '' } } })],
      ['a time longer than any date', JSON.stringify({ progress: { ...emptyProgress(), icloudLastBackup: { date: '2026-10-30', notedAt: '2'.repeat(101) } } })],
      ['a time that is not text', JSON.stringify({ progress: { ...emptyProgress(), icloudLastBackup: { date: '2026-10-30', notedAt: 20261030 } } })],
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

    it('keeps the support notes at their size limit', () => {
      const notes = { errorText: 'x'.repeat(10_000), howLong: 'y'.repeat(10_000), iosVersion: '18.1' };
      writeFileSync(progressFilePath(directory), JSON.stringify({ progress: { ...emptyProgress(), support: notes } }));
      expect(open().load().support).toEqual(notes);
    });

    it('migrates a first-format file whose support notes are not a set of notes, keeping the rest', () => {
      writeFileSync(progressFilePath(directory), JSON.stringify({ progress: { checklist: { wifi: 'fine' }, icloudLastBackup: null, confirmedSteps: [], support: 'two weeks' } }));
      const migrated = open().load();
      expect(migrated).toEqual({ ...emptyProgress(), checklist: { wifi: 'fine' } });
      expect(filesIn()).toEqual(['progress.json']);
    });

    it('sets a file aside in a folder whose own name holds ".json", renaming only the file', () => {
      const dotted = join(directory, 'settings.json.d');
      mkdirSync(dotted);
      writeFileSync(progressFilePath(dotted), 'not json');
      open(dotted);
      expect(filesIn(dotted)).toEqual(['progress.json', 'progress.unreadable-2026-11-20T10-00-00-000Z.json']);
    });

    it('gives up setting aside after a hundred files kept at the same moment, leaving the unreadable file where it was', () => {
      const stamp = '2026-11-20T10-00-00-000Z';
      const kept = Array.from({ length: 100 }, (_, n) => `progress.unreadable-${stamp}${n === 0 ? '' : `-${n}`}.json`);
      for (const name of kept) writeFileSync(join(directory, name), 'earlier');
      writeFileSync(progressFilePath(directory), 'not json');
      // Nothing is lost: the file stays as it was, and this run keeps its changes in memory and says so.
      expect(open().load().notice).toEqual({ kind: 'not-saved', at: NOW.toISOString() });
      expect(filesIn()).toEqual([...kept, 'progress.json'].sort());
      expect(readFileSync(progressFilePath(directory), 'utf8')).toBe('not json');
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

    it.skipIf(process.platform === 'win32')('never writes through a link found where the kept copy would go, and then leaves the file where it was', () => {
      const elsewhere = join(mkdtempSync(join(tmpdir(), 'lifeboat-elsewhere-')), 'planted.json');
      try {
        symlinkSync(elsewhere, join(directory, 'progress.unreadable-2026-11-20T10-00-00-000Z.json'));
        writeFileSync(progressFilePath(directory), 'not json');
        expect(open().load().notice).toEqual({ kind: 'not-saved', at: NOW.toISOString() });
        expect(existsSync(elsewhere)).toBe(false);
        expect(readFileSync(progressFilePath(directory), 'utf8')).toBe('not json');
      } finally {
        rmSync(join(elsewhere, '..'), { recursive: true, force: true });
      }
    });

    it('keeps the bytes as found even when opening already removed the unreadable file', () => {
      writeFileSync(progressFilePath(directory), 'not json');
      let attempts = 0;
      const backend = openProgressBackend({
        directory,
        open: (options: ProgressStoreOptions) => {
          attempts += 1;
          // A store that clears what it cannot read before it gives up, on the first try only.
          if (attempts === 1) {
            rmSync(progressFilePath(directory));
            throw new Error('Unexpected token o in JSON');
          }
          return new Conf(options) as unknown as ProgressFile;
        },
        now: () => NOW,
      });
      expect(backend.load().notice).toEqual({ kind: 'reset-unreadable', keptAs: 'progress.unreadable-2026-11-20T10-00-00-000Z.json', at: NOW.toISOString() });
      expect(readFileSync(join(directory, 'progress.unreadable-2026-11-20T10-00-00-000Z.json'), 'utf8')).toBe('not json');
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

    it('keeps the time saving first failed while it goes on failing', () => {
      let clock = NOW.getTime();
      const store = createProgressStore(
        {
          load: emptyProgress,
          save: () => {
            throw new Error('ENOSPC');
          },
        },
        () => new Date((clock += 60_000)),
      );
      const first = store.update({ kind: 'checklist', item: 'wifi', mark: 'fine' }).notice;
      store.update({ kind: 'checklist', item: 'storage', mark: 'fine' });
      expect(store.get().notice).toEqual(first);
    });

    it('stamps changes with the real time when given no clock', () => {
      const store = createProgressStore(memoryBackend());
      const before = Date.now();
      const noted = store.update({ kind: 'icloud-last-backup', date: '2026-11-02' }).icloudLastBackup?.notedAt ?? '';
      const failing = createProgressStore({
        load: emptyProgress,
        save: () => {
          throw new Error('EROFS');
        },
      });
      const notSavedAt = failing.update({ kind: 'checklist', item: 'wifi', mark: 'fine' }).notice?.at ?? '';
      for (const stamp of [noted, notSavedAt]) {
        expect(Date.parse(stamp)).toBeGreaterThanOrEqual(before - 1000);
        expect(Date.parse(stamp)).toBeLessThanOrEqual(Date.now() + 1000);
      }
    });

    it('saves into memory when there is nowhere else, and counts who listens', () => {
      const backend = memoryBackend();
      const store = createProgressStore(backend);
      const stop = store.subscribe(() => {});
      store.subscribe(() => {});
      expect(store.listenerCount()).toBe(2);
      stop();
      expect(store.listenerCount()).toBe(1);
      store.update({ kind: 'checklist', item: 'wifi', mark: 'culprit' });
      expect(backend.load().checklist).toEqual({ wifi: 'culprit' });
    });

    it('dismisses a notice', () => {
      const store = createProgressStore(open());
      store.update({ kind: 'dismiss-notice' });
      expect(store.get().notice).toBeNull();
    });
  });
});
