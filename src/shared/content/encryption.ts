/** What encrypting a local backup adds, and the one thing never to do: lose its password. */
import type { Route } from '../guidance/route';

/** The encryption choice, explained. */
export const ENCRYPTION = {
  title: 'Encrypt the backup (recommended)',
  adds: 'Encryption locks the backup with a password you choose. Only an encrypted backup keeps your saved passwords, Wi-Fi settings, website history, Health data and call history — an unencrypted one leaves them out.',
  warning:
    'Write the password down and keep it somewhere safe. If it is lost, nobody can open the backup: the password cannot be recovered, not even by Apple.',
};

/** Where the encryption option is in each program. */
export function encryptionHow(route: Route): string {
  switch (route) {
    case 'finder':
    case 'apple-devices':
    case 'itunes':
      return 'Tick “Encrypt local backup” and choose a password.';
    case 'idevicebackup2':
      return 'Run “idevicebackup2 -i encryption on” once and type a password when asked.';
    case 'none':
      return '';
  }
}
