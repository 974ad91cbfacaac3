import { describe, expect, it } from 'vitest';
import { ageInDays, backupDates } from '../../../../src/shared/guidance/dates';
import { backup, NOW, PHONES, snapshot } from '../../../support/snapshots';

const noted = (date: string) => ({ icloudLastBackup: { date, notedAt: '2026-11-20T08:00:00Z' } });

describe('guidance', () => {
  describe('dates', () => {
    it('counts whole days, from local midnight for a day the person typed', () => {
      expect(ageInDays('2026-11-20T11:00:00Z', NOW)).toBe(0);
      expect(ageInDays('2026-11-12T12:00:00Z', NOW)).toBe(8);
      expect(ageInDays('2026-11-30T12:00:00Z', NOW)).toBe(0);
      const localNoon = new Date(2026, 10, 20, 12);
      expect(ageInDays('2026-11-12', localNoon)).toBe(8);
      expect(ageInDays('2026-11-20', localNoon)).toBe(0);
    });

    it.each([
      ['nothing known', [], null, 'missing'],
      ['a local backup from yesterday', [backup({ lastBackupDate: '2026-11-19T09:00:00Z' })], null, 'fresh'],
      ['a local backup 9 days old', [backup({ lastBackupDate: '2026-11-11T09:00:00Z' })], null, 'stale'],
      ['a fresh iCloud date beside an old local one', [backup({ lastBackupDate: '2026-10-01T09:00:00Z' })], '2026-11-18', 'fresh'],
      ['an old iCloud date and no local backup', [], '2026-10-02', 'stale'],
      ['an unfinished local backup does not count', [backup({ complete: false })], null, 'missing'],
    ])('%s → %s', (_label, backups, icloud, flag) => {
      const dates = backupDates(snapshot({ backups }), icloud ? noted(icloud) : { icloudLastBackup: null }, null, NOW);
      expect(dates.flag).toBe(flag);
    });

    it.each([
      ['exactly 7 days', '2026-11-13T12:00:00Z', 7, false, 'fresh'],
      ['8 days', '2026-11-12T12:00:00Z', 8, true, 'stale'],
    ])('a local backup %s old is %s', (_label, date, ageDays, stale, flag) => {
      const dates = backupDates(snapshot({ backups: [backup({ lastBackupDate: date })] }), { icloudLastBackup: null }, null, NOW);
      expect(dates.local).toMatchObject({ ageDays, stale });
      expect(dates.flag).toBe(flag);
    });

    it.each([
      ['7 days', 7, false, 'fresh'],
      ['8 days', 8, true, 'stale'],
    ])('an iCloud date %s back is %s', (_label, days, stale, flag) => {
      const day = new Date(NOW.getFullYear(), NOW.getMonth(), NOW.getDate() - days);
      const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
      const dates = backupDates(snapshot(), noted(iso), null, NOW);
      expect(dates.icloud).toMatchObject({ ageDays: days, stale });
      expect(dates.flag).toBe(flag);
    });

    it('shows the connected phone’s own newest backup, not another phone’s', () => {
      const other = backup({ udid: 'FFFF0000FFFF0000FFFF0000', lastBackupDate: '2026-11-20T09:00:00Z' });
      const own = backup({ lastBackupDate: '2026-11-01T09:00:00Z' });
      const dates = backupDates(snapshot({ backups: [other, own] }), { icloudLastBackup: null }, PHONES.ready, NOW);
      expect(dates.local).toMatchObject({ date: '2026-11-01T09:00:00Z', stale: true });
      expect(backupDates(snapshot({ backups: [other, own] }), { icloudLastBackup: null }, null, NOW).local?.date).toBe('2026-11-20T09:00:00Z');
    });

    it('says when the local folders could not be read', () => {
      const dates = backupDates(snapshot({ sources: { backups: { state: 'needs-permission', reason: 'x' } } }), { icloudLastBackup: null }, null, NOW);
      expect(dates.localKnown).toBe(false);
    });

    it('counts a typed day from midnight where the person is, not midnight UTC', () => {
      // The tests run in New Zealand time (vitest.config.ts): 00:30 on the 20th there is 11:30 on the 19th in UTC.
      const justAfterMidnight = new Date('2026-11-19T11:30:00Z');
      expect(justAfterMidnight.getDate(), 'the tests run 13 hours ahead of UTC').toBe(20);
      expect(ageInDays('2026-11-12', justAfterMidnight)).toBe(8);
      expect(ageInDays('2026-11-19', justAfterMidnight)).toBe(1);
      // A full timestamp is a moment, counted as it is.
      expect(ageInDays('2026-11-12T00:00:00Z', justAfterMidnight)).toBe(7);
    });

    it('says which backup is the newest: the iCloud one on a tie, the local one when it is younger', () => {
      // Both a day old: the local backup at this time yesterday, the iCloud one on yesterday's date where the person is.
      const yesterday = new Date(NOW.getTime() - 24 * 3600 * 1000);
      const yesterdayLocal = [backup({ lastBackupDate: yesterday.toISOString() })];
      const typedDay = `${yesterday.getFullYear()}-${String(yesterday.getMonth() + 1).padStart(2, '0')}-${String(yesterday.getDate()).padStart(2, '0')}`;
      const both = (icloud: string) => backupDates(snapshot({ backups: yesterdayLocal }), noted(icloud), null, NOW).newest;
      expect(both(typedDay)).toBe('icloud');
      expect(both('2026-11-10')).toBe('local');
      expect(backupDates(snapshot(), noted('2026-11-10'), null, NOW).newest).toBe('icloud');
      expect(backupDates(snapshot({ backups: yesterdayLocal }), { icloudLastBackup: null }, null, NOW).newest).toBe('local');
      expect(backupDates(snapshot(), { icloudLastBackup: null }, null, NOW).newest).toBeNull();
    });

    it('knows the local folders only when they were read', () => {
      expect(backupDates(snapshot(), { icloudLastBackup: null }, null, NOW).localKnown).toBe(true);
      expect(backupDates(snapshot({ sources: { backups: { state: 'unavailable', reason: 'x' } } }), { icloudLastBackup: null }, null, NOW).localKnown).toBe(false);
    });
  });
});
