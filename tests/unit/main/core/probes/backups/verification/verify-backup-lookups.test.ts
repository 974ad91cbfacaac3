/**
 * How many file lookups a verification keeps in flight: bounded, whatever the size of the index,
 * so a big backup never floods the thread pool the rest of the app shares. `lstat` of `node:fs`
 * is wrapped to count lookups in flight; each still reaches the real file system.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyBackup } from '../../../../../../../src/main/core/probes/backups/verification/verify-backup';
import { fileIdOf, makeTempRoot, removeTempRoot, writeManifestDb } from '../../../../../../support/backup-fixtures';

const lookups = vi.hoisted(() => ({ inFlight: 0, most: 0, made: 0 }));

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const lstat = ((target: string, ...rest: unknown[]) => {
    const callback = rest.pop() as (...answer: unknown[]) => void;
    lookups.made += 1;
    lookups.inFlight += 1;
    lookups.most = Math.max(lookups.most, lookups.inFlight);
    (actual.lstat as (...args: unknown[]) => void)(target, ...rest, (...answer: unknown[]) => {
      lookups.inFlight -= 1;
      callback(...answer);
    });
  }) as typeof actual.lstat;
  return { ...actual, lstat, default: { ...actual, lstat } };
});

const UDID = '00008110-001A2C3E0E38802E';

let root: string;
beforeEach(async () => {
  root = await makeTempRoot('verify-lookups');
  Object.assign(lookups, { inFlight: 0, most: 0, made: 0 });
});
afterEach(async () => {
  await removeTempRoot(root);
});

describe('verification', () => {
  describe('verifyBackup, its lookups', () => {
    it('keeps at most two rounds of 64 lookups in flight through an index of thousands of files', { timeout: 60_000 }, async () => {
      const folder = path.join(root, UDID);
      await mkdir(folder, { recursive: true });
      const rows = Array.from({ length: 3000 }, (_, i) => ({ fileID: fileIdOf('HomeDomain', `Library/File${i}`), domain: 'HomeDomain', relativePath: `Library/File${i}`, flags: 1, size: 10 }));
      await writeManifestDb(path.join(folder, 'Manifest.db'), rows);
      // None of the files is there: every lookup is made, and every one finds the file missing.
      expect(await verifyBackup(folder, 'db')).toMatchObject({ state: 'files-missing', filesListed: 3000, filesMissing: 3000 });
      expect(lookups.made).toBeGreaterThanOrEqual(3000);
      // Room is waited for after every 64: below 64 in flight, then 64 more.
      expect(lookups.most).toBeLessThan(2 * 64);
    });
  });
});
