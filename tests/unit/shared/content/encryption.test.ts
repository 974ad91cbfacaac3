/** Where each program keeps the encryption choice, and what setting its password sets off. */
import { describe, expect, it } from 'vitest';
import { encryptionHow } from '../../../../src/shared/content/encryption';

describe('content', () => {
  describe('encryptionHow', () => {
    it.each([
      ['finder', 'Finder'],
      ['apple-devices', 'Apple Devices'],
      ['itunes', 'iTunes'],
    ] as const)('tells a %s user that %s starts a backup by itself once the password is set', (route, program) => {
      expect(encryptionHow(route)).toBe(
        `Select “Encrypt local backup” and choose a password. As soon as you set the password, ${program} starts a backup by itself — that is expected, and this app follows it from there, so you will not need to click Back Up Now.`,
      );
    });

    it('gives the one command that switches encryption on for idevicebackup2', () => {
      expect(encryptionHow('idevicebackup2')).toBe('Run “idevicebackup2 -i encryption on” once and type a password when asked.');
    });

    it('says nothing where no program can back up', () => {
      expect(encryptionHow('none')).toBe('');
    });
  });
});
