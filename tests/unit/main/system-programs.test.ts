import { describe, expect, it } from 'vitest';
import { MAC_OPEN, MAC_SW_VERS, windowsDirectory, windowsProgram } from '../../../src/main/system-programs';

describe('main', () => {
  describe('system-programs', () => {
    it('names the Mac’s programs by absolute path', () => {
      expect([MAC_OPEN, MAC_SW_VERS]).toEqual(['/usr/bin/open', '/usr/bin/sw_vers']);
    });

    it('finds Windows’ programs in %SystemRoot%', () => {
      const env = { SystemRoot: 'D:\\WINDOWS' };
      expect(windowsProgram('explorer.exe', env)).toBe('D:\\WINDOWS\\explorer.exe');
      expect(windowsProgram('sc.exe', env)).toBe('D:\\WINDOWS\\System32\\sc.exe');
      expect(windowsProgram('reg.exe', env)).toBe('D:\\WINDOWS\\System32\\reg.exe');
      expect(windowsProgram('powershell.exe', env)).toBe('D:\\WINDOWS\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
      expect(windowsDirectory({ SystemRoot: 'C:\\Windows\\' })).toBe('C:\\Windows');
      expect(windowsDirectory({ SystemRoot: 'D:\\Apps\\Windows' })).toBe('D:\\Apps\\Windows');
    });

    it.each([
      ['missing', undefined],
      ['relative', 'Windows'],
      ['a UNC share', '\\\\server\\share'],
      ['with a quote', 'C:\\Win"dows'],
      ['a bare drive', 'C:'],
      ['with text before the drive', 'evil C:\\Windows'],
      ['a folder of another OS', '/usr/bin'],
    ])('falls back to C:\\Windows when SystemRoot is %s', (_name, systemRoot) => {
      expect(windowsDirectory({ SystemRoot: systemRoot })).toBe('C:\\Windows');
    });
  });
});
