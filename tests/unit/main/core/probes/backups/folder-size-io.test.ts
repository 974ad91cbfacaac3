/**
 * The size walk against file calls that fail part-way, as they do when a backup is being written
 * or deleted while it is measured. `readdir` and `lstat` of `node:fs` are wrapped: a path in
 * `io.failing` answers with an error, and every request is counted, with how many were waiting
 * at once, since the walk promises to keep at most 32 requests in flight.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { folderSize } from '../../../../../../src/main/core/probes/backups/folder-size';
import { makeTempRoot, removeTempRoot } from '../../../../../support/backup-fixtures';

const io = vi.hoisted(() => ({ failing: new Map<string, string>(), requests: 0, inFlight: 0, mostInFlight: 0, onRequest: null as (() => void) | null }));

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  /** Wraps a callback-style call so it is counted and can be made to fail for chosen paths. */
  const counted = <F extends (...args: never[]) => void>(real: F) =>
    ((target: string, ...rest: unknown[]) => {
      const callback = rest.pop() as (error: NodeJS.ErrnoException | null, value?: unknown) => void;
      io.requests += 1;
      io.inFlight += 1;
      io.mostInFlight = Math.max(io.mostInFlight, io.inFlight);
      io.onRequest?.();
      const answer = (error: NodeJS.ErrnoException | null, value?: unknown) => {
        io.inFlight -= 1;
        callback(error, value);
      };
      const code = io.failing.get(path.resolve(String(target)));
      if (code) return void setImmediate(() => answer(Object.assign(new Error(`${code}: ${String(target)}`), { code })));
      (real as unknown as (...args: unknown[]) => void)(target, ...rest, answer);
    }) as unknown as F;
  const readdir = counted(actual.readdir);
  const lstat = counted(actual.lstat);
  return { ...actual, readdir, lstat, default: { ...actual, readdir, lstat } };
});

let root: string;
beforeEach(async () => {
  root = await makeTempRoot('size-io');
  io.failing.clear();
  Object.assign(io, { requests: 0, inFlight: 0, mostInFlight: 0, onRequest: null });
});
afterEach(async () => {
  await removeTempRoot(root);
});

/** A device folder with `perFolder` one-byte files in each of the named sub-folders. */
async function deviceFolder(subFolders: string[], perFolder: number): Promise<string> {
  const folder = path.join(root, 'device');
  for (const sub of subFolders) {
    await mkdir(path.join(folder, sub), { recursive: true });
    for (let index = 0; index < perFolder; index += 1) await writeFile(path.join(folder, sub, `f${index}`), 'x');
  }
  return folder;
}

describe('backups probe', () => {
  describe('folderSize, with file calls failing part-way', () => {
    it('skips a file that went away between listing and looking it up, and counts the rest', async () => {
      const folder = await deviceFolder(['ab'], 5);
      io.failing.set(path.join(folder, 'ab', 'f2'), 'ENOENT');
      expect(await folderSize(folder)).toBe(4);
    });

    it('skips a sub-folder that cannot be listed, and counts the rest', async () => {
      const folder = await deviceFolder(['ab', 'cd'], 3);
      io.failing.set(path.join(folder, 'cd'), 'EACCES');
      expect(await folderSize(folder)).toBe(3);
    });

    it('gives null when the folder itself cannot be listed after all, as when it is deleted while measured', async () => {
      const folder = await deviceFolder(['ab'], 2);
      io.failing.set(folder, 'ENOENT');
      expect(await folderSize(folder)).toBeNull();
    });

    it('keeps at most 32 requests in flight, and uses all of them on a large folder', async () => {
      const folder = await deviceFolder(['ab'], 100);
      expect(await folderSize(folder)).toBe(100);
      expect(io.mostInFlight).toBe(32);
    });

    it('makes no new request once cancelled, beyond those already in flight', async () => {
      const folder = await deviceFolder(['ab'], 100);
      let cancelled = false;
      let atCancel = 0;
      io.onRequest = () => {
        if (io.requests === 40) {
          cancelled = true;
          atCancel = io.requests;
        }
      };
      expect(await folderSize(folder, () => cancelled)).toBeNull();
      expect(io.requests).toBe(atCancel);
    });

    it('counts at most the given number of entries, the sub-folders among them', async () => {
      const folder = await deviceFolder(['ab'], 10);
      // The sub-folder is one entry and five of its files the rest.
      expect(await folderSize(folder, () => false, 6)).toBe(5);
      expect(await folderSize(folder, () => false, 11)).toBe(10);
    });
  });
});
