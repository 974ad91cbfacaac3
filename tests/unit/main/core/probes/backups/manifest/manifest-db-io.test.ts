/**
 * Manifest.db on a disk that fails part-way through, as a failing drive or a network share that
 * drops does: `readSync` of `node:fs` (which the read-only SQLite file system reads pages with)
 * is wrapped to fail with EIO once a chosen number of reads has been answered.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { manifestDbEntries } from '../../../../../../../src/main/core/probes/backups/manifest/manifest-db';
import { fileIdOf, makeTempRoot, removeTempRoot, writeManifestDb } from '../../../../../../support/backup-fixtures';
import { drain } from '../../../../../../support/manifest-entries';

const io = vi.hoisted(() => ({ readsLeft: Number.POSITIVE_INFINITY }));

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const readSync = ((...args: Parameters<typeof actual.readSync>) => {
    if (io.readsLeft <= 0) throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
    io.readsLeft -= 1;
    return actual.readSync(...args);
  }) as typeof actual.readSync;
  return { ...actual, readSync, default: { ...actual, readSync } };
});

let root: string;
beforeEach(async () => {
  root = await makeTempRoot('manifest-db-io');
  io.readsLeft = Number.POSITIVE_INFINITY;
});
afterEach(async () => {
  await removeTempRoot(root);
});

describe('manifest', () => {
  describe('manifestDbEntries, on a disk that fails part-way', () => {
    it('says the index could not be read, without throwing, when the disk fails mid-way', async () => {
      const file = path.join(root, 'Manifest.db');
      await writeManifestDb(file, Array.from({ length: 3000 }, (_, index) => ({ fileID: fileIdOf('HomeDomain', `f${index}`), domain: 'HomeDomain', relativePath: `f${index}`, flags: 1, size: index })));
      io.readsLeft = 3;
      expect((await drain(manifestDbEntries(file))).outcome).toEqual({ ok: false, reason: 'it could not be read' });
      io.readsLeft = Number.POSITIVE_INFINITY;
      expect((await drain(manifestDbEntries(file))).outcome).toEqual({ ok: true, rows: 3000 });
    });
  });
});
