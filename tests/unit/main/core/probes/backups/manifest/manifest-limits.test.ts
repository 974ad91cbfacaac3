/**
 * The cap on how many items a file index may list. The real cap (three million) is several times
 * what any phone holds, too many rows to write in a test, so the cap is lowered to five here:
 * the code under test reads it from `entry.ts` like every other limit.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { manifestDbEntries } from '../../../../../../../src/main/core/probes/backups/manifest/manifest-db';
import { manifestMbdbEntries } from '../../../../../../../src/main/core/probes/backups/manifest/manifest-mbdb';
import { fileIdOf, makeTempRoot, manifestMbdb, removeTempRoot, writeManifestDb } from '../../../../../../support/backup-fixtures';
import { drain } from '../../../../../../support/manifest-entries';
import { writeFile } from 'node:fs/promises';

vi.mock('../../../../../../../src/main/core/probes/backups/manifest/entry', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../../../src/main/core/probes/backups/manifest/entry')>()),
  MAX_ENTRIES: 5,
}));

let root: string;
beforeEach(async () => {
  root = await makeTempRoot('manifest-limits');
});
afterEach(async () => {
  await removeTempRoot(root);
});

const paths = (count: number) => Array.from({ length: count }, (_, index) => `Library/f${index}`);

describe('manifest', () => {
  describe('the cap on items listed', () => {
    it('reads a Manifest.db listing exactly the cap, and refuses one listing more, in words', async () => {
      const file = path.join(root, 'Manifest.db');
      await writeManifestDb(file, paths(5).map((relativePath) => ({ fileID: fileIdOf('HomeDomain', relativePath), domain: 'HomeDomain', relativePath, flags: 1, size: 1 })));
      expect((await drain(manifestDbEntries(file))).outcome).toEqual({ ok: true, rows: 5 });
      await writeManifestDb(file, paths(6).map((relativePath) => ({ fileID: fileIdOf('HomeDomain', relativePath), domain: 'HomeDomain', relativePath, flags: 1, size: 1 })));
      expect((await drain(manifestDbEntries(file))).outcome).toEqual({ ok: false, reason: 'it lists more than 5 items, more than any phone holds' });
    });

    it('reads a Manifest.mbdb listing exactly the cap, and refuses one listing more, in words', async () => {
      const file = path.join(root, 'Manifest.mbdb');
      await writeFile(file, manifestMbdb(paths(5).map((relativePath) => ({ domain: 'HomeDomain', relativePath, kind: 'file', size: 1 }))));
      expect((await drain(manifestMbdbEntries(file))).outcome).toEqual({ ok: true, rows: 5 });
      await writeFile(file, manifestMbdb(paths(6).map((relativePath) => ({ domain: 'HomeDomain', relativePath, kind: 'file', size: 1 }))));
      expect((await drain(manifestMbdbEntries(file))).outcome).toEqual({ ok: false, reason: 'it lists more than 5 items, more than any phone holds' });
    });
  });
});
