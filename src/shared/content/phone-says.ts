/**
 * What the phone itself says under Settings → your name → iCloud → iCloud Backup, and which
 * check of the iCloud checklist fixes each. A person who has read the message can start there.
 */

/** One message the phone shows, and the check that fixes it. */
export interface PhoneMessage {
  id: 'not-enough-storage' | 'could-not-complete' | 'never';
  /** The words as the phone shows them. */
  says: string;
  /** What it means, in a sentence. */
  means: string;
  /** The checklist item to start from. */
  startAt: string;
}

/** The messages, most common first. */
export const PHONE_MESSAGES: readonly PhoneMessage[] = [
  {
    id: 'not-enough-storage',
    says: 'Not enough storage',
    means: 'iCloud is full, so the backup has nowhere to go. Start by making room in iCloud.',
    startAt: 'storage',
  },
  {
    id: 'could-not-complete',
    says: 'The last backup could not be completed',
    means: 'A backup started but broke off, most often because the Wi-Fi dropped or the phone stopped charging. Start with the Wi-Fi check and go down the list.',
    startAt: 'wifi',
  },
  {
    id: 'never',
    says: 'Never',
    means: 'The phone has never finished a backup to iCloud, usually because iCloud Backup is switched off. Start with that switch.',
    startAt: 'backup-switch',
  },
];

/** The title of the section that starts from the phone's message. */
export const PHONE_SAYS_INTRO = {
  title: 'Start from what your phone says',
  lead: 'On the phone, open Settings → your name → iCloud → iCloud Backup. If it shows one of these under Back Up Now, start at the check that fixes it:',
};
