import { describe, expect, it } from 'vitest';
import { supportSummary } from '../../../../src/shared/content/support-summary';
import { plan } from '../../../../src/shared/guidance/plan';
import type { Progress } from '../../../../src/shared/progress';
import type { Snapshot } from '../../../../src/shared/snapshot';
import { backup, NOW, PHONES, progress, snapshot } from '../../../support/snapshots';

function summary(world: Snapshot, saved: Progress): string {
  return supportSummary(world, saved, plan(world, saved, NOW), NOW);
}

describe('content', () => {
  describe('supportSummary', () => {
    it('gives Apple Support the four things they ask for, from the phone and what the person typed', () => {
      const text = summary(
        snapshot({ devices: [PHONES.ready] }),
        progress({ support: { errorText: 'The last backup could not be completed.', howLong: 'three weeks', iosVersion: '' }, checklist: { storage: 'fine', wifi: 'culprit' } }),
      );
      expect(text).toContain('iOS version: iOS 17.5');
      expect(text).toContain('Exact error message: The last backup could not be completed.');
      expect(text).toContain('Going on for: three weeks');
      expect(text).toContain('- Is there room left in iCloud? — Checked — fine');
      expect(text).toContain('- Is the phone on a steady Wi-Fi network? — This was it');
      expect(text).toContain('Phone: iPhone 15 Pro (“Anna’s iPhone”)');
      // A phone whose name is not read yet is given by its model alone.
      expect(summary(snapshot({ devices: [{ ...PHONES.ready, name: null }] }), progress()).split('\n')).toContain('Phone: iPhone 15 Pro');
      expect(text).toContain('Computer: macOS Sequoia 15.1; local backups with Finder');
    });

    it('uses the test backup’s own words for its result', () => {
      expect(summary(snapshot(), progress({ checklist: { 'try-backup-now': 'culprit' } }))).toContain('Try a backup now, and read the date — It failed or stalled');
    });

    it('takes the iOS version the person typed when no phone is connected, else the last backup’s', () => {
      expect(summary(snapshot(), progress({ support: { errorText: '', howLong: '', iosVersion: '18.1' } }))).toContain('iOS version: iOS 18.1');
      expect(summary(snapshot({ backups: [backup({ iosVersion: '17.4' })] }), progress())).toContain('iOS version: iOS 17.4 (from the last local backup)');
      expect(summary(snapshot(), progress())).toContain('iOS version: (not filled in yet)');
    });

    it('includes the backup dates and Apple’s status', () => {
      const text = summary(
        snapshot({ backups: [backup({ lastBackupDate: '2026-11-01T09:30:00Z' })], status: { state: 'issue', message: 'Some users are affected.' } }),
        progress({ icloudLastBackup: { date: '2026-10-28', notedAt: NOW.toISOString() } }),
      );
      expect(text).toContain('Last successful iCloud backup (shown on the phone): Oct 28, 2026');
      expect(text).toMatch(/Newest backup on this computer: \d{1,2}:\d\d [AP]M on Nov 1, 2026/);
      expect(text).toContain('Apple System Status for iCloud Backup: Problem reported — Some users are affected.');
    });

    it('prints the whole summary, line by line, for a first run with nothing known', () => {
      expect(summary(snapshot(), progress()).split('\n')).toEqual([
        'iPhone backup problem',
        '',
        'Phone: not connected to the computer',
        'iOS version: (not filled in yet)',
        'Exact error message: (not filled in yet)',
        'Going on for: (not filled in yet)',
        '',
        'Already tried (iCloud checklist):',
        '- Nothing from the checklist yet.',
        '',
        'Last successful iCloud backup (shown on the phone): not noted',
        'Newest backup on this computer: none found',
        'Apple System Status for iCloud Backup: Working normally',
        'Computer: macOS Sequoia 15.1; local backups with Finder',
      ]);
      expect(summary(snapshot({ status: { state: 'unknown', message: 'Not checked.' } }), progress())).toContain('Apple System Status for iCloud Backup: Not checked yet\n');
    });

    it('trims what the person typed, and leaves a field of spaces as not filled in', () => {
      const text = summary(snapshot(), progress({ support: { errorText: '  Backup failed.  ', howLong: '   ', iosVersion: ' 18.1 ' } }));
      expect(text).toContain('\nExact error message: Backup failed.\n');
      expect(text).toContain('\nGoing on for: (not filled in yet)\n');
      expect(text).toContain('\niOS version: iOS 18.1\n');
      expect(summary(snapshot(), progress({ support: { errorText: '', howLong: '', iosVersion: '   ' } }))).toContain('iOS version: (not filled in yet)');
    });

    it('names an unknown checklist item by its id and the usual mark words', () => {
      const world = snapshot();
      const saved = progress();
      const guidance = plan(world, saved, NOW);
      const withUnknown = { ...guidance, checklist: { ...guidance.checklist, items: [{ id: 'retired-check', kind: 'setting', mark: 'fine' }] } } as unknown as typeof guidance;
      expect(supportSummary(world, saved, withUnknown, NOW)).toContain('\n- retired-check — Checked — fine\n');
    });

    it('says “never” when the phone says it never backed up to iCloud', () => {
      expect(summary(snapshot(), progress({ icloudLastBackup: { date: 'never', notedAt: NOW.toISOString() } }))).toContain('Last successful iCloud backup (shown on the phone): never');
    });

    it('says plainly when nothing was tried yet', () => {
      expect(summary(snapshot(), progress())).toContain('- Nothing from the checklist yet.');
    });

    it('never carries a device identifier, the one thing that stays on this computer', () => {
      const attempt = { udid: PHONES.ready.udid, startedAt: '2026-11-20T11:30:00Z', previousNewest: null };
      const text = summary(snapshot({ devices: [PHONES.ready], backups: [backup()] }), progress({ backupAttempt: attempt }));
      const plain = PHONES.ready.udid.replace('-', '');
      expect(text).not.toContain(PHONES.ready.udid);
      expect(text).not.toContain(plain);
      expect(text).not.toContain(plain.slice(0, 8));
    });

    it('carries no control or bidi character from the phone, Apple or the person into the pasted text', () => {
      const world = snapshot({
        devices: [{ ...PHONES.ready, name: 'Anna\u001b]52;c;ZXZpbA==\u0007\u202Eenohp' }],
        status: { state: 'outage', message: 'Down\u001b[2J\u2066 now' },
      });
      const text = summary(world, progress({ support: { errorText: 'Error \u001b[8mhidden', howLong: '', iosVersion: '' } }));
      // eslint-disable-next-line no-control-regex -- looking for exactly these.
      expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(text).toContain('(“Anna ]52;c;ZXZpbA== enohp”)');
      expect(text).toContain('Exact error message: Error  [8mhidden');
    });
  });
});
