import { describe, expect, it } from 'vitest';
import { compareVersions, isAtLeast, parseVersion } from '../../../src/shared/version';

describe('version', () => {
  describe('compareVersions', () => {
    it('reads 10.9 as older than 10.15 (per component, not as text)', () => {
      expect(compareVersions('10.9', '10.15')).toBeLessThan(0);
      expect(compareVersions('10.15', '10.9')).toBeGreaterThan(0);
    });
    it('treats missing components as zero', () => {
      expect(compareVersions('15', '15.0.0')).toBe(0);
      expect(compareVersions('10.15', '10.15.1')).toBeLessThan(0);
    });
    it('orders macOS 26 after 15', () => {
      expect(compareVersions('26.1', '15.7')).toBeGreaterThan(0);
    });
  });
  describe('isAtLeast', () => {
    it('is true for the minimum itself and anything newer', () => {
      expect(isAtLeast('10.15', '10.15')).toBe(true);
      expect(isAtLeast('11.0.1', '10.15')).toBe(true);
      expect(isAtLeast('10.14.6', '10.15')).toBe(false);
    });
  });
  describe('parseVersion', () => {
    it('turns garbage parts into zeros instead of NaN', () => {
      expect(parseVersion('10.x.3')).toEqual([10, 0, 3]);
    });
    it('reads a negative part as zero, since no release is numbered below zero', () => {
      expect(parseVersion('10.-4.1')).toEqual([10, 0, 1]);
    });
  });
});
