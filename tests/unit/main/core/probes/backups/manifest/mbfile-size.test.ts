import fc from 'fast-check';
import { buildBinary, parseBinary } from 'plist';
import { describe, expect, it } from 'vitest';
import { MAX_MBFILE_BYTES, mbfileSize } from '../../../../../../../src/main/core/probes/backups/manifest/mbfile-size';
import { mbfileBlob } from '../../../../../../support/backup-fixtures';
import { rawBinaryPlist, type RawObject } from '../../../../../../support/hostile/binary-plist-bytes';

type Part = 'top' | '$top' | 'topDict' | '$objects' | 'objects' | 'root' | 'uid' | '$null' | 'file' | 'Size' | 'size';
interface HandWritten {
  refSize?: number;
  offsetSize?: number;
  /** The root UID object's bytes. */
  uid?: number[];
  /** The Size integer object's bytes. */
  size?: number[];
  /** The "Size" key's bytes. */
  key?: number[];
  /** The order objects are written in: the last one ends where the offset table starts. */
  order?: Part[];
}

const ascii = (text: string): RawObject => [0x50 | text.length, ...Buffer.from(text, 'latin1')];

/**
 * An archived MBFile assembled byte by byte, so a test can choose what no encoder lets it: every
 * width, and which object sits last, right against the offset table.
 */
function handWrittenMbfile(options: HandWritten = {}): Buffer {
  const refSize = options.refSize ?? 1;
  const order = options.order ?? ['top', '$top', 'topDict', '$objects', 'objects', 'root', 'uid', '$null', 'file', 'Size', 'size'];
  const ref = (part: Part): number[] => {
    const bytes = Buffer.alloc(refSize);
    bytes.writeUIntBE(order.indexOf(part), Math.max(0, refSize - 6), Math.min(refSize, 6));
    return [...bytes];
  };
  const parts: Record<Part, RawObject> = {
    top: [0xd2, ...ref('$top'), ...ref('$objects'), ...ref('topDict'), ...ref('objects')],
    $top: ascii('$top'),
    topDict: [0xd1, ...ref('root'), ...ref('uid')],
    $objects: ascii('$objects'),
    objects: [0xa2, ...ref('$null'), ...ref('file')],
    root: ascii('root'),
    uid: options.uid ?? [0x80, 0x01],
    $null: ascii('$null'),
    file: [0xd1, ...ref('Size'), ...ref('size')],
    Size: options.key ?? ascii('Size'),
    size: options.size ?? [0x11, 0x30, 0x39],
  };
  return rawBinaryPlist(order.map((part) => parts[part]), { top: order.indexOf('top'), refSize, offsetSize: options.offsetSize ?? 1 });
}

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
      const all: Part[] = ['top', '$top', 'topDict', '$objects', 'objects', 'root', 'uid', '$null', 'file', 'Size', 'size'];
      for (const last of all) {
        const order = [...all.filter((part) => part !== last), last];
        expect(mbfileSize(handWrittenMbfile({ order })), last).toBe(12_345);
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
      expect(mbfileSize(handWrittenMbfile({ uid: [0x81, 0x01], order: ['top', '$top', 'topDict', '$objects', 'objects', 'root', '$null', 'file', 'Size', 'size', 'uid'] }))).toBeNull();
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
  });
});
