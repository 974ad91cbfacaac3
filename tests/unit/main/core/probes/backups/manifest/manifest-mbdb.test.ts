import { createHash } from 'node:crypto';
import { truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BATCH_SIZE } from '../../../../../../../src/main/core/probes/backups/manifest/entry';
import { MAX_MBDB_BYTES, manifestMbdbEntries } from '../../../../../../../src/main/core/probes/backups/manifest/manifest-mbdb';
import { makeTempRoot, manifestMbdb, removeTempRoot } from '../../../../../../support/backup-fixtures';
import { batchSizes, drain } from '../../../../../../support/manifest-entries';

let root: string;
beforeEach(async () => {
  root = await makeTempRoot('mbdb');
});
afterEach(async () => {
  await removeTempRoot(root);
});

describe('manifest', () => {
  describe('manifestMbdbEntries', () => {
    it('reads every record, its kind and length, and names its stored file by SHA-1 of domain-path', async () => {
      const file = path.join(root, 'Manifest.mbdb');
      await writeFile(
        file,
        manifestMbdb([
          { domain: 'HomeDomain', relativePath: 'Library/SMS', kind: 'folder', size: 0 },
          { domain: 'HomeDomain', relativePath: 'Library/SMS/sms.db', kind: 'file', size: 412_672 },
          { domain: 'HomeDomain', relativePath: 'Library/Mail/link', kind: 'link', size: 0, linkTarget: '/var/mobile/x' },
          { domain: 'CameraRollDomain', relativePath: 'Media/DCIM/100APPLE/IMG_0007.JPG', kind: 'file', size: 3_000_001 },
        ]),
      );
      const { entries, outcome } = await drain(manifestMbdbEntries(file));
      expect(outcome).toEqual({ ok: true, rows: 4 });
      expect(entries.map(({ kind, size }) => [kind, size])).toEqual([['folder', null], ['file', 412_672], ['link', null], ['file', 3_000_001]]);
      expect(entries[1]?.fileID).toBe(createHash('sha1').update('HomeDomain-Library/SMS/sms.db').digest('hex'));
      expect(entries[1]?.fileID).toBe('3d0d7e5fb2ce288813306e4d4636395e047a3d28');
    });

    it('reads the "no string" marker Apple writes for a domain\'s own folder as an empty path', async () => {
      const file = path.join(root, 'Manifest.mbdb');
      await writeFile(file, manifestMbdb([{ domain: 'HomeDomain', relativePath: null, kind: 'folder', size: 0 }]));
      const { entries } = await drain(manifestMbdbEntries(file));
      expect(entries).toEqual([{ fileID: createHash('sha1').update('HomeDomain-').digest('hex'), domain: 'HomeDomain', relativePath: '', kind: 'folder', size: null }]);
    });

    it('hands entries out a thousand at a time, with no empty batch at the end', async () => {
      const file = path.join(root, 'Manifest.mbdb');
      const records = (count: number) => Array.from({ length: count }, (_, index) => ({ domain: 'HomeDomain', relativePath: `f${index}`, kind: 'folder' as const, size: 0 }));
      for (const [count, sizes] of [
        [BATCH_SIZE, [BATCH_SIZE]],
        [2 * BATCH_SIZE + 1, [BATCH_SIZE, BATCH_SIZE, 1]],
      ] as const) {
        await writeFile(file, manifestMbdb(records(count)));
        expect(await batchSizes(manifestMbdbEntries(file))).toEqual({ sizes, outcome: { ok: true, rows: count } });
      }
    });

    it('reads an index with no records as an empty list', async () => {
      const file = path.join(root, 'Manifest.mbdb');
      await writeFile(file, manifestMbdb([]));
      expect(await drain(manifestMbdbEntries(file))).toEqual({ entries: [], outcome: { ok: true, rows: 0 } });
      await writeFile(file, 'mbdb\x05');
      expect((await drain(manifestMbdbEntries(file))).outcome).toEqual({ ok: false, reason: 'it is not a backup file index' });
    });

    it('calls a device node "other" and gives no size where the recorded one is past what a number holds exactly', async () => {
      const file = path.join(root, 'Manifest.mbdb');
      const bytes = manifestMbdb([
        { domain: 'HomeDomain', relativePath: 'dev/null', kind: 'file', size: 0 },
        { domain: 'HomeDomain', relativePath: 'huge', kind: 'file', size: 0 },
      ]);
      // Patch the first record's mode to a character device and the second's length past 2^53.
      const first = bytes.indexOf('dev/null') + 'dev/null'.length + 2 + 2 + 20 + 2;
      bytes.writeUInt16BE(0o020644, first);
      const second = bytes.indexOf('huge') + 'huge'.length + 2 + 2 + 20 + 2;
      bytes.writeBigUInt64BE(2n ** 60n, second + 30);
      await writeFile(file, bytes);
      expect((await drain(manifestMbdbEntries(file))).entries.map(({ kind, size }) => [kind, size])).toEqual([
        ['other', null],
        ['file', null],
      ]);
    });

    it('refuses an index larger than any phone writes without reading it, and reads one at the limit', async () => {
      const file = path.join(root, 'Manifest.mbdb');
      await writeFile(file, '');
      await truncate(file, MAX_MBDB_BYTES + 1);
      expect((await drain(manifestMbdbEntries(file))).outcome).toEqual({ ok: false, reason: 'it is unusually large (96 MB)' });
      await truncate(file, MAX_MBDB_BYTES);
      expect((await drain(manifestMbdbEntries(file))).outcome).toEqual({ ok: false, reason: 'it is not a backup file index' });
    });

    it('says so, without throwing, for a file that is not an index or is cut short', async () => {
      const file = path.join(root, 'Manifest.mbdb');
      await writeFile(file, 'mbdx\x02\x00 something else');
      expect((await drain(manifestMbdbEntries(file))).outcome).toEqual({ ok: false, reason: 'it is not a backup file index' });
      const whole = manifestMbdb([{ domain: 'HomeDomain', relativePath: 'Library/SMS/sms.db', kind: 'file', size: 10 }]);
      for (const cut of [7, 20, whole.length - 3]) {
        await writeFile(file, whole.subarray(0, cut));
        expect((await drain(manifestMbdbEntries(file))).outcome).toEqual({ ok: false, reason: 'it is cut short' });
      }
      expect((await drain(manifestMbdbEntries(path.join(root, 'absent')))).outcome).toEqual({ ok: false, reason: 'it could not be read' });
    });
  });
});
