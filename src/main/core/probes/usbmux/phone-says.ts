/**
 * What a phone's lockdown domains say, read into `PhoneSays`. Every key is optional: the sources
 * below document that the keys exist, none of them which iOS versions carry which, so a key that
 * is missing or of an unexpected type is simply "not reported" (null), never a failure.
 *
 * Where the keys come from:
 * - `com.apple.mobile.backup`: `CloudBackupEnabled` and `LastCloudBackupDate` are the domain's
 *   keys in SDMMobileDevice (samdmarshall/SDMMobileDevice `Framework/MobileDevice/Services/
 *   Lockdown/SDMMD_Keys.h`); `WillEncrypt` is read from this domain by libimobiledevice
 *   (`tools/idevicebackup2.c`) and pymobiledevice3 (`services/mobilebackup2.py`) before a backup.
 *   `LastiTunesBackupDate`/`LastiTunesBackupTZ` and `LastCloudBackupDate`/`LastCloudBackupTZ`
 *   sit beside `CloudBackupEnabled` in the phone's own settings file for this domain,
 *   `com.apple.mobile.ldbackup.plist`, which iLEAPP (abrignoni/iLEAPP
 *   `scripts/artifacts/backupSettings.py`) reads as Cocoa timestamps: seconds since
 *   2001-01-01 UTC, an absolute moment. The `…TZ` keys only name the zone the phone was in, so
 *   the UTC moment needs neither.
 * - `com.apple.mobile.battery`: `BatteryCurrentCapacity` (a percentage, 0–100),
 *   `BatteryIsCharging` and `ExternalConnected` (go-ios `ios/batterydiagnostics.go`, whose
 *   end-to-end test checks the percentage range).
 * - `com.apple.disk_usage`: `TotalDataCapacity` and `TotalDataAvailable` in bytes
 *   (SDMMobileDevice `SDMMD_Keys.h`, disk usage domain).
 * The domains themselves are the ones libimobiledevice's `ideviceinfo -q` knows (`tools/ideviceinfo.c`).
 */
import type { PhoneSays } from '../../../../shared/snapshot';
import type { PlistDict } from './plist-codec';

/** The lockdown domains read, in the order they are asked for. */
export const PHONE_DOMAINS = ['com.apple.mobile.backup', 'com.apple.mobile.battery', 'com.apple.disk_usage'] as const;

/** One of the domains read. */
export type PhoneDomain = (typeof PHONE_DOMAINS)[number];

/** What each domain answered; a domain that answered nothing is absent. */
export type DomainAnswers = Partial<Record<PhoneDomain, PlistDict>>;

/** 2001-01-01T00:00:00Z, the zero of Cocoa timestamps. */
const COCOA_EPOCH_MS = Date.UTC(2001, 0, 1);
/** No iPhone backed up before the first iPhone shipped; an earlier date is a broken value. */
const EARLIEST_MS = Date.UTC(2007, 0, 1);
/** A clock a day ahead is plausible; a date further in the future is not a record of the past. */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

function booleanOf(dict: PlistDict | undefined, key: string): boolean | null {
  const value = dict?.[key];
  return typeof value === 'boolean' ? value : null;
}

function bytesOf(dict: PlistDict | undefined, key: string): number | null {
  const value = dict?.[key];
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

/** A Cocoa timestamp (or a plist date) as ISO 8601 in UTC, or null when absent or implausible. */
export function cocoaDate(value: unknown, now: Date): string | null {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' && Number.isFinite(value) ? COCOA_EPOCH_MS + value * 1000 : NaN;
  if (!Number.isFinite(ms) || ms < EARLIEST_MS || ms > now.getTime() + FUTURE_SLACK_MS) return null;
  return new Date(Math.round(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

function percentOf(dict: PlistDict | undefined, key: string): number | null {
  const value = dict?.[key];
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100 ? Math.round(value) : null;
}

/** Reads the domains' answers; what a domain did not report stays null. */
export function phoneSaysFrom(answers: DomainAnswers, now: Date = new Date()): PhoneSays {
  const backup = answers['com.apple.mobile.backup'];
  const battery = answers['com.apple.mobile.battery'];
  const disk = answers['com.apple.disk_usage'];
  const capacity = bytesOf(disk, 'TotalDataCapacity');
  const available = bytesOf(disk, 'TotalDataAvailable');
  return {
    icloudBackupEnabled: booleanOf(backup, 'CloudBackupEnabled'),
    willEncrypt: booleanOf(backup, 'WillEncrypt'),
    lastComputerBackup: cocoaDate(backup?.LastiTunesBackupDate, now),
    lastIcloudBackup: cocoaDate(backup?.LastCloudBackupDate, now),
    charging: booleanOf(battery, 'BatteryIsCharging'),
    onPower: booleanOf(battery, 'ExternalConnected'),
    batteryPercent: percentOf(battery, 'BatteryCurrentCapacity'),
    storageUsedBytes: capacity !== null && available !== null && available <= capacity ? capacity - available : null,
    storageCapacityBytes: capacity,
  };
}
