/**
 * Manifest.db on a disk that fails part-way through, as a failing drive or a network share that
 * drops does: `readSync` and `fstatSync` of `node:fs` (which the read-only SQLite file system
 * reads pages and sizes with) are wrapped to fail with EIO once a chosen number has been answered.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { manifestDbEntries } from '../../../../../../../src/main/core/probes/backups/manifest/manifest-db';
import { fileIdOf, makeTempRoot, removeTempRoot, writeManifestDb } from '../../../../../../support/backup-fixtures';
import { drain } from '../../../../../../support/manifest-entries';

const io = vi.hoisted(() => ({ readsLeft: Number.POSITIVE_INFINITY, fstatsLeft: Number.POSITIVE_INFINITY }));

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const readSync = ((...args: Parameters<typeof actual.readSync>) => {
    if (io.readsLeft <= 0) throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
    io.readsLeft -= 1;
    return actual.readSync(...args);
  }) as typeof actual.readSync;
  const fstatSync = ((...args: Parameters<typeof actual.fstatSync>) => {
    if (io.fstatsLeft <= 0) throw Object.assign(new Error('EIO: i/o error, fstat'), { code: 'EIO' });
    io.fstatsLeft -= 1;
    return actual.fstatSync(...args);
  }) as typeof actual.fstatSync;
  return { ...actual, readSync, fstatSync, default: { ...actual, readSync, fstatSync } };
});

let root: string;
beforeEach(async () => {
  root = await makeTempRoot('manifest-db-io');
  io.readsLeft = Number.POSITIVE_INFINITY;
  io.fstatsLeft = Number.POSITIVE_INFINITY;
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

    it('says the index could not be read when the disk opens it but cannot tell its size', async () => {
      const file = path.join(root, 'Manifest.db');
      await writeManifestDb(file, [{ fileID: fileIdOf('HomeDomain', 'a'), domain: 'HomeDomain', relativePath: 'a', flags: 1, size: 1 }]);
      // The one look that checks it is a regular file is answered; the next, for its size, fails.
      io.fstatsLeft = 1;
      expect((await drain(manifestDbEntries(file))).outcome).toEqual({ ok: false, reason: 'it could not be read' });
    });
  });
});
