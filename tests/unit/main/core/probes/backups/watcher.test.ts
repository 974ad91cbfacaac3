import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchBackupRoot, type RootChange, type RootWatcher } from '../../../../../../src/main/core/probes/backups/watcher';
import { makeTempRoot, removeTempRoot, waitFor } from '../../../../../support/backup-fixtures';

const UDID = '00008110-001A2C3E0E38802E';

let base: string;
let watcher: RootWatcher | null = null;
let changes: RootChange[] = [];
beforeEach(async () => {
  base = await makeTempRoot('watch');
  changes = [];
});
afterEach(async () => {
  watcher?.close();
  watcher = null;
  await removeTempRoot(base);
});

const start = (root: string) => {
  watcher = watchBackupRoot(root, { debounceMs: 40, onChange: (change) => changes.push(change) });
  return watcher;
};
const sawFolder = (folder: string) => changes.some((change) => change.folders.has(folder));

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

    it('waits for a root that does not exist yet, the way a first backup creates it', async () => {
      const root = path.join(base, 'MobileSync', 'Backup');
      start(root);
      await mkdir(path.join(base, 'MobileSync'));
      await mkdir(root);
      await waitFor(() => changes.some((change) => change.listing), 'the root to appear');
      changes = [];
      await mkdir(path.join(root, UDID));
      await waitFor(() => sawFolder(path.join(root, UDID)), 'a device folder in the new root');
    });

    it('notices a root that goes away', async () => {
      const root = path.join(base, 'Backup');
      await mkdir(root);
      start(root);
      await rm(root, { recursive: true });
      await waitFor(() => changes.some((change) => change.listing), 'the root to go');
    });

    it('watches the sub-folders of a backup being written, where its files land', async () => {
      const folder = path.join(base, UDID);
      await mkdir(path.join(folder, 'ab'), { recursive: true });
      start(base).watchFolders([folder]);
      await watcher?.setActive(folder, true);
      changes = [];
      await writeFile(path.join(folder, 'ab', 'ab12'), 'x');
      await waitFor(() => sawFolder(folder), 'a file in a sub-folder');
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
      await writeFile(path.join(folder, 'after-close'), 'x');
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(changes.length).toBe(before);
    });
  });
});
