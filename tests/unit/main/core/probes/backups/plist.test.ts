import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binaryTrailerFits, decodePlist, plistEncoding } from '../../../../../../src/main/core/probes/backups/plist';
import { deviceOf, encodePlist, infoPlist, manifestPlist, statusPlist } from '../../../../../support/backup-fixtures';

const device = deviceOf({ udid: '00008110-001A2C3E0E38802E', deviceName: 'Ann’s iPhone' });
const samples = {
  binaryStatus: statusPlist(device, 'finished', 'binary'),
  xmlStatus: statusPlist(device, 'finished', 'xml'),
  binaryManifest: manifestPlist(device, true, 'binary'),
  xmlInfo: infoPlist(device, 'xml', 30_000),
  binaryInfo: infoPlist(device, 'binary', 30_000),
};

/** Keys and values of the kinds real backup plists hold. */
const plistScalar = fc.oneof(
  fc.string(),
  fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }),
  fc.boolean(),
  fc.integer({ min: 0, max: 4_102_444_800 }).map((seconds) => new Date(seconds * 1000)),
);
const plistDict = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, plistScalar, fc.array(tie('value'), { maxLength: 4 }), tie('dict')),
  dict: fc.dictionary(fc.string({ minLength: 1 }).filter((key) => key !== '__proto__'), tie('value'), { maxKeys: 5 }),
})).dict;

/** A valid plist with some of its bytes changed, removed or added. */
const mutated = fc
  .record({
    sample: fc.constantFrom(...Object.values(samples)),
    cut: fc.double({ min: 0, max: 1, noNaN: true }),
    flips: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
    insert: fc.uint8Array({ maxLength: 16 }),
  })
  .map(({ sample, cut, flips, insert }) => {
    const bytes = Buffer.from(sample);
    for (const [where, value] of flips) bytes[Math.floor(where * (bytes.length - 1))] = value;
    const at = Math.floor(cut * bytes.length);
    return Buffer.concat([bytes.subarray(0, at), insert, bytes.subarray(at, Math.max(at, bytes.length - insert.length))]);
  });

describe('backups probe', () => {
  describe('plistEncoding', () => {
    it('knows binary by its magic and XML by its declaration, doctype or root element', () => {
      expect(plistEncoding(samples.binaryStatus)).toBe('binary');
      expect(plistEncoding(samples.xmlStatus)).toBe('xml');
      expect(plistEncoding(Buffer.from('\uFEFF  <plist version="1.0"><dict/></plist>'))).toBe('xml');
      expect(plistEncoding(Buffer.from('{ "json": true }'))).toBeNull();
      expect(plistEncoding(new Uint8Array(0))).toBeNull();
    });
  });

  describe('decodePlist', () => {
    it('reads the same facts from both encodings', () => {
      const binary = decodePlist(samples.binaryStatus);
      const xml = decodePlist(samples.xmlStatus);
      expect(binary).toMatchObject({ ok: true, encoding: 'binary', value: { SnapshotState: 'finished', Date: device.date } });
      expect(xml).toMatchObject({ ok: true, encoding: 'xml', value: { SnapshotState: 'finished', Date: device.date } });
    });

    it('reads an XML Info.plist without decoding its icon data', () => {
      const result = decodePlist(samples.xmlInfo);
      expect(result).toMatchObject({ ok: true, value: { 'Device Name': 'Ann’s iPhone', 'Product Type': 'iPhone15,2' } });
      const apps = result.ok ? (result.value as { Applications: Record<string, { PlaceholderIcon: Uint8Array }> }).Applications : {};
      expect(Object.keys(apps).length).toBeGreaterThan(0);
      expect(Object.values(apps)[0]?.PlaceholderIcon).toHaveLength(0);
    });

    it('says "cut short" for a binary plist that lost its end, and for unclosed XML', () => {
      expect(decodePlist(samples.binaryManifest.subarray(0, 300))).toEqual({ ok: false, reason: 'it is cut short' });
      expect(decodePlist(samples.xmlStatus.subarray(0, samples.xmlStatus.length - 30))).toEqual({ ok: false, reason: 'it is cut short' });
      expect(binaryTrailerFits(samples.binaryManifest, samples.binaryManifest.length)).toBe(true);
    });

    it('names an empty file and a file that is not a plist', () => {
      expect(decodePlist(new Uint8Array(0))).toEqual({ ok: false, reason: 'the file is empty' });
      expect(decodePlist(Buffer.from('PK\x03\x04 a zip file'))).toEqual({ ok: false, reason: 'it is not a property list' });
    });

    it('keeps the log quiet for a damaged XML file', () => {
      const logged: unknown[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => logged.push(args);
      try {
        expect(decodePlist(Buffer.from('<plist><dict><key>a</key>')).ok).toBe(false);
      } finally {
        console.error = original;
      }
      expect(logged).toEqual([]);
    });

    it('round-trips any dictionary written by another library, in both encodings', () => {
      fc.assert(
        fc.property(plistDict, fc.constantFrom('xml' as const, 'binary' as const), (value, encoding) => {
          const result = decodePlist(encodePlist(value, encoding));
          expect(result).toEqual({ ok: true, encoding, value });
        }),
        { numRuns: 80 },
      );
    });

    it('never throws on random bytes', () => {
      fc.assert(
        fc.property(fc.oneof(fc.uint8Array({ maxLength: 512 }), fc.uint8Array({ maxLength: 200 }).map((tail) => Buffer.concat([Buffer.from('bplist00'), tail]))), (bytes) => {
          const result = decodePlist(bytes);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.reason).toMatch(/\w/);
        }),
        { numRuns: 400 },
      );
    });

    it('never throws on mutated real plists of either encoding', () => {
      fc.assert(
        fc.property(mutated, (bytes) => {
          const result = decodePlist(bytes);
          expect(typeof result.ok).toBe('boolean');
        }),
        { numRuns: 400 },
      );
    });
  });
});
