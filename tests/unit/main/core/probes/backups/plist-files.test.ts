import { mkdir, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPlistFiles, MAX_PLIST_BYTES } from '../../../../../../src/main/core/probes/backups/plist-files';
import { deviceOf, infoPlist, makeTempRoot, removeTempRoot, statusPlist } from '../../../../../support/backup-fixtures';

const device = deviceOf({ udid: '00008110-001A2C3E0E38802E', deviceName: 'Big iPhone' });

let dir: string;
beforeEach(async () => {
  dir = await makeTempRoot('plists');
});
afterEach(async () => {
  await removeTempRoot(dir);
});

describe('backups probe', () => {
  describe('createPlistFiles', () => {
    it('parses a file once and reuses the result until the file changes', async () => {
      const file = path.join(dir, 'Status.plist');
      await writeFile(file, statusPlist(device, 'uploading'));
      const files = createPlistFiles();
      const first = await files.read(file);
      expect(await files.read(file)).toBe(first);
      await writeFile(file, statusPlist(device, 'finished'));
      const changed = await files.read(file);
      expect(changed).not.toBe(first);
      expect(changed).toMatchObject({ kind: 'ok', value: { SnapshotState: 'finished' } });
    });

    it('reads a 50 MB XML Info.plist in full when it must', async () => {
      const file = path.join(dir, 'Info.plist');
      const bytes = infoPlist(device, 'xml', 50 * 1024 * 1024);
      expect(bytes.length).toBeGreaterThan(50 * 1024 * 1024);
      await writeFile(file, bytes);
      const result = await createPlistFiles().read(file);
      expect(result).toMatchObject({ kind: 'ok', encoding: 'xml', value: { 'Device Name': 'Big iPhone', 'Product Version': '17.5.1' } });
    });

    it('reports a file too large to be a real plist without reading it', async () => {
      const file = path.join(dir, 'Info.plist');
      await writeFile(file, '');
      await truncate(file, MAX_PLIST_BYTES + 1);
      expect(await createPlistFiles().read(file)).toEqual({ kind: 'too-large', bytes: MAX_PLIST_BYTES + 1 });
    });

    it('checks whether a file is whole from its two ends alone', async () => {
      const files = createPlistFiles();
      const xml = infoPlist(device, 'xml', 100_000);
      const binary = infoPlist(device, 'binary', 100_000);
      await writeFile(path.join(dir, 'whole.xml'), xml);
      await writeFile(path.join(dir, 'cut.xml'), xml.subarray(0, xml.length - 200));
      await writeFile(path.join(dir, 'whole.bin'), binary);
      await writeFile(path.join(dir, 'cut.bin'), binary.subarray(0, binary.length - 200));
      await writeFile(path.join(dir, 'noise'), Buffer.from('not a plist at all'));
      expect(await files.check(path.join(dir, 'whole.xml'))).toEqual({ kind: 'ok', encoding: 'xml' });
      expect(await files.check(path.join(dir, 'whole.bin'))).toEqual({ kind: 'ok', encoding: 'binary' });
      expect(await files.check(path.join(dir, 'cut.xml'))).toEqual({ kind: 'damaged', reason: 'it is cut short' });
      expect(await files.check(path.join(dir, 'cut.bin'))).toEqual({ kind: 'damaged', reason: 'it is cut short' });
      expect(await files.check(path.join(dir, 'noise'))).toEqual({ kind: 'damaged', reason: 'it is not a property list' });
      expect(await files.check(path.join(dir, 'absent'))).toEqual({ kind: 'missing' });
    });

    it('reports a folder where a file should be as unreadable', async () => {
      await mkdir(path.join(dir, 'Manifest.plist'));
      expect(await createPlistFiles().read(path.join(dir, 'Manifest.plist'))).toEqual({ kind: 'unreadable', code: 'EISDIR' });
    });
  });
});
