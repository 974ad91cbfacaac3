/** The shape a file ID must have before the app looks up a file under that name in a backup folder. */
import { describe, expect, it } from 'vitest';
import { FILE_ID_SHAPE } from '../../../../../../../src/main/core/probes/backups/manifest/entry';

const ID = '3d0d7e5fb2ce288813306e4d4636395e047a3d28';

describe('manifest', () => {
  describe('FILE_ID_SHAPE', () => {
    it('takes exactly 40 hex digits, in either case', () => {
      expect(FILE_ID_SHAPE.test(ID)).toBe(true);
      expect(FILE_ID_SHAPE.test(ID.toUpperCase())).toBe(true);
      expect(FILE_ID_SHAPE.test(ID.slice(1))).toBe(false);
      expect(FILE_ID_SHAPE.test(`${ID}0`)).toBe(false);
    });

    it('refuses a valid ID with a path before or after it, which could lead outside the backup', () => {
      expect(FILE_ID_SHAPE.test(`../../${ID}`)).toBe(false);
      expect(FILE_ID_SHAPE.test(`${ID}/../../etc/passwd`)).toBe(false);
      expect(FILE_ID_SHAPE.test(`${ID}\n`)).toBe(false);
    });
  });
});
