import { describe, expect, it } from 'vitest';
import { hostDisplayName, macosName, windowsName } from '../../../src/shared/host-names';

describe('host-names', () => {
  describe('macosName', () => {
    it.each([
      ['10.9.5', 'Mavericks'],
      ['10.14.6', 'Mojave'],
      ['10.15.7', 'Catalina'],
      ['11.7', 'Big Sur'],
      ['15.1', 'Sequoia'],
      ['26.0.1', 'Tahoe'],
    ])('names %s %s', (version, name) => {
      expect(macosName(version)).toBe(name);
    });
    it('returns null for a release it does not know', () => {
      expect(macosName('99.0')).toBeNull();
    });
  });
  describe('windowsName', () => {
    it('tells Windows 11 from 10 by build 22000', () => {
      expect(windowsName('10.0.22631')).toBe('Windows 11');
      expect(windowsName('10.0.22000')).toBe('Windows 11');
      expect(windowsName('10.0.19045')).toBe('Windows 10');
    });
    it('names Windows 7 and 8.1', () => {
      expect(windowsName('6.1.7601')).toBe('Windows 7');
      expect(windowsName('6.3.9600')).toBe('Windows 8.1');
    });
  });
  describe('hostDisplayName', () => {
    it('reads as a person would say it', () => {
      expect(hostDisplayName('macos', '15.1')).toBe('macOS Sequoia 15.1');
      expect(hostDisplayName('windows', '10.0.22631')).toBe('Windows 11');
      expect(hostDisplayName('linux', '6.8.0')).toBe('Linux 6.8.0');
    });
  });

  describe('hostDisplayName for systems it has no name for', () => {
    it('says plainly "Windows", "macOS" with the version, or "Linux" when it knows no more', () => {
      expect(hostDisplayName('windows', '5.1.2600')).toBe('Windows');
      expect(hostDisplayName('macos', '9.9')).toBe('macOS 9.9');
      expect(hostDisplayName('linux', '')).toBe('Linux');
    });
  });
});
