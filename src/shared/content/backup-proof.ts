/**
 * The words for what the app proved about a backup: whether every file it lists is there, what
 * it holds, why an encrypted one cannot be looked into, which folders are archived copies, and
 * what to do when a backup stopped before it finished.
 */
import type { Backup, BackupContents } from '../snapshot';
import { formatCount, formatDateTime, formatDay } from './format';

/** "8,231 photos and videos · Messages · WhatsApp chats · Contacts"; what it holds, or that none of it was found. */
export function contentsLine(contents: BackupContents): string {
  const photos = contents.photosAndVideos;
  const parts = [
    photos > 0 ? `${formatCount(photos)} ${photos === 1 ? 'photo or video' : 'photos and videos'}` : null,
    contents.messages ? 'Messages' : null,
    contents.whatsapp ? 'WhatsApp chats' : null,
    contents.contacts ? 'Contacts' : null,
    contents.notes ? 'Notes' : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' · ') : 'No photos, messages, WhatsApp chats, contacts or notes in it';
}

/** Why an encrypted backup's contents cannot be shown, and what encryption adds. */
export const ENCRYPTED_CONTENTS =
  'Encrypted: only its password opens it, so the app cannot look inside or check its files — that is expected. Encryption also keeps your saved passwords, Health data, Wi-Fi settings, website history and call history, which an unencrypted backup leaves out.';

/** What was proven about one backup, in a short line; null when there is nothing to say. */
export function verificationLine(backup: Backup): string | null {
  const { state, filesListed, filesMissing } = backup.verification;
  switch (state) {
    case 'verified':
      return filesListed === null ? 'Verified: every file it lists is here' : `Verified: all ${formatCount(filesListed)} files it lists are here`;
    case 'files-missing':
      return filesMissing !== null && filesListed !== null ? `${formatCount(filesMissing)} of ${formatCount(filesListed)} files it lists are missing` : 'Some files it lists are missing';
    case 'encrypted':
      return 'Encrypted — its files can only be checked with its password';
    case 'unreadable':
      return 'Its list of files cannot be read';
    case 'not-checked':
      return backup.complete === true && backup.inProgress === null ? 'Checking its files…' : null;
  }
}

/** "archived copy, Jan 1, 2026" for a copy Finder or iTunes archived; null for the live backup. */
export function archivedLabel(backup: Backup): string | null {
  if (!backup.archived) return null;
  return backup.lastBackupDate ? `archived copy, ${formatDay(backup.lastBackupDate)}` : 'archived copy';
}

/** Everything to say about a backup that stopped before it finished. */
export interface StoppedWords {
  title: string;
  /** What happened. */
  what: string;
  /** The usual reasons, most likely first. */
  reasons: string[];
  /** What to do now. */
  next: string;
}

/** The words for a backup that stopped part-way (`interrupted`) or finished without everything it lists (`incomplete`). */
export function stoppedWords(reason: 'interrupted' | 'incomplete', at: string | null, program: string): StoppedWords {
  const when = at ? ` at ${formatDateTime(at)}` : '';
  if (reason === 'incomplete') {
    return {
      title: 'The backup is not complete',
      what: `The backup ${program} made${when} is missing files it lists, so it may not restore your phone.`,
      reasons: [
        'The computer ran out of space while the backup was being written.',
        'Something moved, cleaned up or synced the backup folder (a cloud drive or a clean-up app) while the backup was running.',
        'The disk reported an error while writing.',
      ],
      next: `Free some space if the disk is nearly full, keep the phone plugged in and unlocked, and click Back Up Now in ${program} again. A new backup replaces this one.`,
    };
  }
  return {
    title: 'The backup stopped before it finished',
    what: `The backup stopped${when} before it finished, so there is no complete backup from it.`,
    reasons: [
      'The cable came loose, or the phone was unplugged.',
      'The phone locked, or its passcode was not entered when it asked (since iOS 16.1 it asks as the backup starts).',
      'The computer ran out of space.',
      'The phone lost its connection, for example when it restarted or went to sleep on Wi-Fi.',
    ],
    next: `Plug the phone straight into the computer, unlock it and keep it unlocked, check there is free space, then click Back Up Now in ${program} again and enter the passcode if the phone asks.`,
  };
}
