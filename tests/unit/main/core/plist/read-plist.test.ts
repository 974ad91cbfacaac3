/**
 * The one door plist bytes come in by: which encoding the first bytes announce, and the reason a
 * person reads when the bytes are not a plist the app can use.
 */
import creator from 'bplist-creator';
import { describe, expect, it } from 'vitest';
import { decodePlistBytes, describePlistError, plistEncoding } from '../../../../../src/main/core/plist/read-plist';
import { MESSAGE_LIMITS, PlistFormatError, PlistLimitError, type PlistLimits } from '../../../../../src/main/core/plist/plist-limits';
import { rawBinaryPlist } from '../../../../support/hostile/binary-plist-bytes';

const XML = '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict><key>SnapshotState</key><string>finished</string></dict></plist>';

/** `text` as UTF-16 with its byte-order mark, little- or big-endian. */
function utf16(text: string, order: 'le' | 'be'): Buffer {
  const little = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return order === 'le' ? little : Buffer.from(little).swap16();
}

const decode = (bytes: Uint8Array, limits: PlistLimits = MESSAGE_LIMITS) => decodePlistBytes(bytes, { limits });

describe('plist', () => {
  describe('plistEncoding', () => {
    it('knows XML after blank lines and spaces, and in UTF-16 of either byte order', () => {
      expect(plistEncoding(Buffer.from(`\n\n   ${XML}`))).toBe('xml');
      expect(plistEncoding(utf16(XML, 'le'))).toBe('xml');
      expect(plistEncoding(utf16(XML, 'be'))).toBe('xml');
      expect(plistEncoding(Buffer.from('bplist00'))).toBe('binary');
      expect(plistEncoding(Buffer.from('bplist01'))).toBeNull();
    });
  });

  describe('decodePlistBytes', () => {
    it('reads each encoding with its own decoder', () => {
      expect(decode(Buffer.from(XML))).toEqual({ ok: true, encoding: 'xml', value: { SnapshotState: 'finished' } });
      expect(decode(utf16(XML, 'be'))).toEqual({ ok: true, encoding: 'xml', value: { SnapshotState: 'finished' } });
      expect(decode(creator({ SnapshotState: 'finished' }))).toEqual({ ok: true, encoding: 'binary', value: { SnapshotState: 'finished' } });
    });

    it('says an empty file is empty, and other bytes are not a property list', () => {
      expect(decode(new Uint8Array(0))).toEqual({ ok: false, reason: 'the file is empty' });
      expect(decode(Buffer.from('{ "SnapshotState": "finished" }'))).toEqual({ ok: false, reason: 'it is not a property list' });
    });

    it('gives the decoder’s own reason for damage, and the limit crossed for a plist too large', () => {
      expect(decode(rawBinaryPlist([[0xa1, 0, 5], [0x51, 0x78]]))).toEqual({ ok: false, reason: 'it refers to an object it does not have' });
      expect(decode(Buffer.from(XML.replace('</dict></plist>', '')))).toEqual({ ok: false, reason: 'it is cut short' });
      expect(decode(Buffer.from(XML.replace('<string>', '<strung>').replace('</string>', '</strung>')))).toEqual({ ok: false, reason: 'it has an unknown element <strung>' });
      expect(decode(Buffer.from(XML), { ...MESSAGE_LIMITS, maxNodes: 1 })).toEqual({ ok: false, reason: 'it is larger than any real one (it holds more than 1 values)' });
    });
  });

  describe('describePlistError', () => {
    it('words each kind of failure for a person', () => {
      expect(describePlistError(new PlistLimitError('it nests deeper than 2 levels'))).toBe('it is larger than any real one (it nests deeper than 2 levels)');
      expect(describePlistError(new PlistFormatError('a key is out of place'))).toBe('a key is out of place');
      expect(describePlistError(new Error('4:2: unclosed tag: dict'))).toBe('it is cut short');
      expect(describePlistError(new Error('Unexpected end of input'))).toBe('it is cut short');
      expect(describePlistError(new Error('disallowed character'))).toBe('its contents are garbled');
      expect(describePlistError('unclosed, but not an error')).toBe('it is cut short');
      expect(describePlistError(42)).toBe('its contents are garbled');
    });
  });
});
