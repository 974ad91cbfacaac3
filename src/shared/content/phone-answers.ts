/**
 * The words for what a phone says about itself beside the iCloud checklist: one line beside each
 * check the phone can speak to, what it says about backups to a computer, and, when it said
 * nothing, why and what to do. The phone's answer never marks a check: the person still looks and
 * marks it.
 */
import type { Device, PhoneSays, PhoneSaysReason } from '../snapshot';
import { deviceInSentence } from './device-names';
import { formatDay } from './format';

/** iCloud's sizes in GB as Apple sells them: the free 5 GB, then the iCloud+ plans. */
export const ICLOUD_SIZES_GB = [5, 50, 200, 2000, 6000, 12000] as const;

const GB = 1_000_000_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "5 GB", "2 TB". */
function sizeName(gb: number): string {
  return gb >= 1000 ? `${gb / 1000} TB` : `${gb} GB`;
}

/** "about 87 GB", "less than 1 GB", as Apple counts (1 GB = 1,000,000,000 bytes). */
export function roughSize(bytes: number): string {
  if (bytes < 0.5 * GB) return 'less than 1 GB';
  return bytes >= 1000 * GB ? `about ${(bytes / (1000 * GB)).toFixed(1)} TB` : `about ${Math.round(bytes / GB)} GB`;
}

/** The smallest iCloud size that holds `bytes`; null when even the largest would not. */
export function icloudSizeFor(bytes: number): number | null {
  return ICLOUD_SIZES_GB.find((gb) => gb * GB >= bytes) ?? null;
}

/** "Nov 3" this year, "Nov 3, 2025" otherwise, in this computer's time zone (US dates, as everywhere in the app). */
export function shortDay(iso: string, now: Date): string {
  const date = new Date(iso);
  return date.getFullYear() === now.getFullYear() ? `${MONTHS[date.getMonth()]} ${date.getDate()}` : formatDay(iso);
}

function storageLine(says: PhoneSays): string {
  const used = says.storageUsedBytes;
  if (used === null) return 'How much this iPhone holds: not reported by the phone.';
  const holds = `This iPhone holds ${roughSize(used)}`;
  const fits = icloudSizeFor(used);
  if (fits === ICLOUD_SIZES_GB[0]) return `${holds}, so even the free 5 GB could hold its backup — if nothing else fills it.`;
  const plan = fits === null ? 'no iCloud plan is that large' : `${sizeName(fits)} would`;
  return `${holds}. Taking that as a rough estimate of its backup, the free 5 GB cannot hold it — ${plan}.`;
}

function powerLine(says: PhoneSays): string {
  const percent = says.batteryPercent === null ? '' : ` (${says.batteryPercent}%)`;
  if (says.charging === true) return `The iPhone says: charging now${percent}.`;
  if (says.charging === false && says.onPower === true) return `The iPhone says: on power, but not charging right now${percent}.`;
  if (says.charging === false) return `The iPhone says: not charging${percent}.`;
  return `Whether it is charging: not reported by the phone${percent}.`;
}

function switchLine(says: PhoneSays): string {
  if (says.icloudBackupEnabled === false) return 'iCloud Backup is off on this iPhone.';
  if (says.icloudBackupEnabled === true) return 'iCloud Backup is switched on on this iPhone.';
  return 'The iCloud Backup switch: not reported by the phone.';
}

/** The phone's own line beside a check, by check id; a check the phone cannot speak to has none. */
export function phoneLines(device: Device, now: Date): Record<string, string> {
  const says = device.phoneSays;
  const lines: Record<string, string> = {};
  if (device.iosVersion) lines['ios-update'] = `This iPhone runs iOS ${device.iosVersion}.`;
  if (!says) return lines;
  lines.storage = storageLine(says);
  lines.power = powerLine(says);
  lines['backup-switch'] = switchLine(says);
  lines['try-backup-now'] = says.lastIcloudBackup
    ? `Last iCloud backup: ${shortDay(says.lastIcloudBackup, now)} (the phone’s own record).`
    : 'Last iCloud backup: not reported by the phone.';
  return lines;
}

/** What the phone says about backups to a computer: its last one, and whether they are encrypted. */
export function computerBackupLines(says: PhoneSays, now: Date): string[] {
  return [
    says.lastComputerBackup
      ? `Last backup to a computer: ${shortDay(says.lastComputerBackup, now)} (the phone’s own record).`
      : 'Last backup to a computer: none reported by the phone.',
    says.willEncrypt === true
      ? 'Local backups will be encrypted.'
      : says.willEncrypt === false
        ? 'Local backups will not be encrypted.'
        : 'Whether local backups are encrypted: not reported by the phone.',
  ];
}

/** Why the phone said nothing, and what to do, in a sentence or two. */
export const PHONE_SILENT: Record<PhoneSaysReason, string> = {
  'not-trusted': 'Once the iPhone trusts this computer — unlock it and tap Trust when it asks — it can answer some of these checks itself.',
  locked: 'Unlock the iPhone, and it can answer some of these checks itself.',
  'session-refused':
    'The iPhone no longer accepts this computer’s trust (it may have been reset, or trust taken back), so it cannot answer these checks. Unplug it, plug it in again and tap Trust.',
  'tls-failed': 'The secure connection to the iPhone failed, so it cannot answer these checks. Unplug it and plug it in again.',
  'no-answer': 'The iPhone did not answer in time. Unplug it and plug it in again to ask once more.',
  unreachable: 'This computer sees the iPhone on the cable but cannot talk to it, so it cannot answer these checks.',
  asking: 'Asking the iPhone…',
};

/** The heading and opening words of the phone's answers on the checklist. */
export function phoneSaysIntro(device: Device | null): { title: string; lead: string } {
  if (!device) return { title: 'Your iPhone can answer some checks', lead: 'Plug it into this computer and it can answer some of these checks itself.' };
  const name = deviceInSentence(device);
  if (!device.phoneSays) return { title: `What ${name} says`, lead: PHONE_SILENT[device.phoneSaysReason ?? 'no-answer'] };
  return {
    title: `What ${name} says`,
    lead: 'Read from the iPhone itself, through the trust it gave this computer; nothing on it is changed. Its answers sit beside the checks below — still look for yourself before you mark them.',
  };
}
