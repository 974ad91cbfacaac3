import fc from 'fast-check';
import { buildBinary, parseBinary } from 'plist';
import { describe, expect, it } from 'vitest';
import { MAX_MBFILE_BYTES, mbfileSize } from '../../../../../../../src/main/core/probes/backups/manifest/mbfile-size';
import { mbfileBlob } from '../../../../../../support/backup-fixtures';

describe('manifest', () => {
  describe('mbfileSize', () => {
    it('reads the size an archived MBFile records, as a full plist decoder reads it', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 300 }), fc.nat({ max: Number.MAX_SAFE_INTEGER }), (relativePath, size) => {
          const blob = mbfileBlob({ relativePath, size });
          const decoded = parseBinary(blob) as { $objects: Array<Record<string, unknown>> };
          expect(mbfileSize(blob)).toBe(size);
          expect(Number(decoded.$objects[1]?.Size)).toBe(size);
        }),
        { numRuns: 300 },
      );
    });

    it('follows $top.root wherever it points, not a fixed position', () => {
      const blob = Buffer.from(
        buildBinary({
          $archiver: 'NSKeyedArchiver',
          $version: 100000,
          $top: { root: { UID: 2 } },
          $objects: ['$null', { Size: 1 }, { $class: { UID: 3 }, Size: 123_456, RelativePath: 'x' }, { $classname: 'MBFile' }],
        } as Parameters<typeof buildBinary>[0]),
      );
      expect(mbfileSize(blob)).toBe(123_456);
    });

    it('gives null, never a wrong number or a crash, for anything that is not an archived MBFile with a size', () => {
      const sizeless = Buffer.from(buildBinary({ $top: { root: { UID: 1 } }, $objects: ['$null', { Mode: 33188 }] } as Parameters<typeof buildBinary>[0]));
      const negative = Buffer.from(buildBinary({ $top: { root: { UID: 1 } }, $objects: ['$null', { Size: -5 }] } as Parameters<typeof buildBinary>[0]));
      const rootPastEnd = Buffer.from(buildBinary({ $top: { root: { UID: 9 } }, $objects: ['$null', { Size: 5 }] } as Parameters<typeof buildBinary>[0]));
      for (const blob of [new Uint8Array(0), Buffer.from('bplist00'), sizeless, negative, rootPastEnd, Buffer.alloc(MAX_MBFILE_BYTES + 1)]) expect(mbfileSize(blob)).toBeNull();
    });

    it('survives any corruption of a real blob', () => {
      const blob = mbfileBlob({ relativePath: 'Media/DCIM/100APPLE/IMG_0001.HEIC', size: 2_345_678 });
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.nat({ max: blob.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.nat({ max: blob.length }), (edits, cut) => {
          const spoiled = Buffer.from(blob);
          for (const [at, value] of edits) spoiled[at] = value;
          const result = mbfileSize(spoiled.subarray(0, cut === 0 ? blob.length : cut));
          expect(result === null || (Number.isSafeInteger(result) && result >= 0)).toBe(true);
        }),
        { numRuns: 2000 },
      );
    });
  });
});
