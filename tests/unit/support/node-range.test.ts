/** The engines-range reader the Node floor test relies on, against the forms real packages use. */
import { describe, expect, it } from 'vitest';
import { floorOf, satisfiesNodeRange } from '../../support/node-range';

describe('support', () => {
  describe('node-range', () => {
    it.each([
      ['20.20.2', '>=22.12.0', false],
      ['22.12.0', '>= 22.12.0', true],
      ['22.11.9', '>=22.12', false],
      ['20.19.0', '^20.19.0 || >=22.12.0', true],
      ['20.18.3', '^20.19.0 || >=22.12.0', false],
      ['21.7.0', '^20.19.0 || >=22.12.0', false],
      ['22.12.0', '^20.19.0 || ^22.13.0 || >=24', false],
      ['24.1.0', '^20.19.0 || ^22.13.0 || >=24', true],
      ['20.19.0', '>= 12.22.0 < 13 || >= 14.17.0 < 15 || >= 16.0.0', true],
      ['12.23.0', '>= 12.22.0 < 13 || >= 14.17.0 < 15 || >= 16.0.0', true],
      ['13.1.0', '>= 12.22.0 < 13 || >= 14.17.0 < 15 || >= 16.0.0', false],
      ['20.19.0', '>=v12.22.7', true],
      ['20.19.0', undefined, true],
    ])('%s against %s: %s', (version, range, expected) => {
      expect(satisfiesNodeRange(version, range)).toBe(expected);
    });

    it('refuses a range it cannot read rather than guess', () => {
      expect(() => satisfiesNodeRange('20.19.0', '20.x')).toThrow(/Unsupported/);
    });

    it('reads a plain floor', () => {
      expect(floorOf('>= 22.12')).toBe('22.12.0');
      expect(() => floorOf('^20.19.0 || >=22.12.0')).toThrow(/Not a plain floor/);
    });
  });
});
