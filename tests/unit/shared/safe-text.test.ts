import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDeviceUdid, safeBlock, safeText, shellQuote } from '../../../src/shared/safe-text';
import { execFileSync } from 'node:child_process';

/** Characters that would steer a terminal or reorder what a person reads. */
// eslint-disable-next-line no-control-regex -- the test looks for exactly these.
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('shared', () => {
  describe('safeText', () => {
    it.each([
      ['an ANSI colour and a screen clear', 'Ana\u001b[31m\u001b[2J', 'Ana [31m [2J'],
      ['an OSC 52 clipboard write', 'x\u001b]52;c;cm0gLXJmIH4=\u0007y', 'x ]52;c;cm0gLXJmIH4= y'],
      ['a right-to-left override', 'Ana\u202Egnp.exe', 'Anagnp.exe'],
      ['C1 controls and a line break', 'a\u009b2Jb\ncontinued', 'a 2Jb continued'],
      ['a lone surrogate', 'a\ud800b', 'a\ufffdb'],
    ])('takes %s out of one line', (_name, input, output) => {
      expect(safeText(input)).toBe(output);
    });

    it('keeps honest names exactly, emoji and accents included', () => {
      for (const name of ["Ana's iPhone", 'iPhone de José', '📱 Büro', 'אנה של אייפון']) expect(safeText(name)).toBe(name);
    });

    it('cuts a name longer than any real one', () => {
      expect(safeText('x'.repeat(10_000))).toHaveLength(80);
    });

    it('never lets an unsafe character through, whatever it is given', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), (text) => {
          expect(safeText(text)).not.toMatch(UNSAFE);
          expect(safeText(text)).not.toContain('\n');
          expect(safeBlock(text)).not.toMatch(UNSAFE);
        }),
        { numRuns: 2000 },
      );
    });
  });

  describe('safeBlock', () => {
    it('keeps the layout of a block of lines and drops what steers a terminal', () => {
      expect(safeBlock('Computer:       Mac\n  - Ana\u001b[8m hidden\u202E')).toBe('Computer:       Mac\n  - Ana [8m hidden');
    });
  });

  describe('isDeviceUdid', () => {
    it('accepts the two real shapes only', () => {
      expect(isDeviceUdid('00008120-001A2B3C4D5E001E')).toBe(true);
      expect(isDeviceUdid('00008120001A2B3C4D5E001E')).toBe(true);
      expect(isDeviceUdid('3f1c2b7a9e8d4c6b5a4f3e2d1c0b9a8f7e6d5c4b')).toBe(true);
      for (const fake of ['$(touch ~/pwned) ; echo #', 'usb:1-4:7', '00008120-001A2B3C4D5E001E; rm -rf ~', '']) expect(isDeviceUdid(fake)).toBe(false);
    });
  });

  describe('shellQuote', () => {
    it.skipIf(process.platform === 'win32')('gives the shell back exactly the argument, however hostile', () => {
      fc.assert(
        fc.property(fc.string({ minLength: 1, maxLength: 40 }).filter((text) => !text.includes('\u0000')), (argument) => {
          const echoed = execFileSync('/bin/sh', ['-c', `printf %s ${shellQuote(argument)}`]).toString();
          expect(echoed).toBe(argument);
        }),
        { numRuns: 60 },
      );
    });
  });

  describe('safeText at its edges', () => {
    it('keeps a text exactly as long as the limit, and cuts a longer one without a space before the ellipsis', () => {
      expect(safeText('abcde', 5)).toBe('abcde');
      expect(safeText('abc defgh', 5)).toBe('abc…');
      expect(safeText('  padded  ', 80)).toBe('padded');
    });
    it('removes bidirectional formatting and marks a lone surrogate with U+FFFD', () => {
      expect(safeText('a\u202eb\u2066c')).toBe('abc');
      expect(safeText('x\ud800y')).toBe('x\ufffdy');
      expect(safeBlock('x\udc00y\u202e')).toBe('x\ufffdy');
    });
  });
});
