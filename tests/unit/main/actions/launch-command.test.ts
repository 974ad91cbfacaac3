import { describe, expect, it } from 'vitest';
import { launchCommand } from '../../../../src/main/actions/launch-command';

describe('main', () => {
  describe('actions/launch-command', () => {
    it('opens a Mac app through /usr/bin/open, never an `open` found on PATH', () => {
      expect(launchCommand({ macAppName: 'Finder' }, 'darwin', { PATH: '/tmp/evil' })).toEqual({ file: '/usr/bin/open', args: ['-a', 'Finder'] });
    });

    it('opens a Windows app through explorer.exe in Windows’ own folder', () => {
      expect(launchCommand({ windowsAppId: 'iTunes' }, 'win32', { SystemRoot: 'D:\\WINDOWS', PATH: 'C:\\evil' })).toEqual({
        file: 'D:\\WINDOWS\\explorer.exe',
        args: ['shell:AppsFolder\\iTunes'],
      });
    });

    it('has nothing to start where the program does not exist', () => {
      expect(launchCommand({ macAppName: 'Finder' }, 'win32', {})).toBeNull();
      expect(launchCommand({ windowsAppId: 'iTunes' }, 'darwin', {})).toBeNull();
      expect(launchCommand({ macAppName: 'Finder', windowsAppId: 'iTunes' }, 'linux', {})).toBeNull();
    });
  });
});
