/** What the overview points out besides the next step: Apple's side, this computer's side, and old backups. */
import type { Snapshot } from '../snapshot';
import type { BackupDates, NextStep, Walkthrough, Warning } from './types';

/** States of Apple's iCloud Backup service that mean trouble on Apple's side. */
export const ICLOUD_TROUBLE = ['outage', 'issue', 'maintenance', 'performance'] as const;

/** True when Apple reports any trouble with iCloud Backup. */
export function icloudInTrouble(snapshot: Snapshot): boolean {
  return (ICLOUD_TROUBLE as readonly string[]).includes(snapshot.icloudBackupStatus.state);
}

/**
 * The warnings for this snapshot, most serious first, leaving out what the next step already says
 * (Apple's trouble when the next step is to back up locally because of it; the problem the next
 * step is about), so the overview says each thing once.
 */
export function planWarnings(snapshot: Snapshot, walkthrough: Walkthrough, dates: BackupDates, next: NextStep): Warning[] {
  const warnings: Warning[] = [];
  const nextIsProblem = next.id === 'fix-problem';
  if (icloudInTrouble(snapshot)) {
    if (next.id !== 'icloud-down-go-local') warnings.push({ id: 'icloud-status', severity: snapshot.icloudBackupStatus.state === 'outage' ? 'problem' : 'warning' });
  } else if (snapshot.sources.status.state === 'unavailable') {
    warnings.push({ id: 'status-unknown', severity: 'info' });
  }
  if (walkthrough.problem === 'no-device-support' && !nextIsProblem) warnings.push({ id: 'no-device-support', severity: 'problem' });
  if (walkthrough.problem === 'program-missing') warnings.push({ id: 'program-missing', severity: 'warning' });
  // On Windows a missing device service is the no-device-support problem already; elsewhere it needs its own words.
  if (snapshot.sources.usbmux.state === 'unavailable' && snapshot.host.os !== 'windows' && walkthrough.problem !== 'no-device-support') {
    warnings.push({ id: 'usbmux-unavailable', severity: 'warning' });
  }
  return [...warnings, ...dataWarnings(snapshot, walkthrough, dates)].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

const ORDER = { problem: 0, warning: 1, info: 2 };

/** Warnings about the backups themselves and where they are kept. */
function dataWarnings(snapshot: Snapshot, walkthrough: Walkthrough, dates: BackupDates): Warning[] {
  const warnings: Warning[] = [];
  if (snapshot.sources.usb.state === 'unavailable') warnings.push({ id: 'usb-unreadable', severity: 'info' });
  if (snapshot.sources.backups.state === 'needs-permission') warnings.push({ id: 'backups-need-permission', severity: 'warning' });
  if (snapshot.sources.backups.state === 'unavailable') warnings.push({ id: 'backups-unreadable', severity: 'info' });
  if (dates.flag === 'stale') warnings.push({ id: 'backup-stale', severity: 'warning' });
  // Nothing known is not alarming on its own: on a first run nobody has noted a date yet. The phone saying "Never" is.
  if (dates.flag === 'missing') warnings.push({ id: 'backup-missing', severity: dates.icloudNever ? 'warning' : 'info' });
  if (walkthrough.lowDiskSpace) warnings.push({ id: 'low-disk', severity: 'warning' });
  return warnings;
}
