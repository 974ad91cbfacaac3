import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStatPool } from '../../../../../../../src/main/core/probes/backups/verification/stat-pool';
import { makeTempRoot, removeTempRoot } from '../../../../../../support/backup-fixtures';

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => removeTempRoot(root)));
});

/** Resolves with whether `promise` settled before the current turn's I/O callbacks ran. */
async function settledNow(promise: Promise<void>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await Promise.resolve();
  await Promise.resolve();
  return settled;
}

describe('probes', () => {
  describe('backups: looking up listed files', () => {
    it('gives a regular file’s size, and nothing for a folder, a link or a missing file', async () => {
      const root = await makeTempRoot('stat-pool');
      roots.push(root);
      await writeFile(join(root, 'file'), 'twelve bytes');
      await mkdir(join(root, 'folder'));
      await symlink(join(root, 'file'), join(root, 'link'));
      const pool = createStatPool(4);
      const found = new Map<string, number | null>();
      for (const name of ['file', 'folder', 'link', 'missing']) pool.lookUp(join(root, name), (size) => found.set(name, size));
      await pool.idle();
      expect(Object.fromEntries(found)).toEqual({ file: 12, folder: null, link: null, missing: null });
    });

    it('has room below its limit, waits at it, and is idle only once every lookup has answered', async () => {
      const root = await makeTempRoot('stat-pool');
      roots.push(root);
      const pool = createStatPool(2);
      expect(await settledNow(pool.room())).toBe(true);
      expect(await settledNow(pool.idle())).toBe(true);

      const answered: string[] = [];
      pool.lookUp(join(root, 'a'), () => answered.push('a'));
      expect(await settledNow(pool.room())).toBe(true);
      pool.lookUp(join(root, 'b'), () => answered.push('b'));
      const room = pool.room();
      const idle = pool.idle();
      expect(await settledNow(room)).toBe(false);
      expect(await settledNow(idle)).toBe(false);

      await room;
      expect(answered.length).toBeGreaterThanOrEqual(1);
      await idle;
      expect(answered.sort()).toEqual(['a', 'b']);
    });
  });
});
