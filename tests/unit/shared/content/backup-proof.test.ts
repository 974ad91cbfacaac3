/** The words for what the app proved about a backup, as the backup list and the doctor print them. */
import { describe, expect, it } from 'vitest';
import { archivedLabel, contentsLine, ENCRYPTED_CONTENTS, stoppedWords, verificationLine } from '../../../../src/shared/content/backup-proof';
import { formatDateTime, formatDay } from '../../../../src/shared/content/format';
import type { BackupVerification } from '../../../../src/shared/snapshot';
import { backup } from '../../../support/snapshots';

const NOTHING = { photosAndVideos: 0, messages: false, whatsapp: false, contacts: false, notes: false };
const verified = (verification: Partial<BackupVerification> & Pick<BackupVerification, 'state'>) =>
  verificationLine(backup({ verification: { filesListed: null, filesMissing: null, ...verification } }));

describe('content', () => {
  describe('contentsLine', () => {
    it('lists what a backup holds, counting photos and videos, one as one', () => {
      expect(contentsLine({ photosAndVideos: 8_231, messages: true, whatsapp: true, contacts: true, notes: true })).toBe('8,231 photos and videos · Messages · WhatsApp chats · Contacts · Notes');
      expect(contentsLine({ ...NOTHING, photosAndVideos: 1 })).toBe('1 photo or video');
      expect(contentsLine({ ...NOTHING, notes: true })).toBe('Notes');
      expect(contentsLine(NOTHING)).toBe('No photos, messages, WhatsApp chats, contacts or notes in it');
    });
  });

  describe('verificationLine', () => {
    it('says what was proven, with counts when they are known', () => {
      expect(verified({ state: 'verified' })).toBe('Verified: every file it lists is here');
      expect(verified({ state: 'verified', filesListed: 84_211 })).toBe('Verified: all 84,211 files it lists are here');
      expect(verified({ state: 'files-missing', filesListed: 84_211, filesMissing: 12 })).toBe('12 of 84,211 files it lists are missing');
      expect(verified({ state: 'files-missing', filesListed: 84_211 })).toBe('Some files it lists are missing');
      expect(verified({ state: 'files-missing', filesMissing: 12 })).toBe('Some files it lists are missing');
      expect(verified({ state: 'encrypted' })).toBe('Encrypted — its files can only be checked with its password');
      expect(verified({ state: 'unreadable' })).toBe('Its list of files cannot be read');
    });

    it('says a finished backup is being checked, and nothing for one still written or not complete', () => {
      const notChecked = { filesListed: null, filesMissing: null, state: 'not-checked' as const };
      expect(verificationLine(backup({ verification: notChecked }))).toBe('Checking its files…');
      expect(verificationLine(backup({ verification: notChecked, inProgress: { bytesWritten: 1 } }))).toBeNull();
      expect(verificationLine(backup({ verification: notChecked, complete: false }))).toBeNull();
      expect(verificationLine(backup({ verification: notChecked, complete: null }))).toBeNull();
    });
  });

  describe('ENCRYPTED_CONTENTS', () => {
    it('says an encrypted backup cannot be looked into, that this is expected, and what encryption keeps', () => {
      expect(ENCRYPTED_CONTENTS).toBe(
        'Encrypted: only its password opens it, so the app cannot look inside or check its files — that is expected. Encryption also keeps your saved passwords, Health data, Wi-Fi settings, website history and call history, which an unencrypted backup leaves out.',
      );
    });
  });

  describe('archivedLabel', () => {
    it('marks an archived copy with its day, and says nothing of the live backup', () => {
      expect(archivedLabel(backup())).toBeNull();
      expect(archivedLabel(backup({ archived: true }))).toBe(`archived copy, ${formatDay('2026-11-19T09:00:00Z')}`);
      expect(archivedLabel(backup({ archived: true, lastBackupDate: null }))).toBe('archived copy');
    });
  });

  describe('stoppedWords', () => {
    const SENTENCE = /^[A-Z].*\.$/;

    it('for a backup missing files: when, which program, the likely reasons and to back up again in it', () => {
      const words = stoppedWords('incomplete', '2026-11-20T11:30:00Z', 'Finder');
      expect(words.title).toBe('The backup is not complete');
      expect(words.what).toBe(`The backup Finder made at ${formatDateTime('2026-11-20T11:30:00Z')} is missing files it lists, so it may not restore your phone.`);
      expect(words.reasons).toHaveLength(3);
      for (const reason of words.reasons) expect(reason).toMatch(SENTENCE);
      expect(words.reasons[0]).toContain('ran out of space');
      expect(words.next).toBe('Free some space if the disk is nearly full, keep the phone plugged in and unlocked, and click Back Up Now in Finder again. A new backup replaces this one.');
    });

    it('for a backup that stopped part-way: when if known, the likely reasons and to back up again in the program', () => {
      const words = stoppedWords('interrupted', null, 'iTunes');
      expect(words.title).toBe('The backup stopped before it finished');
      expect(words.what).toBe('The backup stopped before it finished, so there is no complete backup from it.');
      expect(stoppedWords('interrupted', '2026-11-20T11:30:00Z', 'iTunes').what).toBe(
        `The backup stopped at ${formatDateTime('2026-11-20T11:30:00Z')} before it finished, so there is no complete backup from it.`,
      );
      expect(words.reasons).toHaveLength(4);
      for (const reason of words.reasons) expect(reason).toMatch(SENTENCE);
      expect(words.reasons[0]).toBe('The cable came loose, or the phone was unplugged.');
      expect(words.next).toBe(
        'Plug the phone straight into the computer, unlock it and keep it unlocked, check there is free space, then click Back Up Now in iTunes again and enter the passcode if the phone asks.',
      );
    });
  });
});
