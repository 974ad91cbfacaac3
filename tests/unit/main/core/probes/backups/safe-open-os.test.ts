/**
 * openRegularFile against answers this machine's system does not give: FreeBSD's EMLINK for a
 * link it was told not to follow, a system without O_NOFOLLOW that follows a link to nothing, and
 * a disk that fails to describe a file it has just opened. `open` of `node:fs/promises` is wrapped
 * to give those answers for the paths a test names.
 */
import { symlink, writeFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LINK_CODE, openRegularFile } from '../../../../../../src/main/core/probes/backups/safe-open';
import { makeTempRoot, removeTempRoot } from '../../../../../support/backup-fixtures';

const system = vi.hoisted(() => ({
  /** Paths whose open fails with this code. */
  openFails: new Map<string, string>(),
  /** Paths whose open succeeds but whose handle then cannot be described. */
  statFails: new Set<string>(),
  /** Handles closed so far. */
  closed: [] as string[],
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const open = (async (file: string, ...rest: unknown[]) => {
    const code = system.openFails.get(file);
    if (code !== undefined) throw Object.assign(new Error(`${code}: open '${file}'`), { code });
    const handle = await (actual.open as (...args: unknown[]) => Promise<FileHandle>)(file, ...rest);
    if (system.statFails.has(file)) {
      handle.stat = (() => Promise.reject(Object.assign(new Error('EIO: i/o error, fstat'), { code: 'EIO' }))) as FileHandle['stat'];
      const close = handle.close.bind(handle);
      handle.close = () => (system.closed.push(file), close());
    }
    return handle;
  }) as typeof actual.open;
  return { ...actual, open, default: { ...actual, open } };
});

let dir: string;
beforeEach(async () => {
  dir = await makeTempRoot('safe-open-os');
  system.openFails.clear();
  system.statFails.clear();
  system.closed.length = 0;
});
afterEach(async () => {
  await removeTempRoot(dir);
});

describe('backups probe', () => {
  describe('openRegularFile, on other systems and failing disks', () => {
    it.skipIf(process.platform === 'win32')('names a link as a link when the system refuses it with EMLINK, as FreeBSD does', async () => {
      await writeFile(path.join(dir, 'real.plist'), 'bplist00');
      const link = path.join(dir, 'Info.plist');
      await symlink(path.join(dir, 'real.plist'), link);
      system.openFails.set(link, 'EMLINK');
      expect(await openRegularFile(link)).toEqual({ ok: false, code: LINK_CODE });
      // EMLINK for something that is not a link keeps its own code.
      system.openFails.set(path.join(dir, 'real.plist'), 'EMLINK');
      expect(await openRegularFile(path.join(dir, 'real.plist'))).toEqual({ ok: false, code: 'EMLINK' });
    });

    it.skipIf(process.platform === 'win32')('calls a link followed to nothing missing, as a system without O_NOFOLLOW reports it', async () => {
      const link = path.join(dir, 'Status.plist');
      await symlink(path.join(dir, 'absent.plist'), link);
      system.openFails.set(link, 'ENOENT');
      expect(await openRegularFile(link)).toEqual({ ok: false, code: 'ENOENT' });
    });

    it('gives the disk\'s error, and closes the file, when the file it opened cannot be described', async () => {
      const file = path.join(dir, 'Manifest.plist');
      await writeFile(file, 'bplist00');
      system.statFails.add(file);
      expect(await openRegularFile(file)).toEqual({ ok: false, code: 'EIO' });
      expect(system.closed).toEqual([file]);
    });
  });
});
