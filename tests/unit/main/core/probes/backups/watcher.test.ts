import { mkdirSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchBackupRoot, type RootChange, type RootWatcher } from '../../../../../../src/main/core/probes/backups/watcher';
import { makeTempRoot, removeTempRoot, waitFor } from '../../../../../support/backup-fixtures';
import { watchedTargets, type WatchHandles } from '../../../../../support/watch-handles';

// Every watch still reaches the real fs.watch; the record shows which stay open.
const handles = vi.hoisted((): WatchHandles => ({ open: [], beforeWatch: null }));
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const { recordingWatch } = await import('../../../../../support/watch-handles');
  return { ...actual, watch: recordingWatch(actual.watch as never, handles) };
});

const UDID = '00008110-001A2C3E0E38802E';

let base: string;
let watcher: RootWatcher | null = null;
let changes: RootChange[] = [];
beforeEach(async () => {
  base = await makeTempRoot('watch');
  changes = [];
  handles.open = [];
  handles.beforeWatch = null;
});
afterEach(async () => {
  watcher?.close();
  watcher = null;
  expect(handles.open, 'every watch closed').toEqual([]);
  await removeTempRoot(base);
});

/** Starts a watch whose reports go to `changes` (whichever array it holds at the time), or to `into`. */
const start = (root: string, into?: RootChange[]) => {
  const started = watchBackupRoot(root, { debounceMs: 40, onChange: (change) => (into ?? changes).push(change) });
  watcher ??= started;
  return started;
};
const sawFolder = (folder: string, seen: RootChange[] = changes) => seen.some((change) => change.folders.has(folder));
const watched = () => watchedTargets(handles);

