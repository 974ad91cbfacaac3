import { describe, expect, it } from 'vitest';
import { describeBackup } from '../../../../src/main/doctor/backup-lines';
import { formatDateTime, formatDay } from '../../../../src/shared/content/format';
import { backup } from '../../../support/snapshots';

const DATE = '2026-11-19T09:00:00Z';
const NOT_CHECKED = { state: 'not-checked' as const, filesListed: null, filesMissing: null };
const ENCRYPTED = { state: 'encrypted' as const, filesListed: null, filesMissing: null };
const when = formatDateTime(DATE);

describe('doctor', () => {
  describe('describeBackup', () => {
    it('says whose, when, what was proven and what it holds', () => {
      expect(describeBackup(backup())).toBe(`Anna’s iPhone, ${when}: Verified: all 84,211 files it lists are here; 8,231 photos and videos · Messages · WhatsApp chats · Contacts`);
    });

    it('names an archived copy and an unnamed device, and leaves out an unknown date', () => {
      expect(describeBackup(backup({ archived: true, contents: null }))).toBe(`Anna’s iPhone, archived copy, ${formatDay(DATE)}, ${when}: Verified: all 84,211 files it lists are here`);
      expect(describeBackup(backup({ deviceName: null, lastBackupDate: null, contents: null }))).toBe('Unnamed device: Verified: all 84,211 files it lists are here');
    });

    it('says a backup being written is being written, whatever else is known', () => {
      expect(describeBackup(backup({ inProgress: { bytesWritten: 5 }, complete: false, problem: 'x', contents: null }))).toBe(`Anna’s iPhone, ${when}: being written now`);
    });

    it('puts a problem first, then what checking found, then whether it is complete', () => {
      expect(describeBackup(backup({ problem: 'This backup did not finish.', contents: null }))).toBe(`Anna’s iPhone, ${when}: This backup did not finish.`);
      expect(describeBackup(backup({ verification: NOT_CHECKED, contents: null }))).toBe(`Anna’s iPhone, ${when}: Checking its files…`);
      expect(describeBackup(backup({ verification: NOT_CHECKED, complete: null, contents: null }))).toBe(`Anna’s iPhone, ${when}: state unknown`);
      expect(describeBackup(backup({ verification: NOT_CHECKED, complete: false, contents: null }))).toBe(`Anna’s iPhone, ${when}: state unknown`);
    });

    it('says an encrypted backup’s contents cannot be shown, unless a problem says more', () => {
      expect(describeBackup(backup({ verification: ENCRYPTED, contents: null }))).toBe(
        `Anna’s iPhone, ${when}: Encrypted — its files can only be checked with its password; encrypted, so its contents cannot be shown`,
      );
      expect(describeBackup(backup({ verification: ENCRYPTED, contents: null, problem: 'This backup did not finish.' }))).toBe(`Anna’s iPhone, ${when}: This backup did not finish.`);
    });
  });
});
