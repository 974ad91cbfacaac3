import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { defaultBackupRoots } from '../../../../../../src/main/core/probes/backups/roots';

describe('backups probe', () => {
  describe('defaultBackupRoots', () => {
    it('looks in MobileSync under Application Support on a Mac', () => {
      expect(defaultBackupRoots({ platform: 'darwin', home: '/Users/ann', env: {} })).toEqual(['/Users/ann/Library/Application Support/MobileSync/Backup']);
    });

    it('looks in both places on Windows: Apple’s installer first, then the Microsoft Store', () => {
      const env = { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming', USERPROFILE: 'C:\\Users\\ann' };
      expect(defaultBackupRoots({ platform: 'win32', home: 'C:\\Users\\ann', env })).toEqual([
        'C:\\Users\\ann\\AppData\\Roaming\\Apple Computer\\MobileSync\\Backup',
        'C:\\Users\\ann\\Apple\\MobileSync\\Backup',
      ]);
    });

    it('derives the Windows places from the home folder when the variables are missing', () => {
      expect(defaultBackupRoots({ platform: 'win32', home: 'C:\\Users\\bob', env: {} })).toEqual([
        'C:\\Users\\bob\\AppData\\Roaming\\Apple Computer\\MobileSync\\Backup',
        'C:\\Users\\bob\\Apple\\MobileSync\\Backup',
      ]);
    });

    it('puts Roaming under the profile folder, not the home folder, when only USERPROFILE is set', () => {
      expect(defaultBackupRoots({ platform: 'win32', home: 'C:\\Users\\ann', env: { USERPROFILE: 'D:\\Profiles\\ann' } })).toEqual([
        'D:\\Profiles\\ann\\AppData\\Roaming\\Apple Computer\\MobileSync\\Backup',
        'D:\\Profiles\\ann\\Apple\\MobileSync\\Backup',
      ]);
    });

    it('has no standard place elsewhere', () => {
      expect(defaultBackupRoots({ platform: 'linux', home: '/home/ann', env: {} })).toEqual([]);
    });
  
    it('uses the system it runs on, this user’s home folder and environment, when given nothing', () => {
      expect(defaultBackupRoots()).toEqual(defaultBackupRoots({ platform: process.platform, home: os.homedir(), env: process.env }));
    });
  });
});