describe('backups probe', () => {
  describe('watchBackupRoot', () => {
    it('notices a device folder appearing, then files changing inside it', async () => {
      const folder = path.join(base, UDID);
      start(base);
      await mkdir(folder);
      await waitFor(() => changes.some((change) => change.listing && change.folders.has(folder)), 'the new folder');
      watcher?.watchFolders([folder]);
      changes = [];
      await writeFile(path.join(folder, 'Status.plist'), 'x');
      await waitFor(() => sawFolder(folder), 'the file inside');
      expect(changes.every((change) => !change.listing)).toBe(true);
    });

    it('reports a change inside a folder without asking for the root to be listed again', async () => {
      const folder = path.join(base, UDID);
      await mkdir(folder);
      start(base).watchFolders([folder]);
      await writeFile(path.join(folder, 'Info.plist'), 'x');
      await waitFor(() => sawFolder(folder), 'the file inside');
      expect(changes[0]).toEqual({ listing: false, folders: new Set([folder]) });
    });

    it('never keeps the app running: every watch is made non-persistent', () => {
      const folder = path.join(base, UDID);
      mkdirSync(folder);
      start(base).watchFolders([folder]);
      expect(handles.open.map((open) => open.persistent)).toEqual([false, false]);
    });

    it('waits for a root that does not exist yet, the way a first backup creates it', async () => {
      const root = path.join(base, 'MobileSync', 'Backup');
      start(root);
      expect(watched()).toEqual([base]);
      await mkdir(path.join(base, 'MobileSync'));
      await waitFor(() => watched()[0] === path.join(base, 'MobileSync'), 'the nearer parent to be watched instead');
      await mkdir(root);
      await waitFor(() => changes.some((change) => change.listing), 'the root to appear');
      expect(watched()).toEqual([root]);
      changes = [];
      await mkdir(path.join(root, UDID));
      await waitFor(() => sawFolder(path.join(root, UDID)), 'a device folder in the new root');
    });

    it('keeps its watch on the parent while other things change there', async () => {
      start(path.join(base, 'Backup'));
      const parentWatch = handles.open[0]?.handle;
      const witness: RootChange[] = [];
      const second = start(base, witness);
      await writeFile(path.join(base, 'unrelated.txt'), 'x');
      await waitFor(() => sawFolder(path.join(base, 'unrelated.txt'), witness), 'the write to be seen');
      second.close();
      expect(handles.open.filter((open) => open.handle === parentWatch)).toHaveLength(1);
      expect(changes).toEqual([]);
    });

    it('sees a root made in the moment between finding its parent and watching it', async () => {
      const root = path.join(base, 'Backup');
      handles.beforeWatch = (target) => {
        if (target === base) mkdirSync(root);
      };
      start(root);
      expect(watched()).toEqual([root]);
      await waitFor(() => changes.some((change) => change.listing), 'the root to be reported');
    });

    it('watches a root made in that moment even when its parent cannot be watched', async () => {
      const root = path.join(base, 'Backup');
      handles.beforeWatch = (target) => {
        if (target !== base) return;
        mkdirSync(root);
        throw Object.assign(new Error('ENOSPC: System limit for number of file watchers reached'), { code: 'ENOSPC' });
      };
      start(root);
      expect(watched()).toEqual([root]);
      await waitFor(() => changes.some((change) => change.listing), 'the root to be reported');
    });

    it('moves to a nearer parent made in that same moment', () => {
      const root = path.join(base, 'MobileSync', 'Backup');
      handles.beforeWatch = (target) => {
        if (target === base) mkdirSync(path.join(base, 'MobileSync'), { recursive: true });
      };
      start(root);
      expect(watched()).toEqual([path.join(base, 'MobileSync')]);
    });

    it('notices a root that goes away, and the new one when it comes back', async () => {
      const root = path.join(base, 'Backup');
      await mkdir(root);
      start(root);
      await rm(root, { recursive: true });
      await waitFor(() => changes.some((change) => change.listing), 'the root to go');
      await waitFor(() => watched()[0] === base, 'its parent to be watched');
      changes = [];
      await mkdir(root);
      await waitFor(() => changes.some((change) => change.listing), 'the root to come back');
      expect(watched()).toEqual([root]);
      changes = [];
      await mkdir(path.join(root, UDID));
      await waitFor(() => sawFolder(path.join(root, UDID)), 'a device folder in the root that came back');
    });

    it('watches the root afresh after its watch fails, as Windows reports a watched folder it cannot follow', async () => {
      start(base);
      const first = handles.open[0]?.handle;
      first?.emit('error', new Error('EPERM'));
      await waitFor(() => changes.some((change) => change.listing), 'the root to be listed again');
      expect(watched()).toEqual([base]);
      expect(handles.open[0]?.handle).not.toBe(first);
    });

    it('watches the sub-folders of a backup being written, where its files land', async () => {
      const folder = path.join(base, UDID);
      await mkdir(path.join(folder, 'ab'), { recursive: true });
      start(base).watchFolders([folder]);
      await watcher?.setActive(folder, true);
      changes = [];
      await writeFile(path.join(folder, 'ab', 'ab12'), 'x');
      await waitFor(() => sawFolder(folder), 'a file in a sub-folder');
      expect(changes.every((change) => !change.listing)).toBe(true);
    });

    it('watches sub-folders only while the backup is written, each once, and new ones as they appear', async () => {
      const folder = path.join(base, UDID);
      const sub = (name: string) => path.join(folder, name);
      await mkdir(sub('ab'), { recursive: true });
      await writeFile(sub('Status.plist'), 'x');
      start(base).watchFolders([folder]);
      expect(watched()).toEqual([base, folder]);
      await watcher?.setActive(folder, true);
      await watcher?.setActive(folder, true);
      expect(watched()).toEqual([base, folder, sub('ab')]);
      await mkdir(sub('cd'));
      await waitFor(() => watched().includes(sub('cd')), 'the new sub-folder to be watched');
      expect(watched()).toEqual([base, folder, sub('ab'), sub('cd')]);
      await watcher?.setActive(folder, false);
      expect(watched()).toEqual([base, folder]);
    });

    it('watches a sub-folder again after its watch fails, at the next change in the folder', async () => {
      const folder = path.join(base, UDID);
      await mkdir(path.join(folder, 'ab'), { recursive: true });
      start(base).watchFolders([folder]);
      await watcher?.setActive(folder, true);
      const sub = handles.open.find((open) => open.target === path.join(folder, 'ab'));
      sub?.handle.emit('error', new Error('EPERM'));
      expect(watched()).toEqual([base, folder]);
      await writeFile(path.join(folder, 'Status.plist'), 'x');
      await waitFor(() => watched().includes(path.join(folder, 'ab')), 'the sub-folder to be watched again');
    });

    it('keeps one set of sub-folder watches when a backup starts, stops and starts again at once', async () => {
      const folder = path.join(base, UDID);
      await mkdir(path.join(folder, 'ab'), { recursive: true });
      start(base).watchFolders([folder]);
      await Promise.all([watcher?.setActive(folder, true), watcher?.setActive(folder, false), watcher?.setActive(folder, true)]);
      expect(watched()).toEqual([base, folder, path.join(folder, 'ab')]);
    });

    it('stops watching a folder that is no longer listed, with its sub-folders', async () => {
      const [ann, bob] = [path.join(base, UDID), path.join(base, 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678')];
      await mkdir(path.join(bob, 'ab'), { recursive: true });
      await mkdir(ann);
      start(base).watchFolders([ann, bob]);
      const annWatch = handles.open.find((open) => open.target === ann)?.handle;
      await watcher?.setActive(bob, true);
      watcher?.watchFolders([ann]);
      expect(watched()).toEqual([base, ann]);
      expect(handles.open.find((open) => open.target === ann)?.handle, 'the same watch kept').toBe(annWatch);
      await watcher?.setActive(bob, true);
      watcher?.watchFolders([ann, bob]);
      expect(watched()).toEqual([base, ann, bob, path.join(bob, 'ab')]);
    });

    it('closes every watch, twice over safely, and opens none afterwards', async () => {
      const folder = path.join(base, UDID);
      await mkdir(path.join(folder, 'ab'), { recursive: true });
      const waiting = start(path.join(base, 'missing', 'Backup'), []);
      expect(watched()).toEqual([base]);
      waiting.close();
      const running = start(base);
      running.watchFolders([folder]);
      const activating = running.setActive(folder, true);
      running.close();
      await activating;
      running.close();
      running.watchFolders([folder]);
      await running.setActive(folder, true);
      expect(handles.open).toEqual([]);
    });

    it('gathers a burst of changes into few reports, and reports nothing after close', async () => {
      const folder = path.join(base, UDID);
      await mkdir(folder);
      start(base).watchFolders([folder]);
      await Promise.all(Array.from({ length: 30 }, (_, index) => writeFile(path.join(folder, `f${index}`), 'x')));
      await waitFor(() => sawFolder(folder), 'the burst');
      expect(changes.length).toBeLessThan(10);
      watcher?.close();
      const before = changes.length;
      // A second watch on the same folder is the signal that the write has been seen by the system.
      const witness: RootChange[] = [];
      const second = start(base, witness);
      second.watchFolders([folder]);
      await writeFile(path.join(folder, 'after-close'), 'x');
      await waitFor(() => sawFolder(folder, witness), 'the second watch to see the write');
      second.close();
      expect(changes.length).toBe(before);
    });

    it('names no folder when the root itself comes or goes, only asks for it to be listed again', async () => {
      const root = path.join(base, 'Backup');
      start(root);
      await mkdir(root);
      await waitFor(() => changes.some((change) => change.listing), 'the root to appear');
      await rm(root, { recursive: true });
      await waitFor(() => watched()[0] === base, 'the root to go');
      await waitFor(() => changes.length >= 2, 'the second report');
      expect(changes.map((change) => [change.listing, [...change.folders]])).toEqual(changes.map(() => [true, []]));
    });

    it('leaves a root that cannot be watched unwatched, without turning to its parent, and still watches its folders', () => {
      const folder = path.join(base, UDID);
      mkdirSync(folder);
      handles.beforeWatch = (target) => {
        if (target === base) throw Object.assign(new Error('ENOSPC: System limit for number of file watchers reached'), { code: 'ENOSPC' });
      };
      const running = start(base);
      expect(watched()).toEqual([]);
      running.watchFolders([folder]);
      expect(watched()).toEqual([folder]);
    });

    it('watches the parent afresh after its watch fails', async () => {
      start(path.join(base, 'Backup'));
      const first = handles.open[0]?.handle;
      first?.emit('error', new Error('EPERM'));
      expect(watched()).toEqual([base]);
      expect(handles.open[0]?.handle).not.toBe(first);
    });

    it('watches a device folder again at the next listing after its watch fails, or when it could not be watched at first', async () => {
      const [ann, bob] = [path.join(base, UDID), path.join(base, 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678')];
      await mkdir(ann);
      await mkdir(bob);
      let refuse = true;
      handles.beforeWatch = (target) => {
        if (target === bob && refuse) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      };
      const running = start(base);
      running.watchFolders([ann, bob]);
      expect(watched()).toEqual([base, ann]);
      handles.open.find((open) => open.target === ann)?.handle.emit('error', new Error('EPERM'));
      expect(watched()).toEqual([base]);
      refuse = false;
      running.watchFolders([ann, bob]);
      expect(watched()).toEqual([base, ann, bob]);
    });

    it('lets go safely of sub-folders that could not be watched, and of those of a folder it could not watch', async () => {
      const folder = path.join(base, UDID);
      await mkdir(path.join(folder, 'ab'), { recursive: true });
      await mkdir(path.join(folder, 'cd'));
      handles.beforeWatch = (target) => {
        if (target === folder || target === path.join(folder, 'ab')) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      };
      const running = start(base);
      running.watchFolders([folder]);
      await running.setActive(folder, true);
      expect(watched()).toEqual([base, path.join(folder, 'cd')]);
      await running.setActive(folder, false);
      expect(watched()).toEqual([base]);
      await running.setActive(folder, true);
      running.watchFolders([]);
      expect(watched()).toEqual([base]);
    });

    it('watches nothing more for a folder that is gone by the time its backup starts', async () => {
      const folder = path.join(base, UDID);
      const running = start(base);
      await running.setActive(folder, true);
      expect(watched()).toEqual([base]);
    });

    it('leaves the sub-folders of a finished backup unwatched as its files change', async () => {
      const folder = path.join(base, UDID);
      await mkdir(path.join(folder, 'ab'), { recursive: true });
      start(base).watchFolders([folder]);
      await writeFile(path.join(folder, 'Status.plist'), 'x');
      await mkdir(path.join(folder, 'cd'));
      await waitFor(() => sawFolder(folder), 'the change');
      expect(watched()).toEqual([base, folder]);
    });
  });
});
