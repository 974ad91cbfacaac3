/**
 * What each phone said about itself, for the doctor's plain-words report: the same words the
 * checklist shows beside its checks, or why the phone said nothing.
 */
import { computerBackupLines, phoneLines, PHONE_SILENT } from '../../shared/content/phone-answers';
import type { Device } from '../../shared/snapshot';

/** The lines under a phone in the report; none for a phone that cannot be asked at all. */
export function phoneSaysText(device: Device, now: Date): string[] {
  if (!device.phoneSays) return device.phoneSaysReason && device.phoneSaysReason !== 'unreachable' ? [`Says nothing: ${PHONE_SILENT[device.phoneSaysReason]}`] : [];
  const beside = phoneLines(device, now);
  return [beside['backup-switch'], beside.power, beside.storage, beside['try-backup-now'], ...computerBackupLines(device.phoneSays, now)].filter(
    (line): line is string => line !== undefined,
  );
}
