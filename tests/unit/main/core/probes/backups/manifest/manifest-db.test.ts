import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BATCH_SIZE } from '../../../../../../../src/main/core/probes/backups/manifest/entry';
import { manifestDbEntries } from '../../../../../../../src/main/core/probes/backups/manifest/manifest-db';
import { sqlite } from '../../../../../../../src/main/core/probes/backups/manifest/sqlite-runtime';
import { canDenyReads, fileIdOf, makeTempRoot, removeTempRoot, treeFingerprint, withoutRootPowers, writeManifestDb, type ManifestRow } from '../../../../../../support/backup-fixtures';
import { batchSizes, drain } from '../../../../../../support/manifest-entries';

let root: string;
beforeEach(async () => {
  root = await makeTempRoot('manifest-db');
});
afterEach(async () => {
  await removeTempRoot(root);
});

const ROWS: ManifestRow[] = [
  { fileID: fileIdOf('HomeDomain', ''), domain: 'HomeDomain', relativePath: '', flags: 2 },
  { fileID: fileIdOf('HomeDomain', 'Library/SMS/sms.db'), domain: 'HomeDomain', relativePath: 'Library/SMS/sms.db', flags: 1, size: 412_672 },
  { fileID: fileIdOf('HomeDomain', 'Library/link'), domain: 'HomeDomain', relativePath: 'Library/link', flags: 4 },
  { fileID: fileIdOf('CameraRollDomain', 'Media/DCIM/100APPLE/IMG_0001.HEIC'), domain: 'CameraRollDomain', relativePath: 'Media/DCIM/100APPLE/IMG_0001.HEIC', flags: 1, size: 5_000_000_000 },
];

async function manifest(): Promise<string> {
  const file = path.join(root, 'Manifest.db');
  await writeManifestDb(file, ROWS);
  return file;
}

/**
 * How many texts `run` left in SQLite's memory. wa-sqlite numbers the texts it holds in order and
 * refuses a number it gave back, so every number between two fresh ones was `run`'s.
 */
async function textsLeftBy(run: () => Promise<unknown>): Promise<number> {
  const api = await sqlite();
  const mark = () => {
    const id = api.str_new(0, '');
    api.str_finish(id);
    return id;
  };
  const before = mark();
  await run();
  const after = mark();
  let held = 0;
  for (let id = before + 1; id < after; id += 1) {
    try {
      api.str_value(id);
      held += 1;
    } catch {
      // Given back.
    }
  }
  return held;
}

