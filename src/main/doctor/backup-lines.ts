/** One line per backup for the doctor's plain-words report: whose, when, and what was proven about it. */
import { archivedLabel, contentsLine, verificationLine } from '../../shared/content/backup-proof';
import { formatDateTime } from '../../shared/content/format';
import type { Backup } from '../../shared/snapshot';

/** "Ana's iPhone, 8:15 AM on Nov 20, 2026: Verified: all 21 files it lists are here; 12 photos and videos · Messages". */
export function describeBackup(backup: Backup): string {
  const who = [backup.deviceName ?? 'Unnamed device', archivedLabel(backup)].filter(Boolean).join(', ');
  const when = backup.lastBackupDate ? `, ${formatDateTime(backup.lastBackupDate)}` : '';
  const state = backup.inProgress
    ? 'being written now'
    : backup.problem ?? verificationLine(backup) ?? (backup.complete === true ? 'complete' : 'state unknown');
  const inside = backup.contents ? `; ${contentsLine(backup.contents)}` : backup.verification.state === 'encrypted' && !backup.problem ? '; encrypted, so its contents cannot be shown' : '';
  return `${who}${when}: ${state}${inside}`;
}
