import creator from 'bplist-creator';
import fc from 'fast-check';
import { parse as libraryParse } from 'plist';
import { describe, expect, it } from 'vitest';
import { plainPlistValue } from '../../../../support/plist-values';
import { decodeBinaryPlist } from '../../../../../src/main/core/plist/binary-plist';
import { BACKUP_FILE_LIMITS, MESSAGE_LIMITS, PlistFormatError, PlistLimitError, type DecodeOptions } from '../../../../../src/main/core/plist/plist-limits';
import { dictionaryBomb, rawBinaryPlist, referenceBomb, selfReference } from '../../../../support/hostile/binary-plist-bytes';
import { timeBudgetMs } from '../../../../support/machine-load';

const MESSAGE: DecodeOptions = { limits: MESSAGE_LIMITS };

/** Values of every kind a binary plist holds, as bplist-creator writes them. */
const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((number) => !Number.isInteger(number)),
    fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes)),
    fc.array(tie('any'), { maxLength: 4 }),
    tie('dict'),
  ),
  dict: fc.dictionary(fc.string({ minLength: 1 }).filter((key) => key !== '__proto__'), tie('any'), { maxKeys: 4 }),
})).dict;

describe('plist', () => {
  describe('decodeBinaryPlist', () => {
    it('decodes what another library wrote exactly as the plist package reads it', () => {
      fc.assert(
        fc.property(value, (dict) => {
          const bytes = creator(dict);
          const ours = decodeBinaryPlist(bytes, MESSAGE);
          expect(plainPlistValue(ours)).toEqual(plainPlistValue(libraryParse(new Uint8Array(bytes) as unknown as string)));
        }),
        { numRuns: 300 },
      );
    });

    it('reads dates, big integers and a key named __proto__ as data, not as a prototype', () => {
      const date = new Date('2026-11-20T08:15:00Z');
      const bytes = creator({ Date: date, Big: 2 ** 40, ['__proto__']: 'plain' } as Record<string, unknown>);
      const dict = decodeBinaryPlist(bytes, MESSAGE) as Record<string, unknown>;
      expect(dict.Date).toEqual(date);
      expect(dict.Big).toBe(2 ** 40);
      expect(Object.getPrototypeOf(dict)).toBe(Object.prototype);
      expect(Object.getOwnPropertyDescriptor(dict, '__proto__')?.value).toBe('plain');
    });

    it('builds only the wanted keys of the top dictionary, and data as empty bytes when asked to drop it', () => {
      const bytes = creator({ Wanted: 'yes', Icons: { a: Buffer.alloc(4096, 1) }, Blob: Buffer.alloc(100, 2) });
      expect(decodeBinaryPlist(bytes, { ...MESSAGE, keys: new Set(['Wanted', 'Blob']), data: 'drop' })).toEqual({ Wanted: 'yes', Blob: new Uint8Array(0) });
    });

    it('refuses a few-hundred-byte plist whose shared references expand to four billion values, at once', () => {
      const bomb = referenceBomb(32);
      expect(bomb.length).toBeLessThan(400);
      const started = performance.now();
      expect(() => decodeBinaryPlist(bomb, { limits: BACKUP_FILE_LIMITS })).toThrow(PlistLimitError);
      expect(() => decodeBinaryPlist(dictionaryBomb('DeviceList', 24), MESSAGE)).toThrow(/more than 20000 values/);
      expect(performance.now() - started).toBeLessThan(timeBudgetMs(3000));
    });

    it('refuses a cycle by its depth', () => {
      expect(() => decodeBinaryPlist(selfReference(), MESSAGE)).toThrow(/nests deeper than 32 levels/);
    });

    it.each<[string, Buffer]>([
      ['an offset before the header', rawBinaryPlist([[0xa1, 0, 1], [0x51, 0x78]], { offsets: { 1: 2 } })],
      ['an offset past the objects', rawBinaryPlist([[0xa1, 0, 1], [0x51, 0x78]], { offsets: { 1: 0xffff_fff0 } })],
      ['a reference to an object it does not have', rawBinaryPlist([[0xa1, 0, 9], [0x51, 0x78]])],
      ['a top object past the table', rawBinaryPlist([[0x51, 0x78]], { top: 5 })],
      ['more objects than its table holds', rawBinaryPlist([[0x51, 0x78]], { count: 2 ** 40 })],
      ['a string longer than the file', rawBinaryPlist([[0x5f, 0x13, 0x7f, 0xff, 0xff, 0xff, 0x78]])],
      ['an array longer than the file', rawBinaryPlist([[0xaf, 0x13, 0x7f, 0xff, 0xff, 0xff]])],
      ['a length that is not an integer', rawBinaryPlist([[0x5f, 0x51, 0x78]])],
      ['an unknown marker', rawBinaryPlist([[0x70]])],
      ['a dictionary key that is not text', rawBinaryPlist([[0xd1, 0, 1, 0, 1], [0x10, 0x05]])],
    ])('refuses %s as damaged, without reading outside the file', (_name, bytes) => {
      expect(() => decodeBinaryPlist(bytes, MESSAGE)).toThrow(PlistFormatError);
    });

    it('refuses every cut-short or bit-flipped version of a real plist with a reason, never a crash', () => {
      const honest = creator({ SnapshotState: 'finished', Date: new Date(), List: [1, 2, 'three', { deep: true }] });
      fc.assert(
        fc.property(fc.nat(honest.length), fc.array(fc.tuple(fc.nat(honest.length - 1), fc.nat(255)), { maxLength: 6 }), (cut, flips) => {
          const bytes = Buffer.from(honest);
          for (const [at, byte] of flips) bytes[at] = byte;
          try {
            decodeBinaryPlist(bytes.subarray(0, Math.max(cut, 40)), MESSAGE);
          } catch (error) {
            expect(error).toBeInstanceOf(Error);
            expect((error as Error).name).toMatch(/^Plist(Format|Limit)Error$/);
          }
        }),
        { numRuns: 500 },
      );
    });
  });
});