describe('manifest', () => {
  describe('manifestDbEntries', () => {
    it('lists every row with its kind and the size from its archived MBFile', async () => {
      const { entries, outcome } = await drain(manifestDbEntries(await manifest()));
      expect(outcome).toEqual({ ok: true, rows: 4 });
      expect(entries).toEqual([
        { fileID: ROWS[0]?.fileID, domain: 'HomeDomain', relativePath: '', kind: 'folder', size: null },
        { fileID: ROWS[1]?.fileID, domain: 'HomeDomain', relativePath: 'Library/SMS/sms.db', kind: 'file', size: 412_672 },
        { fileID: ROWS[2]?.fileID, domain: 'HomeDomain', relativePath: 'Library/link', kind: 'link', size: null },
        { fileID: ROWS[3]?.fileID, domain: 'CameraRollDomain', relativePath: 'Media/DCIM/100APPLE/IMG_0001.HEIC', kind: 'file', size: 5_000_000_000 },
      ]);
    });

    it('reads several manifests at once, each giving its own rows', async () => {
      // Each manifest lists a different number of rows, so swapped handles would show.
      const files = await Promise.all(
        [1, 2, 3, 4].map(async (count) => {
          const file = path.join(root, `Manifest-${count}.db`);
          await writeManifestDb(file, ROWS.slice(0, count));
          return file;
        }),
      );
      const outcomes = await Promise.all(files.map(async (file) => (await drain(manifestDbEntries(file))).outcome));
      expect(outcomes).toEqual([1, 2, 3, 4].map((rows) => ({ ok: true, rows })));
    });

    it('reads a database with a left-over journal beside it, and a WAL-mode one, without creating, replaying or deleting anything', async () => {
      const file = await manifest();
      await writeFile(`${file}-journal`, Buffer.concat([Buffer.from([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7]), Buffer.alloc(1024, 7)]));
      const before = await treeFingerprint(root);
      expect((await drain(manifestDbEntries(file))).outcome).toEqual({ ok: true, rows: 4 });
      expect(await treeFingerprint(root)).toEqual(before);

      // Bytes 18 and 19 of the header say 2 in a database in WAL mode.
      const bytes = await readFile(file);
      bytes[18] = 2;
      bytes[19] = 2;
      await writeFile(file, bytes);
      const walBefore = await treeFingerprint(root);
      const { outcome } = await drain(manifestDbEntries(file));
      expect(outcome.ok || outcome.reason).toBe(true);
      expect(await treeFingerprint(root)).toEqual(walBefore);
    });

    it.skipIf(!canDenyReads)('reads a database in a folder this account may not write to', async () => {
      const file = await manifest();
      await chmod(root, 0o555);
      await chmod(file, 0o444);
      const { outcome } = await withoutRootPowers(() => drain(manifestDbEntries(file)));
      expect(outcome).toEqual({ ok: true, rows: 4 });
    });

    it('hands rows out a thousand at a time, with no empty batch at the end', async () => {
      const file = path.join(root, 'Manifest.db');
      const rows = (count: number): ManifestRow[] => Array.from({ length: count }, (_, index) => ({ fileID: fileIdOf('HomeDomain', `f${index}`), domain: 'HomeDomain', relativePath: `f${index}`, flags: 2 }));
      for (const [count, sizes] of [
        [BATCH_SIZE, [BATCH_SIZE]],
        [2 * BATCH_SIZE + 1, [BATCH_SIZE, BATCH_SIZE, 1]],
      ] as const) {
        await writeManifestDb(file, rows(count));
        expect(await batchSizes(manifestDbEntries(file))).toEqual({ sizes, outcome: { ok: true, rows: count } });
      }
    });

    it('reads a domain or path up to 4,096 bytes, leaves out a longer one, and calls unknown flags "other"', async () => {
      const file = path.join(root, 'Manifest.db');
      const longest = 'a'.repeat(4096);
      await writeManifestDb(file, [
        { fileID: fileIdOf('HomeDomain', longest), domain: 'HomeDomain', relativePath: longest, flags: 1, size: 5 },
        { fileID: fileIdOf('x', 'y'), domain: `${longest}b`, relativePath: 'y', flags: 8 },
      ]);
      const { entries } = await drain(manifestDbEntries(file));
      expect(entries.map(({ domain, relativePath, kind, size }) => [domain.length, relativePath.length, kind, size])).toEqual([
        ['HomeDomain'.length, 4096, 'file', 5],
        [0, 1, 'other', null],
      ]);
    });

    it('reads a NULL domain or path as empty text', async () => {
      const file = path.join(root, 'Manifest.db');
      await writeManifestDb(file, [{ fileID: fileIdOf('HomeDomain', 'x'), domain: null, relativePath: null, flags: 2 }]);
      const { entries } = await drain(manifestDbEntries(file));
      expect(entries).toEqual([{ fileID: fileIdOf('HomeDomain', 'x'), domain: '', relativePath: '', kind: 'folder', size: null }]);
    });

    it('gives back the memory its query took in SQLite, whether the list was read whole, left part-way, or missing', async () => {
      const file = await manifest();
      expect(await textsLeftBy(async () => expect((await drain(manifestDbEntries(file))).outcome).toEqual({ ok: true, rows: 4 }))).toBe(0);
      expect(
        await textsLeftBy(async () => {
          const entries = manifestDbEntries(file);
          await entries.next();
          await entries.return({ ok: true, rows: 0 });
        }),
      ).toBe(0);
      const renamed = Buffer.from((await readFile(file)).toString('latin1').replaceAll('Files', 'Filez'), 'latin1');
      await writeFile(file, renamed);
      expect(await textsLeftBy(async () => expect((await drain(manifestDbEntries(file))).outcome).toEqual({ ok: false, reason: 'it has no list of files' }))).toBe(0);
    });

    it('says in words why an index cannot be read: no list of files, not a database, damaged, or absent', async () => {
      const file = path.join(root, 'Manifest.db');
      await writeManifestDb(file, []);
      // The same schema under another table name (the names are equally long, so the schema page stays whole).
      const renamed = Buffer.from((await readFile(file)).toString('latin1').replaceAll('Files', 'Filez'), 'latin1');
      await writeFile(file, renamed);
      expect((await drain(manifestDbEntries(file))).outcome).toEqual({ ok: false, reason: 'it has no list of files' });
      await writeFile(file, Buffer.alloc(8192, 0x41));
      expect((await drain(manifestDbEntries(file))).outcome).toEqual({ ok: false, reason: 'it is not a SQLite database' });
      expect((await drain(manifestDbEntries(path.join(root, 'absent.db')))).outcome).toEqual({ ok: false, reason: 'it could not be opened' });
    });

    it('says what is wrong, without throwing, with a database that has no Files table or is damaged mid-way', async () => {
      const file = path.join(root, 'Manifest.db');
      await writeManifestDb(file, []);
      const empty = await readFile(file);
      expect((await drain(manifestDbEntries(file))).outcome).toEqual({ ok: true, rows: 0 });

      await writeManifestDb(file, Array.from({ length: 3000 }, (_, index) => ({ fileID: fileIdOf('HomeDomain', `f${index}`), domain: 'HomeDomain', relativePath: `f${index}`, flags: 1, size: index })));
      const whole = await readFile(file);
      const damaged = Buffer.from(whole);
      damaged.fill(0xff, 8192, whole.length - 4096);
      await writeFile(file, damaged);
      const result = await drain(manifestDbEntries(file));
      expect(result.outcome).toEqual({ ok: false, reason: 'it is damaged' });

      // The first page alone of a database without the table: a valid SQLite file with nothing the app can use.
      await writeFile(file, empty.subarray(0, 4096));
      expect((await drain(manifestDbEntries(file))).outcome).toMatchObject({ ok: false });
    });
  });
});
