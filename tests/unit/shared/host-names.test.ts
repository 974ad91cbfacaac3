import { describe, expect, it } from 'vitest';
import { hostDisplayName, macosName, windowsName } from '../../../src/shared/host-names';

describe('host-names', () => {
  describe('macosName', () => {
    // Every release the app can meet, each under the name Apple gave it.
    it.each([
      ['10.9.5', 'Mavericks'],
      ['10.10.5', 'Yosemite'],
      ['10.11.6', 'El Capitan'],
      ['10.12.6', 'Sierra'],
      ['10.13.6', 'High Sierra'],
      ['10.14.6', 'Mojave'],
      ['10.15.7', 'Catalina'],
      ['11.7', 'Big Sur'],
      ['12.7.6', 'Monterey'],
      ['13.6.1', 'Ventura'],
      ['14.5', 'Sonoma'],
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
    it('names Windows 7, 8 and 8.1', () => {
      expect(windowsName('6.1.7601')).toBe('Windows 7');
      expect(windowsName('6.2.9200')).toBe('Windows 8');
      expect(windowsName('6.3.9600')).toBe('Windows 8.1');
    });
    it('reads the build as Windows 11 only on a system that reports 10.0', () => {
      // A later Windows with its own version number is not Windows 11 however high its build.
      expect(windowsName('11.0.26100')).toBe('Windows');
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
    it('calls any other system "This computer"', () => {
      expect(hostDisplayName('other', '14.1')).toBe('This computer');
    });
  });
});
