import fc from 'fast-check';
import { buildBinary, parseBinary } from 'plist';
import { describe, expect, it } from 'vitest';
import { MAX_MBFILE_BYTES, mbfileSize } from '../../../../../../../src/main/core/probes/backups/manifest/mbfile-size';
import { mbfileBlob } from '../../../../../../support/backup-fixtures';
import { handWrittenMbfile, MBFILE_PARTS, withLast } from '../../../../../../support/hostile/mbfile-bytes';

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

    it('reads an archive written with any width of offsets and references, up to eight bytes', () => {
      for (const width of [1, 2, 3, 4, 8]) {
        expect(mbfileSize(handWrittenMbfile({ offsetSize: width }))).toBe(12_345);
        expect(mbfileSize(handWrittenMbfile({ refSize: width }))).toBe(12_345);
      }
    });

    it('refuses offsets or references wider than eight bytes, or of no width', () => {
      expect(mbfileSize(handWrittenMbfile({ offsetSize: 9 }))).toBeNull();
      expect(mbfileSize(handWrittenMbfile({ refSize: 9 }))).toBeNull();
      const blob = handWrittenMbfile();
      for (const at of [blob.length - 26, blob.length - 25]) {
        const spoiled = Buffer.from(blob);
        spoiled[at] = 0;
        expect(mbfileSize(spoiled)).toBeNull();
      }
    });

    it('reads each kind of object when it sits last, right against the offset table', () => {
      for (const last of MBFILE_PARTS) {
        expect(mbfileSize(handWrittenMbfile({ order: withLast(last) })), last).toBe(12_345);
      }
    });

    it('reads a size and a root reference of every width the format has, and refuses wider ones', () => {
      expect(mbfileSize(handWrittenMbfile({ size: [0x10, 0x07] }))).toBe(7);
      expect(mbfileSize(handWrittenMbfile({ size: [0x12, 0, 0, 0x30, 0x39] }))).toBe(12_345);
      expect(mbfileSize(handWrittenMbfile({ size: [0x13, 0, 0, 0, 0, 0, 0, 0x30, 0x39] }))).toBe(12_345);
      expect(mbfileSize(handWrittenMbfile({ size: [0x14, ...Array<number>(15).fill(0), 0x07] }))).toBeNull();
      expect(mbfileSize(handWrittenMbfile({ uid: [0x87, 0, 0, 0, 0, 0, 0, 0, 0x01] }))).toBe(12_345);
      expect(mbfileSize(handWrittenMbfile({ uid: [0x88, 0, 0, 0, 0, 0, 0, 0, 0, 0x01] }))).toBeNull();
      // A size cut off by the offset table, and a UID that runs into it.
      expect(mbfileSize(handWrittenMbfile({ size: [0x12, 0x30, 0x39] }))).toBeNull();
      expect(mbfileSize(handWrittenMbfile({ uid: [0x81, 0x01], order: withLast('uid') }))).toBeNull();
    });

    it('reads a key whose length is written long, in any width the format has, and refuses wider ones', () => {
      const name = [...Buffer.from('Size')];
      for (const [marker, width] of [[0x10, 1], [0x11, 2], [0x12, 4], [0x13, 8]] as const) {
        const length = [...Array<number>(width - 1).fill(0), 4];
        expect(mbfileSize(handWrittenMbfile({ key: [0x5f, marker, ...length, ...name] })), `width ${width}`).toBe(12_345);
      }
      expect(mbfileSize(handWrittenMbfile({ key: [0x5f, 0x14, ...Array<number>(15).fill(0), 4, ...name] }))).toBeNull();
      expect(mbfileSize(handWrittenMbfile({ key: [0x5f, 0x00, 4, ...name] }))).toBeNull();
    });

    it('reads a blob of the largest size it takes, and refuses one byte more', () => {
      expect(mbfileSize(handWrittenMbfile({ totalBytes: MAX_MBFILE_BYTES }))).toBe(12_345);
      expect(mbfileSize(handWrittenMbfile({ totalBytes: MAX_MBFILE_BYTES + 1 }))).toBeNull();
    });

    it('refuses a trailer that counts more objects than its offset table holds, or fewer than it refers to', () => {
      const objects = 11;
      expect(mbfileSize(handWrittenMbfile({ count: objects }))).toBe(12_345);
      expect(mbfileSize(handWrittenMbfile({ count: objects + 1 }))).toBeNull();
      expect(mbfileSize(handWrittenMbfile({ count: objects + 1, offsetSize: 2 }))).toBeNull();
      // The size is the last object: a count one short leaves it outside.
      expect(mbfileSize(handWrittenMbfile({ count: objects - 1 }))).toBeNull();
    });

    it('reads each object as the kind its marker says, and no other', () => {
      // The top marked as an array over the same references, and $objects marked as a set.
      expect(mbfileSize(handWrittenMbfile({ topMarker: 0xa2 }))).toBeNull();
      expect(mbfileSize(handWrittenMbfile({ objectsMarker: 0xc2 }))).toBeNull();
      // The root as a plain integer, not a UID; the size as a UID or a string, not an integer.
      expect(mbfileSize(handWrittenMbfile({ uid: [0x10, 0x01] }))).toBeNull();
      expect(mbfileSize(handWrittenMbfile({ size: [0x81, 0x30, 0x39] }))).toBeNull();
      expect(mbfileSize(handWrittenMbfile({ size: [0x52, 0x30, 0x39] }))).toBeNull();
      // The key "Size" stored as four bytes of data, and a three-letter key followed by a stray "e".
      expect(mbfileSize(handWrittenMbfile({ key: [0x44, ...Buffer.from('Size')] }))).toBeNull();
      expect(mbfileSize(handWrittenMbfile({ key: [0x53, ...Buffer.from('Size')] }))).toBeNull();
    });

    it('gives null, not a crash, for a $objects reference outside the file, and for a root past the end of $objects', () => {
      expect(mbfileSize(handWrittenMbfile({ objectsRef: 0x7f }))).toBeNull();
      expect(mbfileSize(handWrittenMbfile({ objectsMarker: 0xa1 }))).toBeNull();
    });

    it('reads a short size with its top bit set as the large size it is, and refuses a size too large to be exact', () => {
      expect(mbfileSize(handWrittenMbfile({ size: [0x11, 0x80, 0x00] }))).toBe(32_768);
      expect(mbfileSize(handWrittenMbfile({ size: [0x12, 0x80, 0, 0, 0] }))).toBe(2_147_483_648);
      // The largest exact number, 2^53 - 1, and the first past it.
      expect(mbfileSize(handWrittenMbfile({ size: [0x13, 0, 0x1f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff] }))).toBe(Number.MAX_SAFE_INTEGER);
      expect(mbfileSize(handWrittenMbfile({ size: [0x13, 0, 0x20, 0, 0, 0, 0, 0, 0] }))).toBeNull();
      // Negative, as an eight-byte integer with its top bit set reads.
      expect(mbfileSize(handWrittenMbfile({ size: [0x13, 0x80, 0, 0, 0, 0, 0, 0, 0] }))).toBeNull();
    });

    it('refuses a blob whose header is not bplist00, however whole the rest is', () => {
      expect(mbfileSize(handWrittenMbfile())).toBe(12_345);
      for (let at = 0; at < 8; at += 1) {
        const spoiled = handWrittenMbfile();
        spoiled[at] = 0x21;
        expect(mbfileSize(spoiled), `byte ${at}`).toBeNull();
      }
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

    it('refuses an integer or a UID whose marker claims a long length, which neither kind has', () => {
      // 0xF in the low half means "a length follows" only for strings and collections.
      expect(mbfileSize(handWrittenMbfile({ size: [0x1f, 0x10, 0x00, 0x07] }))).toBeNull();
      expect(mbfileSize(handWrittenMbfile({ uid: [0x8f, 0x10, 0x00, 0x01] }))).toBeNull();
    });

    it('refuses a dictionary or array that counts more references than it holds, even when the one wanted is there', () => {
      for (const refSize of [1, 2]) {
        // The file's dictionary claims two keys and two values but stops after its first value, the size.
        const shortFile = (count: number) =>
          handWrittenMbfile({ refSize, order: withLast('file'), parts: (ref) => ({ file: [0xd0 | count, ...ref('Size'), ...ref('$null'), ...ref('size')] }) });
        expect(mbfileSize(shortFile(2)), `refSize ${refSize}`).toBeNull();
        const wholeFile = handWrittenMbfile({ refSize, order: withLast('file'), parts: (ref) => ({ file: [0xd2, ...ref('Size'), ...ref('$null'), ...ref('size'), ...ref('size')] }) });
        expect(mbfileSize(wholeFile), `refSize ${refSize}`).toBe(12_345);
        // $objects claims three items and holds two; the root is the second.
        expect(mbfileSize(handWrittenMbfile({ refSize, order: withLast('objects'), objectsMarker: 0xa3 })), `refSize ${refSize}`).toBeNull();
        expect(mbfileSize(handWrittenMbfile({ refSize, order: withLast('objects') })), `refSize ${refSize}`).toBe(12_345);
      }
    });

    it('looks for Size among a dictionary\'s keys only, not among its values', () => {
      // "Size" as the value of another key. The offset table right after the dictionary starts with
      // the byte 8, which, read as one more reference, would name the size object placed eighth.
      const order = withLast('file', ['top', '$top', 'topDict', '$objects', 'objects', 'root', 'uid', '$null', 'size', 'Size']);
      const valueNamedSize = handWrittenMbfile({ order, parts: (ref) => ({ file: [0xd1, ...ref('$null'), ...ref('Size')] }) });
      expect(mbfileSize(valueNamedSize)).toBeNull();
      expect(mbfileSize(handWrittenMbfile({ order }))).toBe(12_345);
    });

    it('refuses a root UID cut off by the offset table, whatever the table\'s bytes would add to it', () => {
      // The UID 0x00 followed by the table's first byte (8) would read as 8, a real item here.
      const manyItems = (ref: (part: 'file' | '$null') => number[]) => ({ objects: [0xa9, ...Array.from({ length: 8 }, () => ref('$null')).flat(), ...ref('file')] });
      expect(mbfileSize(handWrittenMbfile({ uid: [0x81, 0x00], order: withLast('uid'), parts: manyItems }))).toBeNull();
      expect(mbfileSize(handWrittenMbfile({ uid: [0x80, 0x08], order: withLast('uid'), parts: manyItems }))).toBe(12_345);
    });

    it('refuses a key cut off by the offset table, even when the table\'s next byte would complete it', () => {
      // "Siz" last, and the table's first entry (for $null, which is never read) made to be the byte "e".
      const order = withLast('Size', ['$null', ...MBFILE_PARTS.filter((part) => part !== '$null')]);
      const offsets = { 0: 'e'.charCodeAt(0) };
      expect(mbfileSize(handWrittenMbfile({ order, offsets, key: [0x54, ...Buffer.from('Siz')] }))).toBeNull();
      expect(mbfileSize(handWrittenMbfile({ order, offsets }))).toBe(12_345);
    });

    it('reads nothing in place of a root that is not a UID, not even the first item of $objects', () => {
      const fileFirst = (ref: (part: 'file') => number[]) => ({ objects: [0xa2, ...ref('file'), ...ref('file')] });
      expect(mbfileSize(handWrittenMbfile({ uid: [0x10, 0x00], parts: fileFirst }))).toBeNull();
      expect(mbfileSize(handWrittenMbfile({ uid: [0x80, 0x00], parts: fileFirst }))).toBe(12_345);
    });
  });
});
