import { describe, expect, it } from 'vitest';
import { plan } from '../../../../src/shared/guidance/plan';
import type { NextStepId, WarningId } from '../../../../src/shared/guidance/types';
import type { Route } from '../../../../src/shared/guidance/route';
import type { Progress } from '../../../../src/shared/progress';
import type { Backup, Device, IcloudBackupStatus, Snapshot } from '../../../../src/shared/snapshot';
import { backup, NOW, PHONES, progress, snapshot, type SnapshotParts } from '../../../support/snapshots';

const HOSTS: Record<string, SnapshotParts> = {
  'macOS 15': { os: 'macos', version: '15.1' },
  'macOS 10.14': { os: 'macos', version: '10.14.6' },
  'Windows 11': { os: 'windows', version: '10.0.22631', software: { appleDevices: true, mobileDeviceService: 'running' } },
  'Windows 11, no device service': { os: 'windows', version: '10.0.22631', software: { appleDevices: false, itunes: 'none', mobileDeviceService: 'missing' } },
  'Windows 10, iTunes only': { os: 'windows', version: '10.0.19045', software: { appleDevices: false, itunes: 'desktop', mobileDeviceService: 'running' } },
  Linux: { os: 'linux', version: '6.8.0' },
  'unknown OS': { os: 'other', version: '' },
};
const DEVICES: Record<string, Device[]> = {
  none: [],
  ...Object.fromEntries(Object.entries(PHONES).map(([name, device]) => [name, [device]])),
  'two phones': [PHONES.recovery, PHONES.ready],
};
const STATUSES: Record<string, Partial<SnapshotParts>> = {
  available: {},
  outage: { status: { state: 'outage', message: 'Down.' } },
  maintenance: { status: { state: 'maintenance', message: 'Works.' } },
  'status unreachable': { status: { state: 'unknown', message: 'Not checked.' }, sources: { status: { state: 'unavailable', reason: 'Offline.' } } },
};
const BACKUPS: Record<string, Partial<SnapshotParts>> = {
  none: {},
  'one from yesterday': { backups: [backup()] },
  'one a month old': { backups: [backup({ lastBackupDate: '2026-10-20T09:00:00Z' })] },
  'one being written': { backups: [backup({ complete: false, inProgress: { bytesWritten: 100_000_000 } })] },
  'one finished today': { backups: [backup({ lastBackupDate: '2026-11-20T11:45:00Z' })] },
  'folder needs permission': { sources: { backups: { state: 'needs-permission', reason: 'Full Disk Access.' } } },
  'disk nearly full': { backups: [backup()], freeBytes: 1_000_000_000 },
};
const PROGRESS: Record<string, Progress> = {
  fresh: progress(),
  'half the checklist': progress({ checklist: { storage: 'fine', wifi: 'fine', power: 'fine' } }),
  'test backup worked': progress({ checklist: { 'try-backup-now': 'fine' }, icloudLastBackup: { date: '2026-11-19', notedAt: NOW.toISOString() } }),
  'walkthrough at Back Up Now': progress({ confirmedSteps: ['trust', 'open-program', 'options'] }),
  'attempt recorded': progress({
    confirmedSteps: ['trust', 'open-program', 'options', 'back-up-now'],
    backupAttempt: { udid: PHONES.ready.udid, startedAt: '2026-11-20T11:30:00Z', previousNewest: '2026-11-19T09:00:00Z' },
  }),
};

function world(host: string, devices: string, status: string, backups: string): Snapshot {
  return snapshot({ ...HOSTS[host], devices: DEVICES[devices], ...STATUSES[status], ...BACKUPS[backups] });
}

