/**
 * The XML decoder at each of its edges: numbers and dates as Apple writes them, each kind of
 * damage named by its reason (the words the backup list and the doctor show), the wanted-keys
 * shortcut, and the streaming limits one character either side.
 */
import { describe, expect, it } from 'vitest';
import { MESSAGE_LIMITS, type DecodeOptions } from '../../../../../src/main/core/plist/plist-limits';
import { refusal } from '../../../../support/plist-refusal';
import { createXmlPlistReader, decodeXmlPlist } from '../../../../../src/main/core/plist/xml-plist';

const MESSAGE: DecodeOptions = { limits: MESSAGE_LIMITS };
const xml = (body: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">${body}</plist>`);
const decode = (body: string, options: DecodeOptions = MESSAGE) => decodeXmlPlist(xml(body), options);

const refused = (body: string, options: DecodeOptions = MESSAGE) => refusal(() => decode(body, options));

describe('plist', () => {
  describe('XML numbers and dates', () => {
    it('reads integers in decimal and hexadecimal, signed, with spaces around', () => {
      expect(decode('<array><integer> 42 </integer><integer>-7</integer><integer>0x1F</integer><integer>-0x10</integer><integer>+0XfF</integer></array>')).toEqual([42, -7, 31, -16, 255]);
    });

    it('refuses an integer with anything before or after its digits', () => {
      for (const text of ['abc12', '12abc', 'zz0x1F', '0x1Fzz', '0x', '0xg']) {
        expect(refused(`<integer>${text}</integer>`), text).toBe('PlistFormatError: an integer value is garbled');
      }
    });

    it('reads reals, NaN and both infinities as Core Foundation writes them, and refuses other text', () => {
      expect(decode('<array><real>1.5</real><real>\n-2e3\n</real><real>nan</real><real>NAN</real><real>+infinity</real><real>-infinity</real><real>inf</real></array>')).toEqual([
        1.5,
        -2000,
        Number.NaN,
        Number.NaN,
        Number.POSITIVE_INFINITY,
        Number.NEGATIVE_INFINITY,
        Number.POSITIVE_INFINITY,
      ]);
      expect(refused('<real>abc</real>')).toBe('PlistFormatError: a real value is garbled');
      expect(refused('<real>infinite</real>')).toBe('PlistFormatError: a real value is garbled');
      expect(refused('<real>minf</real>')).toBe('PlistFormatError: a real value is garbled');
    });

    it('takes a number or date of 64 characters, and refuses 65 (no date or number is longer)', () => {
      expect(decode(`<integer>${'0'.repeat(63)}7</integer>`)).toBe(7);
      expect(refused(`<integer>${'0'.repeat(64)}7</integer>`)).toBe('PlistFormatError: a <integer> value is garbled');
      expect(refused(`<date>${' '.repeat(45)}2024-05-01T10:00:00Z</date>`)).toBe('PlistFormatError: a <date> value is garbled');
      expect(refused(`<real>${'1'.repeat(65)}</real>`)).toBe('PlistFormatError: a <real> value is garbled');
    });

    it('keeps keys, strings and data of any length', () => {
      const long = 'a'.repeat(100);
      expect(decode(`<dict><key>${long}</key><string>${long}</string><key>d</key><data>${'QUFB'.repeat(30)}</data></dict>`)).toEqual({
        [long]: long,
        d: new Uint8Array(90).fill(0x41),
      });
    });

    it('reads base64 data wrapped over lines and indented, as Apple writes it', () => {
      expect(decode('<data>\n\tQUFB\n\tQkJC\n</data>')).toEqual(new Uint8Array([0x41, 0x41, 0x41, 0x42, 0x42, 0x42]));
    });

    it('reads <true/> and <false/> with only spaces inside, and refuses one holding text', () => {
      expect(decode('<array><true> </true><false></false></array>')).toEqual([true, false]);
      expect(refused('<true>yes</true>')).toBe('PlistFormatError: a <true> holds text');
    });
  });

  describe('XML damage', () => {
    it.each([
      ['a value outside any plist element', '<?xml version="1.0"?><dict/>', 'PlistFormatError: it is not a property list'],
      ['text before the plist element', 'hello<plist><true/></plist>', 'PlistFormatError: it has text where a value belongs'],
      ['a plist inside a plist', xml('<plist/>').toString(), 'PlistFormatError: it has a plist inside a plist'],
      ['two values at the top', xml('<true/><false/>').toString(), 'PlistFormatError: it holds two values at its top'],
      ['a value without a key', xml('<dict><string>a</string></dict>').toString(), 'PlistFormatError: a dictionary value has no key'],
      ['a key without a value', xml('<dict><key>a</key></dict>').toString(), 'PlistFormatError: a dictionary key has no value'],
      ['a key in an array', xml('<array><key>a</key></array>').toString(), 'PlistFormatError: a key is out of place'],
      ['two keys in a row', xml('<dict><key>a</key><key>b</key><true/></dict>').toString(), 'PlistFormatError: a key is out of place'],
      ['an element inside a string', xml('<string>a<dict/></string>').toString(), 'PlistFormatError: a <string> holds an element'],
      ['text where a value belongs', xml('<dict>hello</dict>').toString(), 'PlistFormatError: it has text where a value belongs'],
      ['an unknown element', xml('<dict><key>a</key><script/></dict>').toString(), 'PlistFormatError: it has an unknown element <script>'],
      ['an empty plist', xml('').toString(), 'PlistFormatError: it holds no value'],
    ])('names %s', (_name, text, reason) => {
      expect(refusal(() => decodeXmlPlist(Buffer.from(text), MESSAGE))).toBe(reason);
    });

    it('refuses a value without a key also where only some keys are wanted', () => {
      expect(refused('<dict><key>A</key><true/><string>a</string></dict>', { ...MESSAGE, keys: new Set(['A', 'B']) })).toBe('PlistFormatError: a dictionary value has no key');
    });

    it('takes an element with eight attributes, and refuses nine', () => {
      const withAttributes = (count: number) => `<dict ${Array.from({ length: count }, (_, i) => `a${i}="1"`).join(' ')}/>`;
      expect(decode(withAttributes(8))).toEqual({});
      expect(refused(withAttributes(9))).toBe('PlistLimitError: an element carries too many attributes');
    });

    it('takes elements nested exactly as deep as allowed inside the plist, and refuses one level more', () => {
      const limits = { ...MESSAGE_LIMITS, maxDepth: 3 };
      expect(decode('<array><array><array/></array></array>', { limits })).toEqual([[[]]]);
      expect(refused('<array><array><array><array/></array></array></array>', { limits })).toBe('PlistLimitError: it nests deeper than 3 levels');
    });
  });

  describe('XML wanted keys', () => {
    const only = (...keys: string[]): DecodeOptions => ({ ...MESSAGE, keys: new Set(keys) });

    it('waits for a wanted key at the top even when a nested dictionary has a key of that name first', () => {
      const reader = createXmlPlistReader(only('A', 'B'));
      reader.write(Buffer.from('<plist><dict><key>A</key><dict><key>B</key><string>inner</string></dict>'));
      expect(reader.satisfied).toBe(false);
      reader.write(Buffer.from('<key>B</key><string>outer</string></dict></plist>'));
      expect(reader.satisfied).toBe(true);
      expect(reader.end()).toEqual({ A: { B: 'inner' }, B: 'outer' });
    });

    it('builds a wanted value whole, its own keys included, and answers with the top dictionary', () => {
      expect(decode('<dict><key>A</key><dict><key>x</key><string>1</string></dict><key>Z</key><string>unwanted</string></dict>', only('A'))).toEqual({ A: { x: '1' } });
    });

    it('reads nothing more once satisfied: a later slice, however large or broken, is not read', () => {
      const reader = createXmlPlistReader(only('A'), 1024);
      reader.write(xml('<dict><key>A</key><true/>'));
      expect(reader.satisfied).toBe(true);
      reader.write(Buffer.from(`<broken ${'x'.repeat(4096)}`));
      expect(reader.end()).toEqual({ A: true });
    });
  });

  describe('XML streaming', () => {
    const reader = (maxRunChars = 1024) => createXmlPlistReader(MESSAGE, maxRunChars);

    it('takes a run of exactly the largest size between two parser events, and refuses one character more', () => {
      // The slice holding the last event counts whole, as the parser may hold any of it.
      const opening = '<plist><string>';
      for (const [length, fits] of [
        [1024 - opening.length, true],
        [1025 - opening.length, false],
      ] as const) {
        const decoding = reader();
        const run = () => {
          decoding.write(Buffer.from(opening));
          decoding.write(Buffer.from('x'.repeat(length)));
          decoding.write(Buffer.from('</string></plist>'));
          return decoding.end();
        };
        if (fits) expect(run()).toBe('x'.repeat(length));
        else expect(refusal(run)).toBe('PlistLimitError: it has a run of text larger than any real plist holds');
      }
    });

    it('counts comments as events: many small comments are not one long run', () => {
      const decoding = reader();
      decoding.write(Buffer.from('<plist>'));
      for (let i = 0; i < 20; i += 1) decoding.write(Buffer.from(`<!-- ${'c'.repeat(200)} -->`));
      decoding.write(Buffer.from('<true/></plist>'));
      expect(decoding.end()).toBe(true);
    });

    it('passes over an empty slice without choosing the text encoding from it', () => {
      const decoding = reader();
      decoding.write(new Uint8Array(0));
      decoding.write(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<plist><string>ü</string></plist>', 'utf16le')]));
      expect(decoding.end()).toBe('ü');
    });

    it('refuses a plist followed by half a character, which is text outside it', () => {
      const decoding = reader();
      decoding.write(Buffer.concat([xml('<true/>'), Buffer.from([0xe2])]));
      // The parser's own refusal, which the app words as "its contents are garbled".
      expect(() => decoding.end()).toThrow('text data outside of root node');
    });

    it('joins a character split between two slices', () => {
      const bytes = xml('<string>☺</string>');
      const cut = bytes.indexOf(Buffer.from('☺')) + 1;
      const decoding = reader();
      decoding.write(bytes.subarray(0, cut));
      decoding.write(bytes.subarray(cut));
      expect(decoding.end()).toBe('☺');
    });
  });
});
