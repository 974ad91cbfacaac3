import { describe, expect, it } from 'vitest';
import {
  backupSpaceShortfall,
  finishedAtTime,
  finishedNotice,
  justFinishedBackups,
  latestBackupFor,
  normalizeUdid,
  SAFE_FREE_BYTES_FLOOR,
  sameUdid,
  stoppedNotice,
} from '../../../src/shared/backups';
import { emptySnapshot, type Backup, type Snapshot } from '../../../src/shared/snapshot';

const UDID = '00008110-001A2C3E0E38802E';
const GB = 1024 ** 3;

function backup(overrides: Partial<Backup> = {}): Backup {
  return {
    udid: UDID,
    deviceName: 'Ann’s iPhone',
    productType: 'iPhone14,5',
    iosVersion: '17.5.1',
    lastBackupDate: '2024-05-01T09:30:00Z',
    complete: true,
    encrypted: false,
    sizeBytes: 20 * GB,
    problem: null,
    inProgress: null,
    path: `/Users/ann/Library/Application Support/MobileSync/Backup/${UDID}`,
    archived: false,
    interrupted: null,
    verification: { state: 'verified', filesListed: 84_211, filesMissing: 0 },
    contents: { photosAndVideos: 8_231, messages: true, whatsapp: true, contacts: true, notes: false },
    ...overrides,
  };
}

function snapshot(backups: Backup[], state: Snapshot['sources']['backups']['state'] = 'ok'): Snapshot {
  const base = emptySnapshot();
  return { ...base, backups, sources: { ...base.sources, backups: { state, reason: null } } };
}

