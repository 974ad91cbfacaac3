import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../../../../src/main/core/create-core';
import { createBackupsProbe, type BackupsProbe } from '../../../../../../src/main/core/probes/backups';
import { justFinishedBackups } from '../../../../../../src/shared/backups';
import type { Snapshot } from '../../../../../../src/shared/snapshot';
import { BackupInProgress, makeTempRoot, removeTempRoot, treeFingerprint, waitFor } from '../../../../../support/backup-fixtures';

const UDID = '00008110-001A2C3E0E38802E';

let root: string;
let core: Core | null = null;
let probe: BackupsProbe;
let seen: Snapshot[];
beforeEach(async () => {
  root = await makeTempRoot('live');
  probe = createBackupsProbe({ roots: [root], debounceMs: 50 });
  core = createCore({ probes: [probe] });
  seen = [];
  core.subscribe((snapshot) => seen.push(snapshot));
  await core.start();
});
afterEach(async () => {
  await core?.stop();
  core = null;
  await removeTempRoot(root);
});

const current = () => core?.getSnapshot().backups[0];

describe('backups probe', () => {
  describe('watching a backup being written', () => {
    it('goes from in progress, with the bytes written so far, to complete when Status.plist says finished', async () => {
      expect(core?.getSnapshot().backups).toEqual([]);
      expect(core?.getSnapshot().sources.backups.state).toBe('ok');

      const backup = new BackupInProgress(root, { udid: UDID, deviceName: 'Ann’s iPhone' });
      await backup.begin();
      const started = await waitFor(() => current()?.inProgress && current(), 'the backup to show as in progress');
      expect(started).toMatchObject({ udid: UDID, deviceName: 'Ann’s iPhone', complete: false, problem: null });

      await backup.addFiles(6);
      await waitFor(() => current()?.inProgress?.bytesWritten === backup.bytes, 'the bytes of six files');

      // A file landing in a sub-folder that already exists is seen too.
      const sub = (await readdir(backup.folder, { withFileTypes: true })).find((entry) => entry.isDirectory() && /^[0-9a-f]{2}$/.test(entry.name));
      expect(sub).toBeDefined();
      await writeFile(path.join(backup.folder, sub?.name ?? '00', 'f'.repeat(40)), Buffer.alloc(5000));
      await waitFor(() => current()?.inProgress?.bytesWritten === backup.bytes + 5000, 'a file in an existing sub-folder');
      expect(current()?.complete).toBe(false);

      await backup.finish();
      const done = await waitFor(() => current()?.complete === true && current(), 'the backup to be complete');
      expect(done).toMatchObject({ udid: UDID, complete: true, inProgress: null, problem: null, encrypted: false, productType: 'iPhone15,2' });
      await probe.settled();
      expect(current()?.sizeBytes).toBe(backup.bytes + 5000);

      const flip = seen.findIndex((snapshot) => snapshot.backups[0]?.complete === true);
      expect(seen[flip - 1]?.backups[0]?.inProgress).not.toBeNull();
      expect(justFinishedBackups(seen[flip - 1] ?? null, seen[flip] as Snapshot).map((finished) => finished.udid)).toEqual([UDID]);
    });

    it('leaves the folder exactly as the writer left it', async () => {
      const backup = new BackupInProgress(root, { udid: UDID });
      await backup.begin();
      await backup.addFiles(3);
      await waitFor(() => current()?.inProgress?.bytesWritten === backup.bytes, 'the files');
      await backup.finish();
      const written = await treeFingerprint(root);
      await waitFor(() => current()?.complete === true, 'the backup to be complete');
      await probe.settled();
      expect(await treeFingerprint(root)).toEqual(written);
    });
  });
});
