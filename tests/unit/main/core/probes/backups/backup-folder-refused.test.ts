/**
 * A backup folder whose files the system refuses, met through a wrapped `open` of
 * `node:fs/promises` that answers EACCES for chosen files. The same cases run against a real
 * refusal in scanner.test.ts where the tests can give up root's powers; this file runs on every
 * system and in mutation testing, whose worker threads cannot.
 */
import { utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readBackupFolder } from '../../../../../../src/main/core/probes/backups/backup-folder';
import { createPlistFiles } from '../../../../../../src/main/core/probes/backups/plist-files';
import { makeTempRoot, removeTempRoot, writeBackup } from '../../../../../support/backup-fixtures';

const refused = vi.hoisted(() => new Set<string>());
/** Entries that vanish between being listed and being looked at, as a backup's temporary files do; by the call that finds them gone. */
const vanishing = vi.hoisted(() => ({ lstat: new Set<string>(), stat: new Set<string>() }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const open = (async (target: string, ...rest: unknown[]) => {
    const where = path.resolve(String(target));
    if (refused.has(where)) throw Object.assign(new Error(`EACCES: permission denied, open '${where}'`), { code: 'EACCES', errno: -13, syscall: 'open', path: where });
    return (actual.open as (...args: unknown[]) => Promise<unknown>)(target, ...rest);
  }) as typeof actual.open;
  /** A look-up of a vanishing entry fails as if it had just been deleted. */
  const gone = <F extends (...args: never[]) => Promise<unknown>>(real: F, syscall: 'lstat' | 'stat') =>
    (async (target: string, ...rest: unknown[]) => {
      const where = path.resolve(String(target));
      if (vanishing[syscall].has(where)) throw Object.assign(new Error(`ENOENT: no such file or directory, ${syscall} '${where}'`), { code: 'ENOENT', syscall, path: where });
      return (real as unknown as (...args: unknown[]) => Promise<unknown>)(target, ...rest);
    }) as unknown as F;
  const lstat = gone(actual.lstat, 'lstat');
  const stat = gone(actual.stat, 'stat');
  return { ...actual, open, lstat, stat, default: { ...actual, open, lstat, stat } };
});

const UDID = '00008110-001A2C3E0E38802E';
const PLISTS = ['Status.plist', 'Manifest.plist', 'Info.plist'];

let root: string;
beforeEach(async () => {
  root = await makeTempRoot('refused-files');
  refused.clear();
  vanishing.lstat.clear();
  vanishing.stat.clear();
});
afterEach(async () => {
  await removeTempRoot(root);
});

const read = (folder: string) => readBackupFolder(folder, createPlistFiles());

describe('backups probe', () => {
  describe('readBackupFolder, with files the system refuses', () => {
    it('says the folder cannot be read, and claims nothing about it, when every plist is refused', async () => {
      const written = await writeBackup(root, { udid: UDID });
      for (const name of PLISTS) refused.add(path.join(written.path, name));
      expect(await read(written.path)).toMatchObject({
        udid: UDID,
        deviceName: null,
        finished: null,
        encrypted: null,
        lastBackupDate: null,
        fileProblems: [],
        folderProblem: "This backup's folder cannot be read (permission denied), so nothing about it can be checked.",
      });
    });

    it('reads what it may and names the one refused file when only some are refused', async () => {
      const written = await writeBackup(root, { udid: UDID, deviceName: 'Ann’s iPhone' });
      refused.add(path.join(written.path, 'Status.plist'));
      const reading = await read(written.path);
      expect(reading).toMatchObject({ deviceName: 'Ann’s iPhone', encrypted: false, folderProblem: null });
      expect(reading?.fileProblems).toEqual([expect.stringMatching(/^Status\.plist .*permission denied/)]);
    });
  });

  describe('readBackupFolder, with entries that vanish while it looks', () => {
    it('takes the newest change from the entries still there when one vanishes, or when its Snapshot folder does', async () => {
      const written = await writeBackup(root, { udid: UDID, snapshotState: 'uploading', snapshotFolder: true });
      const base = written.device.date.getTime();
      await writeFile(path.join(written.path, 'temp-file'), 'x');
      await utimes(path.join(written.path, 'Info.plist'), new Date(base + 5000), new Date(base + 5000));
      await utimes(path.join(written.path, 'temp-file'), new Date(base), new Date(base));
      await utimes(written.path, new Date(base), new Date(base));
      vanishing.lstat.add(path.join(written.path, 'temp-file'));
      expect((await read(written.path))?.newestChangeMs).toBe(base + 5000);
      // Seen when the folder's files are listed, gone when its own times are looked up.
      vanishing.stat.add(path.join(written.path, 'Snapshot'));
      expect((await read(written.path))?.newestChangeMs).toBe(base + 5000);
    });
  });
});
