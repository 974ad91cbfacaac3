import { describe, expect, it } from 'vitest';
import { launchCommand, MAC_OPEN, windowsDirectory } from '../../../../src/main/actions/launch-command';

describe('main', () => {
  describe('actions/launch-command', () => {
    it('opens a Mac app through /usr/bin/open, never an `open` found on PATH', () => {
      expect(MAC_OPEN).toBe('/usr/bin/open');
      expect(launchCommand({ macAppName: 'Finder' }, 'darwin', { PATH: '/tmp/evil' })).toEqual({ file: '/usr/bin/open', args: ['-a', 'Finder'] });
    });

    it('opens a Windows app through explorer.exe in Windows’ own folder', () => {
      expect(launchCommand({ windowsAppId: 'iTunes' }, 'win32', { SystemRoot: 'D:\\WINDOWS' })).toEqual({
        file: 'D:\\WINDOWS\\explorer.exe',
        args: ['shell:AppsFolder\\iTunes'],
      });
    });

    it.each([
      ['missing', undefined],
      ['relative', 'Windows'],
      ['a UNC share', '\\\\server\\share'],
      ['with a quote', 'C:\\Win"dows'],
      ['a bare drive', 'C:'],
    ])('falls back to C:\\Windows when SystemRoot is %s', (_name, systemRoot) => {
      expect(windowsDirectory({ SystemRoot: systemRoot })).toBe('C:\\Windows');
    });

    it('has nothing to start where the program does not exist', () => {
      expect(launchCommand({ macAppName: 'Finder' }, 'win32', {})).toBeNull();
      expect(launchCommand({ windowsAppId: 'iTunes' }, 'darwin', {})).toBeNull();
      expect(launchCommand({ macAppName: 'Finder', windowsAppId: 'iTunes' }, 'linux', {})).toBeNull();
    });
  });
});
