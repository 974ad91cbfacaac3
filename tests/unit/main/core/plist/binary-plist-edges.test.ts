/**
 * The binary decoder at each of its edges, one damage at a time: every check is met by a file
 * that passes it by one and a file that fails it by one, and a refusal names the damage it found,
 * because that reason is what the backup list and the doctor show.
 */
import creator from 'bplist-creator';
import { describe, expect, it } from 'vitest';
import { binaryTrailerFits, decodeBinaryPlist } from '../../../../../src/main/core/plist/binary-plist';
import { MESSAGE_LIMITS, type PlistLimits } from '../../../../../src/main/core/plist/plist-limits';
import { refusal } from '../../../../support/plist-refusal';
import { rawBinaryPlist, type RawObject, type RawPlistOptions } from '../../../../support/hostile/binary-plist-bytes';

/** The string "x", the smallest object to point at. */
const X: RawObject = [0x51, 0x78];

function decode(objects: RawObject[], options: RawPlistOptions = {}, limits: PlistLimits = MESSAGE_LIMITS) {
  return decodeBinaryPlist(rawBinaryPlist(objects, options), { limits });
}

const refused = (objects: RawObject[], options: RawPlistOptions = {}, limits: PlistLimits = MESSAGE_LIMITS) => refusal(() => decode(objects, options, limits));

/** A copy of `bytes` whose trailer tells a different offset size or offset-table start, decoded. */
function withTrailer(bytes: Buffer, { offsetSize, tableOffset }: { offsetSize?: number; tableOffset?: number }): () => unknown {
  const copy = Buffer.from(bytes);
  if (offsetSize !== undefined) copy.writeUInt8(offsetSize, copy.length - 32 + 6);
  if (tableOffset !== undefined) copy.writeBigUInt64BE(BigInt(tableOffset), copy.length - 8);
  return () => decodeBinaryPlist(copy, { limits: MESSAGE_LIMITS });
}

/** A reference of `size` bytes to object `index`. */
const refOf = (index: number, size: number): number[] => Array.from({ length: size }, (_, i) => (i === size - 1 ? index : 0));

/** `levels` arrays, each holding the next, around the string "x". */
const nestedArrays = (levels: number): RawObject[] => [...Array.from({ length: levels }, (_, level) => [0xa1, ...refOf(level + 1, 2)]), X];

/** `levels` dictionaries, each holding the next under the key "k", around the string "x". */
function nestedDicts(levels: number): RawObject[] {
  const key = levels + 1;
  const objects: RawObject[] = Array.from({ length: levels }, (_, level) => [0xd1, ...refOf(key, 2), ...refOf(level + 1, 2)]);
  return [...objects, X, [0x51, 0x6b]];
}

const CUT_SHORT = 'PlistFormatError: it is cut short';
const GARBLED = 'PlistFormatError: its contents are garbled';
const OUTSIDE = 'PlistFormatError: it points outside itself';

