import { describe, expect, it } from 'vitest';
import { formatText } from '../../../../src/main/doctor/format-text';
import { doctorReport } from '../../../../src/main/doctor/report';
import { formatDateTime, formatSize } from '../../../../src/shared/content/format';
import { backup, NOW, PHONES, snapshot } from '../../../support/snapshots';

const lines = (text: string) => text.split('\n');

describe('doctor', () => {
  describe('formatText', () => {
    it('lays out the computer, program, phones, backups, folders, free space and iCloud, one fact a line', () => {
      const report = doctorReport(snapshot({ devices: [PHONES.ready], backups: [backup()], freeBytes: 5_000_000_000 }), NOW, { notChecked: [], backupFolders: ['/b'] });
      const text = lines(formatText(report, NOW));
      expect(text[0]).toBe(`Backup Lifeboat doctor ${report.doctor.version}`);
      expect(text[1]).toBe('');
      expect(text).toContain('Computer:       macOS Sequoia 15.1');
      expect(text).toContain('Backup program: Finder');
      expect(text).toContain('Phones:');
      expect(text).toContain('Backups:        1 found');
      expect(text.some((line) => line.startsWith('  - Anna’s iPhone, '))).toBe(true);
      expect(text).toContain('Folders checked:');
      expect(text).toContain('  - /b');
      expect(text).toContain(`Free space:     ${formatSize(5_000_000_000)} where backups go`);
      expect(text).toContain('iCloud Backup:  available: Available.');
      expect(text).toContain('  Computer     ok');
      expect(text).toContain('  Apple status ok');
      expect(formatText(report, NOW).endsWith('\n')).toBe(true);
    });

    it('prints a whole report exactly: every heading, blank line and indent in its place', () => {
      const report = doctorReport(snapshot({ devices: [PHONES.ready], backups: [backup()] }), NOW, { notChecked: [], backupFolders: ['/b'] });
      expect(formatText(report, NOW)).toBe(
        [
          `Backup Lifeboat doctor ${report.doctor.version}`,
          '',
          'Computer:       macOS Sequoia 15.1',
          'Backup program: Finder',
          'Phones:',
          '  - Anna’s iPhone (iPhone 15 Pro, iOS 17.5) over USB; trusts this computer',
          '      Says nothing: The iPhone did not answer in time. Unplug it and plug it in again to ask once more.',
          'Backups:        1 found',
          `  - Anna’s iPhone, ${formatDateTime('2026-11-19T09:00:00Z')}: Verified: all 84,211 files it lists are here; 8,231 photos and videos · Messages · WhatsApp chats · Contacts`,
          'Folders checked:',
          '  - /b',
          'Free space:     200.0 GB where backups go',
          'iCloud Backup:  available: Available.',
          '',
          'Sources:',
          '  Computer     ok',
          '  USB          ok',
          '  usbmuxd      ok',
          '  Backups      ok',
          '  Apple status ok',
          '',
          'What was found:',
          '  - This computer runs macOS Sequoia 15.1; local backups are made with Finder.',
          '  - Local backups are made with Finder: it does the job on macOS Catalina (10.15) and later.',
          '  - Anna’s iPhone (iPhone 15 Pro, iOS 17.5) over USB; trusts this computer.',
          '',
          'Next: Open Finder, select Anna’s iPhone in the sidebar under Locations, and click Back Up Now.',
          '',
          'What the app shows:',
          '  Next step:    Back up Anna’s iPhone with Finder. Next: open Finder and click your iPhone.',
          '  Walkthrough:  step 3 of 6: Open Finder and click your iPhone.',
          '',
        ].join('\n'),
      );
    });

    it('labels each warning by how serious it is, and a source with no reason by its state alone', () => {
      const report = doctorReport(snapshot({ backups: [backup()], freeBytes: 1_000_000_000, sources: { usb: { state: 'unavailable', reason: null } } }), NOW, { notChecked: [], backupFolders: ['/b'] });
      const text = lines(formatText(report, NOW));
      expect(text).toContain('  Warning:      This computer is low on space. Only 1.0 GB is free and the backup may need about 5.0 GB. Free some space before you start, or the backup stops with an out-of-space error.');
      expect(text).toContain('  USB          unavailable:');
    });

    it('writes each of the app’s messages as prose, under the label of how serious it is', () => {
      const report = doctorReport(
        snapshot({ devices: [{ ...PHONES.ready, name: 'Dr. Ann’s iPhone' }], status: { state: 'outage', message: 'Backups are failing.' }, sources: { backups: { state: 'unavailable', reason: 'No access.' } } }),
        NOW,
        { notChecked: [], backupFolders: ['/b'] },
      );
      const shows = formatText(report, NOW).split('What the app shows:\n')[1]?.split('\n') ?? [];
      // A full stop inside a title (a name like "Dr. Ann") still needs one at its end; a question keeps its mark.
      expect(shows).toContain('  Next step:    Back up Dr. Ann’s iPhone with Finder. Next: open Finder and click your iPhone.');
      expect(shows.find((line) => line.startsWith('  Problem:      Apple reports an outage of iCloud Backup. Backups are failing.'))).toBeDefined();
      expect(shows).toContain('  Note:         The backup folder could not be read. No access. The walkthrough still works; Finder shows the date of the latest backup too.');
      expect(shows.find((line) => line.startsWith('  Note:         When did your phone last back up? The app cannot read'))).toBeDefined();
    });

    it('gives a walkthrough that has no step its words alone', () => {
      const report = doctorReport(snapshot(), NOW, { notChecked: [], backupFolders: ['/b'] });
      const finished = { ...report, plan: { ...report.plan, walkthrough: { ...report.plan.walkthrough, step: null, stepNumber: null, says: 'Finished.' } } };
      expect(lines(formatText(finished, NOW))).toContain('  Walkthrough:  Finished.');
    });

    it('says what it did not check when planning for another computer, and names no folder where there is none', () => {
      const planned = doctorReport(snapshot({ os: 'windows', version: '10.0.22631' }), NOW, { notChecked: ['usb', 'usbmux', 'backups'], backupFolders: [] });
      const text = lines(formatText(planned, NOW));
      expect(text).toContain('Computer:       Windows 11 (planned for with --host; not this computer)');
      expect(text).toContain('Phones:         not checked (they would be this computer’s, not the one planned for)');
      expect(text).toContain('Backups:        not checked (they would be this computer’s, not the one planned for)');
      expect(text).not.toContain('Folders checked:');
      const here = lines(formatText(doctorReport(snapshot({ freeBytes: null }), NOW, { notChecked: [], backupFolders: [] }), NOW));
      expect(here).toContain('Phones:         none connected');
      expect(here).toContain('Backups:        none found');
      expect(here).toContain('  (none: this system has no standard place for iPhone backups; use --backups-dir)');
      expect(here).toContain('Free space:     unknown');
    });

    it('gives each source its state and reason, and keeps a peer’s control characters out of the terminal', () => {
      const report = doctorReport(
        snapshot({ sources: { usbmux: { state: 'unavailable', reason: 'usbmuxd is not running.' }, status: { state: 'ok', reason: 'cached' } }, backups: [backup({ deviceName: 'Ann\u001b[2J' })] }),
        NOW,
        { notChecked: [], backupFolders: ['/b'] },
      );
      const text = formatText(report, NOW);
      expect(lines(text)).toContain('  usbmuxd      unavailable: usbmuxd is not running.');
      expect(lines(text)).toContain('  Apple status ok (cached)');
      expect(text).not.toContain('\u001b');
    });
  });
});
