import { statfs } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freeBytesAt } from '../../../../../../src/main/core/probes/backups/free-space';
import { makeTempRoot, removeTempRoot } from '../../../../../support/backup-fixtures';

let root: string;
beforeEach(async () => {
  root = await makeTempRoot('free-space');
});
afterEach(async () => {
  await removeTempRoot(root);
});

/** What the volume of `folder` says this user may still write. */
async function available(folder: string): Promise<number> {
  const stats = await statfs(folder);
  return stats.bavail * stats.bsize;
}

describe('backups probe', () => {
  describe('freeBytesAt', () => {
    it('gives the bytes this user may still write on the volume of the folder', async () => {
      // The figure moves as other programs write; both readings are of the same volume, a moment apart.
      const [free, expected] = await Promise.all([freeBytesAt(root), available(root)]);
      expect(free).toBeGreaterThan(0);
      expect(Math.abs((free as number) - expected)).toBeLessThan(64 * 1024 * 1024);
    });

    it('asks the nearest folder that exists for a backup folder not made yet, however deep', async () => {
      const [free, expected] = await Promise.all([freeBytesAt(path.join(root, 'Apple', 'MobileSync', 'Backup')), available(root)]);
      expect(Math.abs((free as number) - expected)).toBeLessThan(64 * 1024 * 1024);
      expect(await freeBytesAt(path.relative(process.cwd(), path.join(root, 'not-yet')))).toBeGreaterThan(0);
    });
  });
});
