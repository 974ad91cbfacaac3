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

      it('rounds half a gigabyte up to "about 1 GB" and writes a full terabyte in terabytes', () => {
        expect(roughSize(0.5 * GB)).toBe('about 1 GB');
        expect(roughSize(1000 * GB)).toBe('about 1.0 TB');
      });

      it('says no iCloud plan is that large for a phone holding more than the largest plan', () => {
        expect(phoneLines(saying({ storageUsedBytes: 13_000 * GB }), NOW).storage).toBe(
          'This iPhone holds about 13.0 TB. Taking that as a rough estimate of its backup, the free 5 GB cannot hold it — no iCloud plan is that large.',
        );
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

    it('says when the phone did not say whether its local backups are encrypted', () => {
      expect(computerBackupLines({ ...PHONE_SAYS, willEncrypt: null }, NOW)[1]).toBe('Whether local backups are encrypted: not reported by the phone.');
    });

    it('writes a day of this year as the month\'s short name and the day, for every month', () => {
      const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
      const days = months.map((_, month) => shortDay(new Date(NOW.getFullYear(), month, 15, 12).toISOString(), NOW));
      expect(days).toEqual(months.map((month) => `${month} 15`));
    });

    it('puts nothing beside the checks the phone cannot speak to, and only the iOS version when it said nothing', () => {
      expect(Object.keys(phoneLines(PHONES.answering, NOW)).sort()).toEqual(['backup-switch', 'ios-update', 'power', 'storage', 'try-backup-now']);
      expect(phoneLines(PHONES.locked, NOW)).toEqual({ 'ios-update': 'This iPhone runs iOS 17.5.' });
    });

    it('says nothing about the iOS version of a phone whose version is not known', () => {
      expect(phoneLines(PHONES.usbOnly, NOW)).toEqual({});
    });

    it('explains every reason the phone said nothing, with what to do', () => {
      const reasons: PhoneSaysReason[] = ['not-trusted', 'locked', 'session-refused', 'tls-failed', 'no-answer', 'unreachable', 'asking'];
      expect(Object.keys(PHONE_SILENT).sort()).toEqual([...reasons].sort());
      expect(phoneSaysIntro(PHONES.locked)).toEqual({ title: 'What Anna’s iPhone says', lead: PHONE_SILENT.locked });
      expect(phoneSaysIntro(null).lead).toContain('Plug it into this computer');
      expect(phoneSaysIntro(PHONES.answering).lead).toContain('nothing on it is changed');
    });

    it.each<[PhoneSaysReason, string]>([
      ['not-trusted', 'Once the iPhone trusts this computer — unlock it and tap Trust when it asks — it can answer some of these checks itself.'],
      ['locked', 'Unlock the iPhone, and it can answer some of these checks itself.'],
      [
        'session-refused',
        'The iPhone no longer accepts this computer’s trust (it may have been reset, or trust taken back), so it cannot answer these checks. Unplug it, plug it in again and tap Trust.',
      ],
      ['tls-failed', 'The secure connection to the iPhone failed, so it cannot answer these checks. Unplug it and plug it in again.'],
      ['no-answer', 'The iPhone did not answer in time. Unplug it and plug it in again to ask once more.'],
      ['unreachable', 'This computer sees the iPhone on the cable but cannot talk to it, so it cannot answer these checks.'],
      ['asking', 'Asking the iPhone…'],
    ])('when the phone said nothing because "%s", opens with "%s"', (reason, lead) => {
      expect(phoneSaysIntro({ ...PHONES.ready, phoneSays: null, phoneSaysReason: reason })).toEqual({ title: 'What Anna’s iPhone says', lead });
    });

    it('reads as "did not answer in time" when the phone said nothing and no reason is known', () => {
      expect(phoneSaysIntro({ ...PHONES.ready, phoneSays: null, phoneSaysReason: null }).lead).toBe(PHONE_SILENT['no-answer']);
    });

    it('heads the answers with the phone\'s name, or its model when the name is not known yet', () => {
      expect(phoneSaysIntro(PHONES.answering).title).toBe('What Anna’s iPhone says');
      expect(phoneSaysIntro({ ...PHONES.answering, name: null }).title).toBe('What your iPhone 15 Pro says');
    });

    it('invites a person with no phone plugged in to plug it in', () => {
      expect(phoneSaysIntro(null)).toEqual({
        title: 'Your iPhone can answer some checks',
        lead: 'Plug it into this computer and it can answer some of these checks itself.',
      });
    });
  });
});
