import { describe, expect, it } from 'vitest';
import { computerBackupLines, icloudSizeFor, phoneLines, phoneSaysIntro, PHONE_SILENT, roughSize, shortDay } from '../../../../src/shared/content/phone-answers';
import type { PhoneSays, PhoneSaysReason } from '../../../../src/shared/snapshot';
import { NOW, PHONE_SAYS, PHONES } from '../../../support/snapshots';

const GB = 1_000_000_000;
const saying = (says: Partial<PhoneSays>) => ({ ...PHONES.answering, phoneSays: { ...PHONE_SAYS, ...says } });

describe('content', () => {
  describe('phone says', () => {
    describe('beside the storage check', () => {
      it('gives the size the phone holds as a rough estimate of its backup, and the plan that would hold it', () => {
        expect(phoneLines(PHONES.answering, NOW).storage).toBe(
          'This iPhone holds about 87 GB. Taking that as a rough estimate of its backup, the free 5 GB cannot hold it — 200 GB would.',
        );
      });

      it.each([
        [3 * GB, 5],
        [5 * GB, 5],
        [5.2 * GB, 50],
        [51 * GB, 200],
        [201 * GB, 2000],
        [2500 * GB, 6000],
        [7000 * GB, 12000],
        [13_000 * GB, null],
      ])('fits %d bytes into iCloud\'s %s GB', (bytes, gb) => {
        expect(icloudSizeFor(bytes)).toBe(gb);
      });

      it('says the free 5 GB could do for a phone that holds little, and names terabyte plans as such', () => {
        expect(phoneLines(saying({ storageUsedBytes: 3 * GB }), NOW).storage).toBe('This iPhone holds about 3 GB, so even the free 5 GB could hold its backup — if nothing else fills it.');
        expect(phoneLines(saying({ storageUsedBytes: 480 * GB }), NOW).storage).toContain('— 2 TB would.');
        expect(roughSize(0.2 * GB)).toBe('less than 1 GB');
        expect(roughSize(1240 * GB)).toBe('about 1.2 TB');
      });

      it('says "not reported" when the phone left its storage out', () => {
        expect(phoneLines(saying({ storageUsedBytes: null }), NOW).storage).toBe('How much this iPhone holds: not reported by the phone.');
      });
    });

    describe('beside the power check', () => {
      it.each<[Partial<PhoneSays>, string]>([
        [{ charging: true, batteryPercent: 64 }, 'The iPhone says: charging now (64%).'],
        [{ charging: false, onPower: false, batteryPercent: 41 }, 'The iPhone says: not charging (41%).'],
        [{ charging: false, onPower: true, batteryPercent: 80 }, 'The iPhone says: on power, but not charging right now (80%).'],
        [{ charging: false, onPower: null, batteryPercent: null }, 'The iPhone says: not charging.'],
        [{ charging: null, batteryPercent: 12 }, 'Whether it is charging: not reported by the phone (12%).'],
      ])('%o reads "%s"', (says, line) => {
        expect(phoneLines(saying(says), NOW).power).toBe(line);
      });
    });

    it('says whether iCloud Backup is switched on, or that the phone did not say', () => {
      expect(phoneLines(PHONES.answering, NOW)['backup-switch']).toBe('iCloud Backup is off on this iPhone.');
      expect(phoneLines(saying({ icloudBackupEnabled: true }), NOW)['backup-switch']).toBe('iCloud Backup is switched on on this iPhone.');
      expect(phoneLines(saying({ icloudBackupEnabled: null }), NOW)['backup-switch']).toBe('The iCloud Backup switch: not reported by the phone.');
    });

    it("gives the phone's own dates of its last iCloud backup and its last backup to a computer", () => {
      expect(phoneLines(PHONES.answering, NOW)['try-backup-now']).toBe('Last iCloud backup: Sep 14 (the phone’s own record).');
      expect(phoneLines(saying({ lastIcloudBackup: null }), NOW)['try-backup-now']).toBe('Last iCloud backup: not reported by the phone.');
      expect(computerBackupLines(PHONE_SAYS, NOW)).toEqual(['Last backup to a computer: Nov 3 (the phone’s own record).', 'Local backups will be encrypted.']);
      expect(computerBackupLines({ ...PHONE_SAYS, lastComputerBackup: null, willEncrypt: false }, NOW)).toEqual([
        'Last backup to a computer: none reported by the phone.',
        'Local backups will not be encrypted.',
      ]);
      expect(shortDay('2025-11-03T08:20:00Z', NOW)).toBe('Nov 3, 2025');
    });

    it('puts nothing beside the checks the phone cannot speak to, and only the iOS version when it said nothing', () => {
      expect(Object.keys(phoneLines(PHONES.answering, NOW)).sort()).toEqual(['backup-switch', 'ios-update', 'power', 'storage', 'try-backup-now']);
      expect(phoneLines(PHONES.locked, NOW)).toEqual({ 'ios-update': 'This iPhone runs iOS 17.5.' });
    });

    it('explains every reason the phone said nothing, with what to do', () => {
      const reasons: PhoneSaysReason[] = ['not-trusted', 'locked', 'session-refused', 'tls-failed', 'no-answer', 'unreachable', 'asking'];
      expect(Object.keys(PHONE_SILENT).sort()).toEqual([...reasons].sort());
      expect(phoneSaysIntro(PHONES.locked)).toEqual({ title: 'What Anna’s iPhone says', lead: PHONE_SILENT.locked });
      expect(phoneSaysIntro(null).lead).toContain('Plug it into this computer');
      expect(phoneSaysIntro(PHONES.answering).lead).toContain('nothing on it is changed');
    });
  });
});
