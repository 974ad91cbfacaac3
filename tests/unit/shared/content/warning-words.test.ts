/**
 * The overview's warnings as a person reads them: for each warning, on each kind of computer,
 * the title, the words and the one thing to do, with what the sources reported woven in.
 */
import { describe, expect, it } from 'vitest';
import type { Guidance, Warning } from '../../../../src/shared/guidance/types';
import { icloudTroubleTitle, STATUS_BUTTON, warningWords } from '../../../../src/shared/content/warning-words';
import { problemContent } from '../../../../src/shared/content/problems';
import type { OsFamily, SourceStatus } from '../../../../src/shared/snapshot';
import { READY_PHONE, snapshot } from '../../../support/snapshots';
import { checklistPart, datesPart, walkthroughPart } from '../../../support/guidance-parts';

function guidance(fields: Partial<Guidance> = {}): Guidance {
  return { route: 'finder', walkthrough: walkthroughPart(), checklist: checklistPart(), dates: datesPart(), warnings: [], next: { id: 'all-good', screen: 'overview' }, ...fields };
}

const warning = (id: Warning['id']): Warning => ({ id, severity: 'warning' });
const failed = (reason: string | null): SourceStatus => ({ state: 'unavailable', reason });

describe('content', () => {
  describe('warningWords', () => {
    it('names each kind of trouble Apple reports, and sends the person to Apple’s status page', () => {
      for (const [state, title] of [
        ['outage', 'Apple reports an outage of iCloud Backup'],
        ['issue', 'Apple reports a problem with iCloud Backup'],
        ['maintenance', 'Apple is working on iCloud Backup (maintenance)'],
        ['performance', 'Apple reports iCloud Backup is running slowly'],
        ['something-new', 'Apple reports trouble with iCloud Backup'],
      ] as const) {
        expect(icloudTroubleTitle(state)).toBe(title);
      }
      const world = snapshot({ status: { state: 'outage', message: 'Some users are affected.' } as never });
      expect(warningWords(warning('icloud-status'), guidance(), world)).toEqual({
        title: 'Apple reports an outage of iCloud Backup',
        body: 'Some users are affected. The trouble is on Apple’s side, so wait for Apple to fix it — or back up to this computer meanwhile.',
        action: STATUS_BUTTON,
      });
      expect(STATUS_BUTTON).toEqual({ action: 'open-system-status', label: 'Open Apple’s status page' });
    });

    it('says Apple’s status could not be checked, with the reason when there is one', () => {
      const look = 'Look at Apple’s System Status page yourself: a yellow or red mark next to iCloud Backup means the trouble is Apple’s.';
      expect(warningWords(warning('status-unknown'), guidance(), snapshot({ sources: { status: failed('No network.') } }))).toEqual({
        title: 'Apple’s status could not be checked',
        body: `No network. ${look}`,
        action: STATUS_BUTTON,
      });
      expect(warningWords(warning('status-unknown'), guidance(), snapshot({ sources: { status: failed(null) } })).body).toBe(look);
    });

    it('warns of a missing program or device support in the same words as the walkthrough’s problem card', () => {
      const walkthrough = walkthroughPart({ problem: 'program-missing', device: READY_PHONE });
      const card = problemContent('program-missing', 'windows', 'apple-devices', true, 'iPhone');
      expect(card.actions?.[0]).toBeDefined();
      expect(warningWords(warning('program-missing'), guidance({ route: 'apple-devices', walkthrough }), snapshot({ os: 'windows', version: '10.0.22631' }))).toEqual({
        title: card.title,
        body: card.body.join(' '),
        action: card.actions?.[0],
      });
      const support = problemContent('no-device-support', 'windows', 'apple-devices', false, 'iPhone');
      expect(warningWords(warning('no-device-support'), guidance({ route: 'apple-devices' }), snapshot({ os: 'windows', version: '10.0.22631' })).title).toBe(support.title);
    });

    it('tells a Windows that sees the phone but cannot talk to it what to install, in every sentence of the card', () => {
      const windows = snapshot({ os: 'windows', version: '10.0.22631' });
      const walkthrough = walkthroughPart({ problem: 'no-device-support', device: READY_PHONE });
      const words = warningWords(warning('no-device-support'), guidance({ route: 'apple-devices', walkthrough }), windows);
      expect(words.title).toBe('Windows sees an iPhone but cannot talk to it');
      expect(words.body).toBe(
        'Apple Mobile Device Service, which lets Windows talk to an iPhone, is missing or not running, so no program on this computer can make the backup. Install Apple Devices from the Microsoft Store: it brings Apple Mobile Device Service with it. Then unplug the device and plug it back in. Installed already? Restart the computer so that Apple Mobile Device Service starts again.',
      );
    });

    it('warns of missing device support on Linux with no button, as there is nothing to download', () => {
      const linux = snapshot({ os: 'linux', version: '6.8' });
      const words = warningWords(warning('no-device-support'), guidance({ route: 'idevicebackup2', walkthrough: walkthroughPart({ device: READY_PHONE }) }), linux);
      expect(words).toEqual({ title: 'This computer sees an iPhone but cannot talk to it', body: expect.stringContaining('sudo apt install usbmuxd'), action: undefined });
    });

    it('on Linux, asks for usbmuxd by name; elsewhere, for a restart', () => {
      expect(warningWords(warning('usbmux-unavailable'), guidance({ route: 'idevicebackup2' }), snapshot({ os: 'linux', version: '6.8', sources: { usbmux: failed('No socket.') } }))).toEqual({
        title: 'The usbmuxd service is not running',
        body: 'No socket. Without it no program can talk to a phone. Install or start it (“sudo apt install usbmuxd”), then plug the phone in again.',
      });
      expect(warningWords(warning('usbmux-unavailable'), guidance(), snapshot({ sources: { usbmux: failed(null) } }))).toEqual({
        title: 'The service that talks to phones is not answering',
        body: 'The computer cannot see a phone until it answers again. Restart the computer: the service starts again by itself.',
      });
      expect(warningWords(warning('usbmux-unavailable'), guidance({ route: 'idevicebackup2' }), snapshot({ os: 'linux', version: '6.8', sources: { usbmux: failed(null) } })).body).toBe(
        'Without it no program can talk to a phone. Install or start it (“sudo apt install usbmuxd”), then plug the phone in again.',
      );
    });

    it('says unreadable USB ports are no problem, naming what still sees the phone on each system', () => {
      const words = (os: OsFamily, reason: string | null) => warningWords(warning('usb-unreadable'), guidance(), snapshot({ os, sources: { usb: failed(reason) } }));
      expect(words('linux', 'No access.')).toEqual({
        title: 'The USB ports could not be checked directly',
        body: 'No access. That is no problem for a backup: a phone that usbmuxd can talk to still shows up here. If yours does not, unplug it, plug it in again and unlock it.',
      });
      expect(words('windows', null).body).toBe(
        'That is no problem for a backup: a phone that Apple’s software can talk to still shows up here. If yours does not, unplug it, plug it in again and unlock it.',
      );
    });

    it('on a Mac, asks for Full Disk Access with the button and the page that shows each click; elsewhere, names the program that shows the date', () => {
      expect(warningWords(warning('backups-need-permission'), guidance(), snapshot())).toEqual({
        title: 'Let the app see your backups',
        body: 'macOS keeps the backup folder private. So that Backup Lifeboat can check your backups — it only reads them, never changes them — give it Full Disk Access. The Last backup dates page shows each click.',
        action: { action: 'open-full-disk-access', label: 'Open Full Disk Access settings' },
        screen: { id: 'dates', label: 'Show me how' },
      });
      const windows = snapshot({ os: 'windows', version: '10.0.22631', sources: { backups: failed('Access is denied.') } });
      expect(warningWords(warning('backups-need-permission'), guidance({ route: 'apple-devices' }), windows)).toEqual({
        title: 'This account may not read the backup folder',
        body: 'Access is denied. The walkthrough still works; Apple Devices shows the date of the latest backup too.',
      });
      const unexplained = snapshot({ os: 'windows', version: '10.0.22631', sources: { backups: { state: 'needs-permission', reason: null } } });
      expect(warningWords(warning('backups-need-permission'), guidance({ route: 'apple-devices' }), unexplained).body).toBe(
        'The walkthrough still works; Apple Devices shows the date of the latest backup too.',
      );
      expect(warningWords(warning('backups-unreadable'), guidance({ route: 'itunes' }), snapshot({ sources: { backups: failed(null) } }))).toEqual({
        title: 'The backup folder could not be read',
        body: 'The walkthrough still works; iTunes shows the date of the latest backup too.',
      });
    });

    it('tells an old iCloud backup from an old local one, each with its age and where to go', () => {
      const icloudOld = datesPart({ newest: 'icloud', flag: 'stale', icloud: { date: '2026-11-01', ageDays: 19, stale: true } as never });
      expect(warningWords(warning('backup-stale'), guidance({ dates: icloudOld }), snapshot())).toEqual({
        title: 'Your last iCloud backup is 19 days old',
        body: 'iCloud backs up every night on its own, so more than a week means the automatic iCloud backups have stopped. Work through the iCloud checklist, or make a backup to this computer now.',
        screen: { id: 'checklist', label: 'Fix iCloud Backup' },
      });
      const localOld = (icloud: unknown) => datesPart({ newest: 'local', flag: 'stale', icloud: icloud as never, local: { date: '2026-11-10', ageDays: 10, stale: true } as never });
      const start = 'A backup on this computer is only made when you make one, so it ages until the next.';
      expect(warningWords(warning('backup-stale'), guidance({ dates: localOld(null) }), snapshot())).toEqual({
        title: 'Your newest backup on this computer is 10 days old',
        body: `${start} Note the iCloud date your phone shows to see whether iCloud is newer, or make a fresh backup to this computer now.`,
        screen: { id: 'dates', label: 'See backup dates' },
      });
      expect(warningWords(warning('backup-stale'), guidance({ dates: localOld({ date: '2026-10-01', ageDays: 50, stale: true }) }), snapshot()).body).toBe(
        `${start} Your iCloud backup is older still: make a fresh backup to this computer now.`,
      );
    });

    it('tells a phone that never finished an iCloud backup from one whose date is not noted', () => {
      expect(warningWords(warning('backup-missing'), guidance({ dates: datesPart({ icloudNever: true }) }), snapshot())).toEqual({
        title: 'Your phone has never finished an iCloud backup',
        body: 'Until it does, iCloud holds no copy of it. Start with the iCloud Backup switch, or make a backup to this computer now.',
        screen: { id: 'checklist', label: 'Fix iCloud Backup' },
      });
      expect(warningWords(warning('backup-missing'), guidance(), snapshot())).toEqual({
        title: 'When did your phone last back up?',
        body: 'The app cannot read iCloud’s date from here. Look on your phone and note the date, so the app can tell you when it gets old.',
        screen: { id: 'dates', label: 'Note the iCloud date' },
      });
    });

    it('says how much space is free and how much the backup needs, or only to free some', () => {
      const walkthrough = walkthroughPart({ lowDiskSpace: { freeBytes: 2_500_000_000, neededBytes: 64_000_000_000 } });
      expect(warningWords(warning('low-disk'), guidance({ walkthrough }), snapshot())).toEqual({
        title: 'This computer is low on space',
        body: 'Only 2.5 GB is free and the backup may need about 64.0 GB. Free some space before you start, or the backup stops with an out-of-space error.',
      });
      expect(warningWords(warning('low-disk'), guidance(), snapshot()).body).toBe('Free some space before you start.');
    });
  });
});