describe('guidance', () => {
  describe('plan', () => {
    describe('over every host × device × status × backups × progress', () => {
      const combinations = Object.keys(HOSTS).flatMap((host) =>
        Object.keys(DEVICES).flatMap((devices) =>
          Object.keys(STATUSES).flatMap((status) => Object.keys(BACKUPS).flatMap((backups) => Object.keys(PROGRESS).map((saved) => [host, devices, status, backups, saved] as const))),
        ),
      );

      it(`holds together in all ${combinations.length} combinations`, () => {
        for (const [host, devices, status, backups, saved] of combinations) {
          const where = `${host} / ${devices} / ${status} / ${backups} / ${saved}`;
          const snap = world(host, devices, status, backups);
          const guidance = plan(snap, PROGRESS[saved] ?? progress(), NOW);
          const { walkthrough } = guidance;
          const current = walkthrough.steps.filter((step) => step.state === 'current');
          expect(walkthrough.steps, where).toHaveLength(6);
          expect(current.length, where).toBe(walkthrough.current ? 1 : 0);
          expect(walkthrough.current === null, where).toBe(walkthrough.finished !== null);
          if (walkthrough.problem && !['program-missing', 'no-program'].includes(walkthrough.problem) && !walkthrough.finished) expect(walkthrough.current, where).toBe('connect');
          if (walkthrough.recordAttempt) {
            expect(snap.sources.backups.state, where).toBe('ok');
            expect(['back-up-now', 'wait'], where).toContain(walkthrough.current);
          }
          if (guidance.warnings.some((w) => w.id === 'icloud-status')) expect(['outage', 'maintenance'], where).toContain(status);
          if (status === 'outage' && !walkthrough.device && !walkthrough.problem && walkthrough.backup.state !== 'in-progress' && !walkthrough.finished) {
            expect(guidance.next.id, where).toBe('icloud-down-go-local');
          }
          expect(['overview', 'checklist', 'walkthrough', 'dates', 'help'], where).toContain(guidance.next.screen);
        }
      }, 60_000); // thousands of plans: generous on a busy two-core machine, since this checks logic, not speed
    });

    it.each<[string, SnapshotParts, Progress, Route, NextStepId]>([
      ['a first look on a Mac', HOSTS['macOS 15']!, progress(), 'finder', 'start-checklist'],
      ['a first look on Mojave', HOSTS['macOS 10.14']!, progress(), 'itunes', 'start-checklist'],
      ['half-way through the checklist', {}, PROGRESS['half the checklist']!, 'finder', 'continue-checklist'],
      ['every check done and iCloud still failing', {}, progress({ checklist: { storage: 'fine', wifi: 'fine', power: 'fine', 'backup-switch': 'fine', 'try-backup-now': 'culprit', 'too-much-data': 'fine', 'ios-update': 'fine', 'apple-account': 'fine', 'reset-network': 'fine' } }), 'finder', 'checklist-exhausted-go-local'],
      ['the test backup worked but no date noted', {}, progress({ checklist: { 'try-backup-now': 'fine' } }), 'finder', 'note-icloud-date'],
      ['the test backup worked and a fresh date noted', {}, PROGRESS['test backup worked']!, 'finder', 'all-good'],
      ['Apple reports an outage', { status: { state: 'outage', message: 'Down.' } }, progress(), 'finder', 'icloud-down-go-local'],
      ['a phone on the cable', { devices: [PHONES.ready] }, progress(), 'finder', 'continue-walkthrough'],
      ['a phone on the cable during an outage', { devices: [PHONES.ready], status: { state: 'outage', message: 'x' } }, progress(), 'finder', 'continue-walkthrough'],
      ['a phone in recovery mode', { devices: [PHONES.recovery] }, progress(), 'finder', 'fix-problem'],
      ['Windows without Apple’s device service', HOSTS['Windows 11, no device service']!, progress(), 'apple-devices', 'fix-problem'],
      ['Windows with only iTunes', { ...HOSTS['Windows 10, iTunes only'], devices: [PHONES.ready] }, progress(), 'itunes', 'continue-walkthrough'],
      ['a backup being written', { devices: [PHONES.ready], ...BACKUPS['one being written'] }, progress(), 'finder', 'watch-backup'],
      ['a backup just verified', { devices: [PHONES.ready], ...BACKUPS['one finished today'] }, PROGRESS['attempt recorded']!, 'finder', 'backup-verified'],
      ['Linux with a phone', { ...HOSTS.Linux, devices: [PHONES.ready] }, progress(), 'idevicebackup2', 'continue-walkthrough'],
    ])('%s: %s, next %s', (_label, parts, saved, route, next) => {
      const guidance = plan(snapshot(parts), saved, NOW);
      expect(guidance.route).toBe(route);
      expect(guidance.next.id).toBe(next);
    });

    it.each<[string, SnapshotParts, Progress, WarningId[]]>([
      ['nothing known about any backup', {}, progress(), ['backup-missing']],
      ['a fresh local backup', { backups: [backup()] }, progress(), []],
      ['a month-old local backup', BACKUPS['one a month old']!, progress(), ['backup-stale']],
      ['an outage while a phone is on the cable', { status: { state: 'outage', message: 'x' }, devices: [PHONES.ready], backups: [backup()] }, progress(), ['icloud-status']],
      ['an outage with no phone: the next step says it, so no warning repeats it', { status: { state: 'outage', message: 'x' }, backups: [backup()] }, progress(), []],
      ['Apple’s status unreachable', { ...STATUSES['status unreachable'], backups: [backup()] }, progress(), ['status-unknown']],
      ['a Mac without Full Disk Access', BACKUPS['folder needs permission']!, PROGRESS['test backup worked']!, ['backups-need-permission']],
      ['a backup folder that cannot be read', { sources: { backups: { state: 'unavailable', reason: 'x' } } }, PROGRESS['test backup worked']!, ['backups-unreadable']],
      ['Windows without the device service: the next step says it', { ...HOSTS['Windows 11, no device service'], backups: [backup()] }, progress(), []],
      ['Windows 11 without Apple Devices', { os: 'windows', version: '10.0.22631', software: { appleDevices: false, itunes: 'none' }, backups: [backup()] }, progress(), ['program-missing']],
      ['a nearly full disk', { devices: [PHONES.ready], ...BACKUPS['disk nearly full'] }, progress(), ['low-disk']],
      ['a Mac whose usbmuxd does not answer', { backups: [backup()], sources: { usbmux: { state: 'unavailable', reason: 'x' } } }, progress(), ['usbmux-unavailable']],
      ['Linux without usbmuxd', { ...HOSTS.Linux, backups: [backup()], sources: { usbmux: { state: 'unavailable', reason: 'x' } } }, progress(), ['usbmux-unavailable']],
      ['Windows without usbmuxd: the device-support problem, as the next step, says it', { ...HOSTS['Windows 11'], backups: [backup()], sources: { usbmux: { state: 'unavailable', reason: 'x' } } }, progress(), []],
      ['a Mac that sees a phone on USB alone: the device-support problem, as the next step, says it', { devices: [PHONES.usbOnly], backups: [backup()], sources: { usbmux: { state: 'unavailable', reason: 'x' } } }, progress(), []],
      ['no USB subsystem', { ...HOSTS.Linux, backups: [backup()], sources: { usb: { state: 'unavailable', reason: 'x' } } }, progress(), ['usb-unreadable']],
      ['nothing reachable at all', { sources: { usb: { state: 'unavailable', reason: 'x' }, usbmux: { state: 'unavailable', reason: 'x' }, status: { state: 'unavailable', reason: 'x' }, backups: { state: 'needs-permission', reason: 'x' } } }, progress(), ['usbmux-unavailable', 'backups-need-permission', 'status-unknown', 'usb-unreadable', 'backup-missing']],
      ['the phone said “Never”', {}, progress({ icloudLastBackup: { date: 'never', notedAt: NOW.toISOString() } }), ['backup-missing']],
    ])('warnings for %s', (_label, parts, saved, warnings) => {
      expect(plan(snapshot(parts), saved, NOW).warnings.map((warning) => warning.id)).toEqual(warnings);
    });

    it('makes nothing known a note on a first run, and the phone’s “Never” a warning', () => {
      expect(plan(snapshot(), progress(), NOW).warnings).toEqual([{ id: 'backup-missing', severity: 'info' }]);
      const never = progress({ icloudLastBackup: { date: 'never', notedAt: NOW.toISOString() } });
      expect(plan(snapshot(), never, NOW).warnings).toEqual([{ id: 'backup-missing', severity: 'warning' }]);
    });

    it('puts a problem before a warning and a warning before a note', () => {
      const parts: SnapshotParts = { devices: [PHONES.ready], status: { state: 'outage', message: 'x' } as IcloudBackupStatus, sources: { backups: { state: 'unavailable', reason: 'x' } } };
      const severities = plan(snapshot(parts), progress(), NOW).warnings.map((warning) => warning.severity);
      expect(severities).toEqual([...severities].sort((a, b) => ['problem', 'warning', 'info'].indexOf(a) - ['problem', 'warning', 'info'].indexOf(b)));
      expect(severities[0]).toBe('problem');
    });

    it('is pure: the same inputs give the same guidance, and the inputs are left alone', () => {
      const snap = snapshot({ devices: [PHONES.ready], backups: [backup()] as Backup[] });
      const saved = PROGRESS['walkthrough at Back Up Now']!;
      const before = JSON.stringify([snap, saved]);
      expect(plan(snap, saved, NOW)).toEqual(plan(snap, saved, NOW));
      expect(JSON.stringify([snap, saved])).toBe(before);
    });
  });
});
