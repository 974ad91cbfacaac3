import { describe, expect, it } from 'vitest';
import { icloudInTrouble, planWarnings } from '../../../../src/shared/guidance/warnings';
import type { NextStep, Warning } from '../../../../src/shared/guidance/types';
import type { IcloudBackupStatus } from '../../../../src/shared/snapshot';
import { datesPart, walkthroughPart } from '../../../support/guidance-parts';
import { snapshot, type SnapshotParts } from '../../../support/snapshots';

const START: NextStep = { id: 'start-checklist', screen: 'checklist' };
const UNAVAILABLE = { state: 'unavailable', reason: 'Could not read.' } as const;
const FRESH = datesPart({ flag: 'fresh' });

/** The warnings for a snapshot made of `parts`, with a fresh backup unless `dates` says otherwise. */
function warningsFor(parts: SnapshotParts, fields: { walkthrough?: Parameters<typeof walkthroughPart>[0]; dates?: Parameters<typeof datesPart>[0]; next?: NextStep } = {}): Warning[] {
  return planWarnings(snapshot(parts), walkthroughPart(fields.walkthrough), datesPart({ flag: 'fresh', ...fields.dates }), fields.next ?? START);
}

const status = (state: IcloudBackupStatus['state']): SnapshotParts => ({ status: { state, message: 'From Apple.' } });

describe('guidance', () => {
  describe('warnings', () => {
    it('warns of nothing when every source read and a fresh backup exists', () => {
      expect(planWarnings(snapshot(), walkthroughPart(), FRESH, START)).toEqual([]);
    });

    it("calls an outage a problem and Apple's other trouble a warning; an available service nothing", () => {
      expect(warningsFor(status('outage'))).toEqual([{ id: 'icloud-status', severity: 'problem' }]);
      for (const state of ['issue', 'maintenance', 'performance'] as const) {
        expect(warningsFor(status(state)), state).toEqual([{ id: 'icloud-status', severity: 'warning' }]);
        expect(icloudInTrouble(snapshot(status(state))), state).toBe(true);
      }
      for (const state of ['available', 'unknown'] as const) expect(icloudInTrouble(snapshot(status(state))), state).toBe(false);
    });

    it("leaves Apple's trouble to the next step when the next step is going local because of it", () => {
      expect(warningsFor(status('outage'), { next: { id: 'icloud-down-go-local', screen: 'walkthrough' } })).toEqual([]);
    });

    it('notes an unknown status only when the status feed could not be read', () => {
      expect(warningsFor({ sources: { status: UNAVAILABLE } })).toEqual([{ id: 'status-unknown', severity: 'info' }]);
      // Trouble reported earlier still counts while the feed is unreachable now: said once, as trouble.
      expect(warningsFor({ ...status('outage'), sources: { status: UNAVAILABLE } })).toEqual([{ id: 'icloud-status', severity: 'problem' }]);
    });

    it('raises missing device support as a problem unless the next step is already about it', () => {
      expect(warningsFor({}, { walkthrough: { problem: 'no-device-support' } })).toEqual([{ id: 'no-device-support', severity: 'problem' }]);
      expect(warningsFor({}, { walkthrough: { problem: 'no-device-support' }, next: { id: 'fix-problem', screen: 'walkthrough' } })).toEqual([]);
    });

    it('warns of a missing program, and of usbmuxd unreadable where it is not the device-support problem already', () => {
      expect(warningsFor({}, { walkthrough: { problem: 'program-missing' } })).toEqual([{ id: 'program-missing', severity: 'warning' }]);
      expect(warningsFor({ sources: { usbmux: UNAVAILABLE } })).toEqual([{ id: 'usbmux-unavailable', severity: 'warning' }]);
      expect(warningsFor({ os: 'windows', version: '10.0.22631', sources: { usbmux: UNAVAILABLE } })).toEqual([]);
      expect(warningsFor({ sources: { usbmux: UNAVAILABLE } }, { walkthrough: { problem: 'no-device-support' }, next: { id: 'fix-problem', screen: 'walkthrough' } })).toEqual([]);
    });

    it('says which sources of backups and devices could not be read', () => {
      expect(warningsFor({ sources: { usb: UNAVAILABLE } })).toEqual([{ id: 'usb-unreadable', severity: 'info' }]);
      expect(warningsFor({ sources: { backups: { state: 'needs-permission', reason: 'Full Disk Access.' } } })).toEqual([{ id: 'backups-need-permission', severity: 'warning' }]);
      expect(warningsFor({ sources: { backups: UNAVAILABLE } })).toEqual([{ id: 'backups-unreadable', severity: 'info' }]);
    });

    it('warns of an old backup, notes a missing one, and warns when the phone itself says it never backed up', () => {
      expect(warningsFor({}, { dates: { flag: 'stale' } })).toEqual([{ id: 'backup-stale', severity: 'warning' }]);
      expect(warningsFor({}, { dates: { flag: 'missing' } })).toEqual([{ id: 'backup-missing', severity: 'info' }]);
      expect(warningsFor({}, { dates: { flag: 'missing', icloudNever: true } })).toEqual([{ id: 'backup-missing', severity: 'warning' }]);
    });

    it('warns when the disk is too full for the backup', () => {
      expect(warningsFor({}, { walkthrough: { lowDiskSpace: { freeBytes: 1, neededBytes: 2 } } })).toEqual([{ id: 'low-disk', severity: 'warning' }]);
    });

    it('lists problems first, then warnings, then notes, whatever order they arose in', () => {
      const all = warningsFor(
        { ...status('outage'), sources: { usb: UNAVAILABLE, usbmux: UNAVAILABLE } },
        { walkthrough: { problem: 'program-missing', lowDiskSpace: { freeBytes: 1, neededBytes: 2 } }, dates: { flag: 'missing' } },
      );
      expect(all).toEqual([
        { id: 'icloud-status', severity: 'problem' },
        { id: 'program-missing', severity: 'warning' },
        { id: 'usbmux-unavailable', severity: 'warning' },
        { id: 'low-disk', severity: 'warning' },
        { id: 'usb-unreadable', severity: 'info' },
        { id: 'backup-missing', severity: 'info' },
      ]);
    });
  });
});