describe('backups', () => {
  describe('sameUdid', () => {
    it('treats the hyphenated and bare forms, in any case, as one device', () => {
      expect(normalizeUdid(UDID)).toBe('00008110001A2C3E0E38802E');
      expect(sameUdid(UDID, '00008110001a2c3e0e38802e')).toBe(true);
      expect(sameUdid(UDID, '00008110-001A2C3E0E38802F')).toBe(false);
    });
  });

  describe('latestBackupFor', () => {
    it('picks the newest backup of the device, and one being written over any finished one', () => {
      const old = backup({ lastBackupDate: '2023-01-01T00:00:00Z' });
      const recent = backup();
      const writing = backup({ lastBackupDate: null, complete: false, inProgress: { bytesWritten: 10 } });
      expect(latestBackupFor(UDID.replace('-', ''), [old, recent])).toBe(recent);
      expect(latestBackupFor(UDID, [old, writing, recent])).toBe(writing);
      expect(latestBackupFor('00008030-000E45A02E38802E', [recent])).toBeNull();
    });
    it('keeps the live folder over its archived copy from the same moment, as the backup list puts it first', () => {
      const live = backup();
      const copy = backup({ archived: true, path: `${live.path}-20240501-093000` });
      expect(latestBackupFor(UDID, [live, copy])).toBe(live);
    });
    it('picks the newest whatever the order they are listed in', () => {
      const old = backup({ lastBackupDate: '2023-01-01T00:00:00Z' });
      const recent = backup();
      expect(latestBackupFor(UDID, [recent, old])).toBe(recent);
    });
  });

  describe('justFinishedBackups', () => {
    const writing = backup({ complete: false, inProgress: { bytesWritten: 5 * GB }, lastBackupDate: '2024-05-01T09:00:00Z' });
    const done = backup({ lastBackupDate: '2024-05-01T09:30:00Z' });

    it('names a backup that was in progress and is now complete', () => {
      expect(justFinishedBackups(snapshot([writing]), snapshot([done]))).toEqual([done]);
    });

    it('names a backup that became newer and complete between two looks', () => {
      expect(justFinishedBackups(snapshot([backup({ lastBackupDate: '2024-04-01T00:00:00Z' })]), snapshot([done]))).toEqual([done]);
    });

    it('stays quiet when nothing changed, while writing, after an interruption, or on the first look', () => {
      expect(justFinishedBackups(snapshot([done]), snapshot([done]))).toEqual([]);
      expect(justFinishedBackups(snapshot([writing]), snapshot([writing]))).toEqual([]);
      expect(justFinishedBackups(snapshot([writing]), snapshot([backup({ complete: false })]))).toEqual([]);
      expect(justFinishedBackups(null, snapshot([done]))).toEqual([]);
      expect(justFinishedBackups(snapshot([], 'pending'), snapshot([done]))).toEqual([]);
    });

    it('does not count an archived copy appearing as a new backup', () => {
      expect(justFinishedBackups(snapshot([done]), snapshot([done, backup()]))).toEqual([]);
    });

    it('names a phone once when two of its folders are listed, and not at all while the folder was unreadable before', () => {
      const copy = backup({ archived: true, path: '/copy', lastBackupDate: '2024-04-01T00:00:00Z' });
      expect(justFinishedBackups(snapshot([writing, copy]), snapshot([done, copy]))).toEqual([done]);
      expect(justFinishedBackups(snapshot([writing], 'needs-permission'), snapshot([done]))).toEqual([]);
    });

    it('stays quiet about a phone first seen with a finished backup (a folder copied in)', () => {
      const other = backup({ udid: '00008030-000E45A02E38802E', path: '/other' });
      expect(justFinishedBackups(snapshot([]), snapshot([other]))).toEqual([]);
    });

    it('names a backup that was incomplete and is now complete, even with the same date', () => {
      const incomplete = backup({ complete: false, verification: { state: 'files-missing', filesListed: 10, filesMissing: 1 } });
      expect(justFinishedBackups(snapshot([incomplete]), snapshot([done]))).toEqual([done]);
    });
  });

  describe('stoppedNotice', () => {
    it('says the backup stopped part-way, naming the phone without its control or bidi characters', () => {
      const notice = stoppedNotice(backup({ deviceName: 'Ana\u001b]52;c;cm0=\u0007\u202Eenohp', complete: false, interrupted: { stoppedAt: '2024-05-01T09:30:00Z' } }));
      expect(notice.title).toBe('Backup stopped before it finished');
      expect(notice.body).toBe('The backup of Ana ]52;c;cm0= enohp stopped part-way, so it is not complete. Open Backup Lifeboat to see why and what to do.');
    });

    it('says a finished backup that misses files may not restore', () => {
      expect(stoppedNotice(backup({ complete: false })).title).toBe('Backup is missing files');
      expect(stoppedNotice(backup({ deviceName: null, complete: false }))).toEqual({
        title: 'Backup is missing files',
        body: 'The backup of your iPhone is missing files it lists, so it may not restore. Open Backup Lifeboat to see what to do.',
      });
    });
  });

  describe('finishedNotice', () => {
    it('shows a device name without its control or bidi characters', () => {
      const notice = finishedNotice(backup({ deviceName: 'Ana\u001b[2J\u202Eenohp' }), { locale: 'en-GB', timeZone: 'UTC' });
      expect(notice.body.startsWith('Ana [2Jenohp is backed up')).toBe(true);
    });

    it('says who and when, with the date, and "verified" only when every listed file was checked', () => {
      expect(finishedAtTime(backup(), { locale: 'en-GB', timeZone: 'UTC' })).toBe('9:30 on 1 May 2024');
      expect(finishedAtTime(backup(), { timeZone: 'UTC' })).toBe('9:30 AM on May 1, 2024');
      expect(finishedNotice(backup(), { locale: 'en-GB', timeZone: 'Europe/Paris' })).toEqual({
        title: 'Backup finished and verified',
        body: 'Ann’s iPhone is backed up on this computer: finished at 11:30 on 1 May 2024, and every file the backup lists is there.',
      });
      const encrypted = backup({ encrypted: true, verification: { state: 'encrypted', filesListed: null, filesMissing: null }, contents: null });
      expect(finishedNotice(encrypted, { locale: 'en-GB', timeZone: 'Europe/Paris' })).toEqual({
        title: 'Backup finished',
        body: 'Ann’s iPhone is backed up on this computer: finished at 11:30 on 1 May 2024. It is encrypted, so it also keeps passwords and Health data; only its password opens it.',
      });
    });
    it('still reads well with no name or date', () => {
      expect(finishedNotice(backup({ deviceName: null, lastBackupDate: null, verification: { state: 'encrypted', filesListed: null, filesMissing: null } })).body).toBe('Your iPhone is backed up on this computer.');
    });
  });

  describe('backupSpaceShortfall', () => {
    it('warns when free space is below the size of the device’s last backup', () => {
      expect(backupSpaceShortfall({ freeBytes: 15 * GB }, [backup()], UDID)).toEqual({ freeBytes: 15 * GB, neededBytes: 20 * GB });
      expect(backupSpaceShortfall({ freeBytes: 25 * GB }, [backup()], UDID)).toBeNull();
    });
    it('uses the newest backup when several are sized', () => {
      const older = backup({ sizeBytes: 60 * GB, lastBackupDate: '2020-01-01T00:00:00Z' });
      expect(backupSpaceShortfall({ freeBytes: 30 * GB }, [older, backup()])).toBeNull();
      expect(backupSpaceShortfall({ freeBytes: 30 * GB }, [backup(), older])).toBeNull();
    });
    it('falls back to a safe floor when no backup tells the size, and says nothing when free space is unknown', () => {
      expect(backupSpaceShortfall({ freeBytes: 2 * GB }, [])).toEqual({ freeBytes: 2 * GB, neededBytes: SAFE_FREE_BYTES_FLOOR });
      expect(backupSpaceShortfall({ freeBytes: null }, [backup()])).toBeNull();
    });
    it('reads the size of the first listed of two backups from the same moment, the live folder', () => {
      const live = backup({ sizeBytes: 20 * GB });
      const copy = backup({ archived: true, path: `${live.path}-20240501-093000`, sizeBytes: 25 * GB });
      expect(backupSpaceShortfall({ freeBytes: 22 * GB }, [live, copy], UDID)).toBeNull();
    });
    it('asks for at least 10 GB free when no backup tells the size', () => {
      expect(backupSpaceShortfall({ freeBytes: 9 * GB }, [], UDID)).toEqual({ freeBytes: 9 * GB, neededBytes: 10 * GB });
      expect(backupSpaceShortfall({ freeBytes: 10 * GB }, [], UDID)).toBeNull();
    });
    it('needs exactly the last backup’s size: no warning with that much free', () => {
      expect(backupSpaceShortfall({ freeBytes: 20 * GB }, [backup()], UDID)).toBeNull();
      expect(backupSpaceShortfall({ freeBytes: 20 * GB - 1 }, [backup()], UDID)).toEqual({ freeBytes: 20 * GB - 1, neededBytes: 20 * GB });
    });
    it('reads only sized backups of the phone asked about', () => {
      const otherPhone = backup({ udid: '00008030-000E45A02E38802E', sizeBytes: 90 * GB, lastBackupDate: '2025-01-01T00:00:00Z' });
      const unsizedNewer = backup({ sizeBytes: null, lastBackupDate: '2025-06-01T00:00:00Z' });
      expect(backupSpaceShortfall({ freeBytes: 15 * GB }, [otherPhone, unsizedNewer, backup()], UDID)).toEqual({ freeBytes: 15 * GB, neededBytes: 20 * GB });
      expect(backupSpaceShortfall({ freeBytes: 30 * GB }, [otherPhone, backup()])).toEqual({ freeBytes: 30 * GB, neededBytes: 90 * GB });
    });
  });
});
