/** What encrypting a local backup adds, the one thing never to do (lose its password), and what switching it on sets off. */
import type { Route } from '../guidance/route';

/** The encryption choice, explained. */
export const ENCRYPTION = {
  title: 'Encrypt the backup (recommended)',
  adds: 'Encryption locks the backup with a password you choose. Only an encrypted backup keeps your saved passwords, Wi-Fi settings, website history, Health data and call history — an unencrypted one leaves them out.',
  warning:
    'Write the password down and keep it somewhere safe. If it is lost, nobody can open the backup: the password cannot be recovered, not even by Apple.',
};

/** Where the encryption option is in each program, and what happens the moment it is set. */
export function encryptionHow(route: Route): string {
  switch (route) {
    case 'finder':
    case 'apple-devices':
    case 'itunes':
      return `Select “Encrypt local backup” and choose a password. As soon as you set the password, ${programOf(route)} starts a backup by itself — that is expected, and this app follows it from there, so you will not need to click Back Up Now.`;
    case 'idevicebackup2':
      return 'Run “idevicebackup2 -i encryption on” once and type a password when asked.';
    case 'none':
      return '';
  }
}

function programOf(route: 'finder' | 'apple-devices' | 'itunes'): string {
  return { finder: 'Finder', 'apple-devices': 'Apple Devices', itunes: 'iTunes' }[route];
}
