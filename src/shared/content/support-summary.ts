/**
 * The text the person sends Apple Support: what Apple asks for (iOS version, the exact error, how
 * long, what was tried), filled in from what the app knows and what the person typed.
 */
import type { Guidance } from '../guidance/types';
import { routeProgramName } from '../guidance/route';
import type { Progress } from '../progress';
import { safeBlock, safeText } from '../safe-text';
import type { Snapshot } from '../snapshot';
import { CHECKLIST_ITEMS, MARK_LABELS } from './checklist-items';
import { modelName } from './device-names';
import { formatDay, formatMoment } from './format';
import { ICLOUD_STATUS_LABEL } from './overview';

const NOT_GIVEN = '(not filled in yet)';

function iosVersion(snapshot: Snapshot, guidance: Guidance, progress: Progress): string {
  const device = guidance.walkthrough.device;
  if (device?.iosVersion) return `iOS ${device.iosVersion}`;
  if (progress.support.iosVersion.trim()) return `iOS ${progress.support.iosVersion.trim()}`;
  const fromBackup = snapshot.backups.find((backup) => backup.iosVersion)?.iosVersion;
  return fromBackup ? `iOS ${fromBackup} (from the last local backup)` : NOT_GIVEN;
}

function tried(guidance: Guidance): string[] {
  const marked = guidance.checklist.items.filter((item) => item.mark !== 'not-yet');
  if (marked.length === 0) return ['- Nothing from the checklist yet.'];
  return marked.map((item) => {
    const words = CHECKLIST_ITEMS[item.id];
    const label = (words?.marks ?? MARK_LABELS)[item.mark];
    return `- ${words?.title ?? item.id} — ${label}`;
  });
}

/** The whole summary, as plain text ready to paste. */
export function supportSummary(snapshot: Snapshot, progress: Progress, guidance: Guidance, now: Date): string {
  const device = guidance.walkthrough.device;
  const { icloud, local } = guidance.dates;
  const status = snapshot.icloudBackupStatus;
  const lines = [
    'iPhone backup problem',
    '',
    `Phone: ${device ? `${modelName(device)}${device.name ? ` (“${safeText(device.name)}”)` : ''}` : 'not connected to the computer'}`,
    `iOS version: ${iosVersion(snapshot, guidance, progress)}`,
    `Exact error message: ${progress.support.errorText.trim() || NOT_GIVEN}`,
    `Going on for: ${progress.support.howLong.trim() || NOT_GIVEN}`,
    '',
    'Already tried (iCloud checklist):',
    ...tried(guidance),
    '',
    `Last successful iCloud backup (shown on the phone): ${icloud ? formatDay(icloud.date) : guidance.dates.icloudNever ? 'never' : 'not noted'}`,
    `Newest backup on this computer: ${local ? formatMoment(local.date, now) : 'none found'}`,
    `Apple System Status for iCloud Backup: ${ICLOUD_STATUS_LABEL[status.state]}${status.state === 'available' || status.state === 'unknown' ? '' : ` — ${status.message}`}`,
    `Computer: ${snapshot.host.displayName}; local backups with ${routeProgramName(guidance.route)}`,
  ];
  // Pasted into a chat or an email: nothing a phone, a backup or Apple's feed said may hide or reorder text.
  return safeBlock(lines.join('\n'));
}
