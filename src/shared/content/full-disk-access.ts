/**
 * The exact clicks that give the app Full Disk Access on a Mac, which macOS needs before any app
 * may read the folder where Finder keeps backups. System Settings (macOS 13 Ventura and later)
 * and System Preferences (macOS 12 and earlier) lay the page out differently.
 */
import { isAtLeast } from '../version';

/** The steps and where they start. */
export interface FullDiskAccessSteps {
  /** The settings page, as a trail of names. */
  where: string[];
  steps: string[];
}

/** The steps for this macOS version; the newest layout when the version is unknown. */
export function fullDiskAccessSteps(macosVersion: string): FullDiskAccessSteps {
  if (macosVersion && !isAtLeast(macosVersion, '13')) {
    return {
      where: ['System Preferences', 'Security & Privacy', 'Privacy', 'Full Disk Access'],
      steps: [
        'Click “Open Full Disk Access settings” below. System Preferences opens on the Privacy tab with Full Disk Access selected on the left.',
        'Click the lock in the bottom-left corner and enter your Mac’s password, so the list can be changed.',
        'Click the + button under the list.',
        'In the window that opens, choose Applications on the left, click Backup Lifeboat, then click Open.',
        'Make sure the box next to Backup Lifeboat is checked.',
        'If macOS asks, click “Quit & Reopen”. This page confirms as soon as the app can see your backups.',
      ],
    };
  }
  return {
    where: ['System Settings', 'Privacy & Security', 'Full Disk Access'],
    steps: [
      'Click “Open Full Disk Access settings” below. System Settings opens on the Full Disk Access list.',
      'If Backup Lifeboat is already in the list, turn on its switch and skip to the last step.',
      'Otherwise click the + button under the list, and enter your Mac’s password or use Touch ID when asked.',
      'In the window that opens, choose Applications on the left, click Backup Lifeboat, then click Open.',
      'Turn on the switch next to Backup Lifeboat.',
      'If macOS asks, click “Quit & Reopen”. This page confirms as soon as the app can see your backups.',
    ],
  };
}

/** Shown once the app can read the backup folder after being refused. */
export const FULL_DISK_ACCESS_GRANTED = {
  title: 'Full Disk Access is on',
  body: 'Backup Lifeboat can see the backups on this Mac now. It only reads them; it never changes anything there.',
};
