import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manifestMbdbEntries } from '../../../../../../../src/main/core/probes/backups/manifest/manifest-mbdb';
import { makeTempRoot, manifestMbdb, removeTempRoot } from '../../../../../../support/backup-fixtures';
import { drain } from '../../../../../../support/manifest-entries';

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