describe('plist', () => {
  describe('binary trailer', () => {
    it('fits when its last 32 bytes describe the file, and not when fewer than 32 bytes are given', () => {
      const bytes = creator({ SnapshotState: 'finished' });
      expect(binaryTrailerFits(bytes.subarray(bytes.length - 32), bytes.length)).toBe(true);
      expect(binaryTrailerFits(bytes.subarray(bytes.length - 31), bytes.length)).toBe(false);
      expect(binaryTrailerFits(bytes, bytes.length - 1)).toBe(false);
      expect(refusal(() => decodeBinaryPlist(bytes.subarray(0, 20), { limits: MESSAGE_LIMITS }))).toBe(CUT_SHORT);
    });

    it('takes offsets and references of one to eight bytes, and refuses zero or nine', () => {
      for (const size of [1, 8]) {
        expect(decode([[0xa1, ...refOf(1, size)], X], { refSize: size, offsetSize: size })).toEqual(['x']);
      }
      expect(refused([[0xa1, ...refOf(1, 9)], X], { refSize: 9 })).toBe(CUT_SHORT);
      expect(refused([[0xa1, ...refOf(1, 2)], X], { offsetSize: 9 })).toBe(CUT_SHORT);
      expect(refused([[0xa1], X], { refSize: 0 })).toBe(CUT_SHORT);
      expect(refusal(withTrailer(rawBinaryPlist([X]), { offsetSize: 0 }))).toBe(CUT_SHORT);
    });

    it('refuses an offset table that starts inside the header or runs into the trailer, or a top object past it', () => {
      const honest = rawBinaryPlist([X]);
      const tableAt = honest.length - 32 - 4;
      expect(refusal(withTrailer(honest, { tableOffset: 7 }))).toBe(CUT_SHORT);
      // At 8 the table fits, but leaves no objects before it: what it reads as the first offset lies past their end.
      expect(refusal(withTrailer(honest, { tableOffset: 8 }))).toBe(OUTSIDE);
      expect(refusal(withTrailer(honest, { tableOffset: tableAt + 1 }))).toBe(CUT_SHORT);
      expect(refused([X, X], { count: 3 })).toBe(CUT_SHORT);
      expect(refused([X, X], { top: 2 })).toBe(CUT_SHORT);
      expect(decode([X, [0x51, 0x79]], { top: 1 })).toBe('y');
    });
  });

  describe('binary objects', () => {
    it('refuses a reference one past the last object, and an offset in the header or at the offset table', () => {
      expect(refused([[0xa1, ...refOf(2, 2)], X])).toBe('PlistFormatError: it refers to an object it does not have');
      expect(refused([[0xa1, ...refOf(1, 2)], X], { offsets: { 1: 7 } })).toBe(OUTSIDE);
      // Object 1 at offset 11 is the last byte before the table; at 12 it would be the table's first.
      expect(decode([[0xa1, ...refOf(1, 2)], [0x08]], { offsets: { 1: 11 } })).toEqual([false]);
      expect(refused([[0xa1, ...refOf(1, 2)], [0x08]], { offsets: { 1: 12 } })).toBe(OUTSIDE);
    });

    it('reads a string that ends at the objects’ end, and refuses one that would run one byte past it', () => {
      expect(decode([[0x53, 0x61, 0x62, 0x63]])).toBe('abc');
      expect(refused([[0x54, 0x61, 0x62, 0x63]])).toBe(CUT_SHORT);
      expect(refused([[0x5f, 0x10, 0x20, 0x61, 0x62]])).toBe(CUT_SHORT);
      // An array of two references with room for one and a half.
      expect(refused([X, [0xa2, 0, 0, 0]], { top: 1 })).toBe(CUT_SHORT);
    });

    it('reads a count written as an integer of one to eight bytes, and refuses one that is not an integer or is wider', () => {
      expect(decode([[0x5f, 0x13, 0, 0, 0, 0, 0, 0, 0, 1, 0x78]])).toBe('x');
      expect(refused([[0x5f, 0x51, 0x78]])).toBe(GARBLED);
      expect(refused([[0x5f, 0x14, ...new Array<number>(15).fill(0), 1, 0x78]])).toBe(GARBLED);
    });

    it('reads null, false and true, and refuses a fill byte', () => {
      expect(decode([[0xa3, ...refOf(1, 2), ...refOf(2, 2), ...refOf(3, 2)], [0x00], [0x08], [0x09]])).toEqual([null, false, true]);
      expect(refused([[0x0f]])).toBe(GARBLED);
    });

    it('reads integers of one to sixteen bytes (the low eight of sixteen), and refuses a 32-byte one', () => {
      expect(decode([[0x10, 0x7f]])).toBe(127);
      expect(decode([[0x12, 0, 1, 0, 0]])).toBe(65_536);
      expect(decode([[0x13, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe]])).toBe(-2);
      expect(decode([[0x14, ...new Array<number>(8).fill(0), 0, 0, 0, 0, 0, 0, 0x01, 0x00]])).toBe(256);
      expect(refused([[0x15, ...new Array<number>(32).fill(0)]])).toBe(GARBLED);
    });

    it('reads 4- and 8-byte reals and refuses other widths', () => {
      const single = Buffer.alloc(4);
      single.writeFloatBE(1.5);
      const double = Buffer.alloc(8);
      double.writeDoubleBE(-0.25);
      expect(decode([[0x22, ...single]])).toBe(1.5);
      expect(decode([[0x23, ...double]])).toBe(-0.25);
      expect(refused([[0x24, ...new Array<number>(16).fill(0)]])).toBe(GARBLED);
    });

    it('reads a date as seconds from 2001, and refuses a date marker of another width', () => {
      const seconds = Buffer.alloc(8);
      seconds.writeDoubleBE(86_400);
      expect(decode([[0x33, ...seconds]])).toEqual(new Date('2001-01-02T00:00:00Z'));
      expect(refused([[0x32, ...seconds]])).toBe(GARBLED);
    });

    it('refuses a number or a date one byte short of its width', () => {
      expect(refused([[0x13, 0, 0, 0, 0, 0, 0, 1]])).toBe(CUT_SHORT);
      expect(refused([[0x23, 0, 0, 0, 0, 0, 0, 1]])).toBe(CUT_SHORT);
      expect(refused([[0x33, 0, 0, 0, 0, 0, 0, 1]])).toBe(CUT_SHORT);
    });

    it('reads keyed-archive references (UIDs) of one to eight bytes, and refuses a wider one', () => {
      expect(decode([[0x80, 0x05]])).toEqual({ UID: 5 });
      expect(decode([[0x87, 0, 0, 0, 0, 0, 0, 0x01, 0x02]])).toEqual({ UID: 258 });
      expect(refused([[0x88, ...new Array<number>(9).fill(0)]])).toBe(GARBLED);
    });

    it('keeps a key named __proto__ as an ordinary entry: listed, writable and removable like any other', () => {
      const dict = decodeBinaryPlist(creator({ ['__proto__']: 'plain', Other: 1 } as Record<string, unknown>), { limits: MESSAGE_LIMITS }) as Record<string, unknown>;
      expect(Object.keys(dict).sort()).toEqual(['Other', '__proto__']);
      expect(Object.getOwnPropertyDescriptor(dict, '__proto__')).toEqual({ value: 'plain', enumerable: true, writable: true, configurable: true });
    });

    it('names a dictionary key that is not text, and an unknown marker', () => {
      expect(refused([[0xd1, 0, 1, 0, 1], [0x10, 0x05]])).toBe('PlistFormatError: a dictionary key is not text');
      expect(refused([[0x70]])).toBe(GARBLED);
    });
  });

  describe('binary limits', () => {
    const limits = (over: Partial<PlistLimits>): PlistLimits => ({ ...MESSAGE_LIMITS, ...over });

    it('takes arrays and dictionaries nested exactly as deep as allowed, and refuses one level more', () => {
      expect(decode(nestedArrays(3), {}, limits({ maxDepth: 3 }))).toEqual([[['x']]]);
      expect(refused(nestedArrays(4), {}, limits({ maxDepth: 3 }))).toBe('PlistLimitError: it nests deeper than 3 levels');
      expect(decode(nestedDicts(3), {}, limits({ maxDepth: 3 }))).toEqual({ k: { k: { k: 'x' } } });
      expect(refused(nestedDicts(4), {}, limits({ maxDepth: 3 }))).toBe('PlistLimitError: it nests deeper than 3 levels');
    });

    it('counts a key’s own nesting too: a key that is an array one level too deep is refused for its depth', () => {
      // A dictionary (level 1) whose key is an array (level 2) holding an array (level 3).
      const keyTooDeep: RawObject[] = [[0xd1, ...refOf(1, 2), ...refOf(3, 2)], [0xa1, ...refOf(2, 2)], [0xa1, ...refOf(3, 2)], X];
      expect(refused(keyTooDeep, {}, limits({ maxDepth: 2 }))).toBe('PlistLimitError: it nests deeper than 2 levels');
      expect(refused(keyTooDeep, {}, limits({ maxDepth: 3 }))).toBe('PlistFormatError: a dictionary key is not text');
    });

    it('takes exactly as many values as allowed, and refuses one more', () => {
      const array = (count: number): RawObject[] => [[0xa0 | count, ...Array.from({ length: count }, () => refOf(1, 2)).flat()], X];
      expect(decode(array(2), {}, limits({ maxNodes: 3 }))).toEqual(['x', 'x']);
      expect(refused(array(3), {}, limits({ maxNodes: 3 }))).toBe('PlistLimitError: it holds more than 3 values');
    });

    it('takes exactly as many bytes of text as allowed, counted across values, and refuses one more', () => {
      const text = (lengths: number[]): RawObject[] => [
        [0xa0 | lengths.length, ...lengths.flatMap((_, i) => refOf(i + 1, 2))],
        ...lengths.map((length) => [0x5f, 0x11, length >> 8, length & 0xff, ...new Array<number>(length).fill(0x61)]),
      ];
      expect(decode(text([1024, 1024]), {}, limits({ maxValueBytes: 2048 }))).toEqual(['a'.repeat(1024), 'a'.repeat(1024)]);
      expect(refused(text([1024, 1025]), {}, limits({ maxValueBytes: 2048 }))).toBe('PlistLimitError: its values take more than 2 kB');
    });
  });
});
