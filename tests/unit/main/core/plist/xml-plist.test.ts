import fc from 'fast-check';
import { build, parse as libraryParse } from 'plist';
import { describe, expect, it } from 'vitest';
import { plainPlistValue } from '../../../../support/plist-values';
import { MESSAGE_LIMITS, PlistLimitError, type DecodeOptions } from '../../../../../src/main/core/plist/plist-limits';
import { createXmlPlistReader, decodeXmlPlist } from '../../../../../src/main/core/plist/xml-plist';

const MESSAGE: DecodeOptions = { limits: MESSAGE_LIMITS };
const xml = (body: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">${body}</plist>`);

const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    // XML 1.0 cannot carry most control characters or a lone surrogate; plist writers never emit them.
    fc.string().map((text) => [...text].filter((char) => char >= ' ' || char === '\n' || char === '\t').join('').replace(/[\ud800-\udfff\ufffe\uffff]/g, '')),
    fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }),
    fc.boolean(),
    fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes)),
    fc.array(tie('any'), { maxLength: 4 }),
    tie('dict'),
  ),
  dict: fc.dictionary(fc.stringMatching(/^[A-Za-z][\w ]{0,12}$/), tie('any'), { maxKeys: 4 }),
})).dict;

describe('plist', () => {
  describe('decodeXmlPlist', () => {
    it('decodes what the plist package writes exactly as the plist package reads it', () => {
      fc.assert(
        fc.property(value, (dict) => {
          const text = build(dict as Parameters<typeof build>[0]);
          expect(plainPlistValue(decodeXmlPlist(Buffer.from(text), MESSAGE))).toEqual(plainPlistValue(libraryParse(text)));
        }),
        { numRuns: 300 },
      );
    });

    it('reads UTF-16 with a byte-order mark, CDATA, character references and self-closing elements', () => {
      const body = '<dict><key>a</key><string><![CDATA[<b>]]> &amp; &#x263A;</string><key>e</key><array/><key>t</key><true/></dict>';
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<?xml version="1.0" encoding="UTF-16"?><plist>${body}</plist>`, 'utf16le')]);
      expect(decodeXmlPlist(utf16, MESSAGE)).toEqual({ a: '<b> & ☺', e: [], t: true });
    });

    it('stops at the wanted keys once it has them all, and passes over unwanted values without building them', () => {
      const reader = createXmlPlistReader({ ...MESSAGE, keys: new Set(['Device Name']) });
      reader.write(xml(`<dict><key>Applications</key><dict><key>x</key><data>${'QUFB'.repeat(1000)}</data></dict><key>Device Name</key><string>Ana</string>`));
      expect(reader.satisfied).toBe(true);
      expect(reader.end()).toEqual({ 'Device Name': 'Ana' });
    });

    it('does not expand entities a DOCTYPE declares (no billion laughs)', () => {
      const laughs = `<?xml version="1.0"?><!DOCTYPE plist [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><plist><string>&b;</string></plist>`;
      expect(() => decodeXmlPlist(Buffer.from(laughs), MESSAGE)).toThrow();
    });

    it('refuses nesting deeper than its budget before the parser holds it', () => {
      const deep = xml(`${'<array>'.repeat(200_000)}${'</array>'.repeat(200_000)}`);
      expect(() => decodeXmlPlist(deep, MESSAGE)).toThrow(/nests deeper than 32 levels/);
    });

    it('refuses more values than its budget', () => {
      expect(() => decodeXmlPlist(xml(`<array>${'<true/>'.repeat(30_000)}</array>`), MESSAGE)).toThrow(PlistLimitError);
      expect(() => decodeXmlPlist(xml(`<array>${'<string>x</string>'.repeat(30_000)}</array>`), MESSAGE)).toThrow(PlistLimitError);
    });

    it('refuses a text run, comment or attribute list larger than any real plist holds', () => {
      const reader = () => createXmlPlistReader(MESSAGE, 1024 * 1024);
      const feed = (parts: string[]) => () => {
        const decoding = reader();
        for (const part of parts) decoding.write(Buffer.from(part));
        decoding.end();
      };
      const mb = 'x'.repeat(256 * 1024);
      expect(feed(['<plist><string>', mb, mb, mb, mb, mb, '</string></plist>'])).toThrow(/run of text/);
      expect(feed(['<plist><!--', mb, mb, mb, mb, mb, '--></plist>'])).toThrow(/run of text/);
      expect(() => decodeXmlPlist(xml(`<dict ${Array.from({ length: 20 }, (_, i) => `a${i}="1"`).join(' ')}/>`), MESSAGE)).toThrow(/attributes/);
    });

    it.each([
      ['an unknown element', xml('<dict><key>a</key><script/></dict>')],
      ['text where a value belongs', xml('<dict>hello</dict>')],
      ['a key without a value', xml('<dict><key>a</key></dict>')],
      ['a value without a key', xml('<dict><string>a</string></dict>')],
      ['an integer that is not one', xml('<integer>12abc</integer>')],
      ['an integer of a thousand digits', xml(`<integer>${'9'.repeat(1000)}</integer>`)],
      ['a cut-short document', Buffer.from('<plist><dict><key>a</key><string>b')],
      ['two values at the top', xml('<true/><false/>')],
      ['no plist element', Buffer.from('<?xml version="1.0"?><dict/>')],
    ])('refuses %s as damaged', (_name, bytes) => {
      expect(() => decodeXmlPlist(bytes, MESSAGE)).toThrow(Error);
      try {
        decodeXmlPlist(bytes, MESSAGE);
      } catch (error) {
        expect(error).not.toBeInstanceOf(PlistLimitError);
      }
    });

    it('reads a date far out of range as an invalid date, and a huge integer as a number the field helpers refuse', () => {
      const dict = decodeXmlPlist(xml('<dict><key>d</key><date>+275760-09-13T00:00:01Z</date><key>i</key><integer>123456789012345678901234567890</integer></dict>'), MESSAGE) as Record<string, unknown>;
      expect(Number.isNaN((dict.d as Date).getTime())).toBe(true);
      expect(Number.isSafeInteger(dict.i)).toBe(false);
    });
  });
});
