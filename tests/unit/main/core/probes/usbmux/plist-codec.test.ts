import { describe, expect, it } from 'vitest';
import { decodePlistDict, dictField, encodePlist, integerField, stringField, type PlistDict } from '../../../../../../src/main/core/probes/usbmux/plist-codec';

/** An XML plist whose top level is `body`. */
const xml = (body: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><plist version="1.0">${body}</plist>`, 'utf8');

describe('probes', () => {
  describe('usbmux plist codec', () => {
    it('encodes a dictionary that decodes to the same, names with curly quotes included', () => {
      const dict: PlistDict = { MessageType: 'Listen', DeviceName: 'Ana’s iPhone', ProductID: 4776, Props: { ConnectionType: 'USB' } };
      const bytes = encodePlist(dict);
      expect(bytes.toString('utf8')).toContain('<string>Ana’s iPhone</string>');
      expect(decodePlistDict(bytes)).toEqual(dict);
    });

    it('decodes only a dictionary at the top: not an array, a string, a number, a date or data', () => {
      for (const body of ['<array><string>x</string></array>', '<string>x</string>', '<integer>1</integer>', '<date>2026-11-20T12:00:00Z</date>', '<data>AAEC</data>']) {
        expect(decodePlistDict(xml(body)), body).toBeNull();
      }
      expect(decodePlistDict(xml('<dict><key>Number</key><integer>0</integer></dict>'))).toEqual({ Number: 0 });
    });

    it('decodes unreadable bytes as nothing rather than throwing', () => {
      expect(decodePlistDict(Buffer.from('bplist00 not really'))).toBeNull();
      expect(decodePlistDict(Buffer.alloc(0))).toBeNull();
    });

    it('reads a string field only when it is a string', () => {
      const dict: PlistDict = { Name: 'iPhone', Count: 3 };
      expect(stringField(dict, 'Name')).toBe('iPhone');
      expect(stringField(dict, 'Count')).toBeNull();
      expect(stringField(dict, 'Missing')).toBeNull();
      expect(stringField(null, 'Name')).toBeNull();
      expect(stringField(undefined, 'Name')).toBeNull();
    });

    it('reads an integer field only when it is a whole number a double holds exactly', () => {
      const dict: PlistDict = { Port: 62078, Half: 1.5, Huge: 2 ** 53, Text: '62078' };
      expect(integerField(dict, 'Port')).toBe(62078);
      expect(integerField(dict, 'Half')).toBeNull();
      expect(integerField(dict, 'Huge')).toBeNull();
      expect(integerField(dict, 'Text')).toBeNull();
      expect(integerField(null, 'Port')).toBeNull();
    });

    it('reads a dictionary field only when it is a dictionary', () => {
      const inner: PlistDict = { ConnectionType: 'USB' };
      const dict: PlistDict = { Properties: inner, List: [inner], When: new Date(0), Bytes: new Uint8Array([1]), Text: 'x', Nothing: null as unknown as string };
      expect(dictField(dict, 'Properties')).toBe(inner);
      for (const key of ['List', 'When', 'Bytes', 'Text', 'Nothing', 'Missing']) expect(dictField(dict, key), key).toBeNull();
      expect(dictField(undefined, 'Properties')).toBeNull();
    });
  });
});
