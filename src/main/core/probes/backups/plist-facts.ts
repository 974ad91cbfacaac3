/**
 * The facts the app needs from each backup plist, taken out of decoded values with every type
 * checked: a value of the wrong type counts as unknown (and is said so), never as a crash.
 */
import type { PlistValue } from './plist';

/** Who the backup is of, as far as one file tells; null where it does not. */
export interface DeviceFacts {
  udid: string | null;
  deviceName: string | null;
  productType: string | null;
  iosVersion: string | null;
}

/** What Status.plist tells: whether the backup finished, and when. */
export interface StatusFacts {
  state: 'finished' | 'unfinished' | 'unknown';
  date: Date | null;
  /** Plain words when a value has an unexpected type or is absent. */
  oddity: string | null;
}

/** What Manifest.plist tells. */
export interface ManifestFacts {
  encrypted: boolean | null;
  date: Date | null;
  device: DeviceFacts;
  oddity: string | null;
}

/** What Info.plist tells, for what the small plists do not. */
export interface InfoFacts {
  lastBackupDate: Date | null;
  device: DeviceFacts;
}

type Dict = { [key: string]: PlistValue };

function asDict(value: PlistValue | undefined): Dict | null {
  if (value === null || value === undefined || typeof value !== 'object') return null;
  if (Array.isArray(value) || value instanceof Date || value instanceof Uint8Array) return null;
  return value;
}

function text(dict: Dict | null, key: string): string | null {
  const value = dict ? dict[key] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function date(dict: Dict | null, key: string): Date | null {
  const value = dict ? dict[key] : undefined;
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : null;
}

/** Reads Status.plist's `SnapshotState` and `Date`. */
export function statusFacts(value: PlistValue): StatusFacts {
  const dict = asDict(value);
  if (!dict) return { state: 'unknown', date: null, oddity: 'it does not hold the usual settings' };
  const state = dict.SnapshotState;
  if (state === undefined) return { state: 'unknown', date: date(dict, 'Date'), oddity: 'it does not say whether the backup finished' };
  if (typeof state !== 'string') return { state: 'unknown', date: date(dict, 'Date'), oddity: 'its record of whether the backup finished is not readable' };
  return { state: state === 'finished' ? 'finished' : 'unfinished', date: date(dict, 'Date'), oddity: null };
}

/** Reads Manifest.plist's `IsEncrypted`, `Date` and the device facts in its `Lockdown` dictionary. */
export function manifestFacts(value: PlistValue): ManifestFacts {
  const dict = asDict(value);
  const lockdown = asDict(dict?.Lockdown);
  const device: DeviceFacts = {
    udid: text(lockdown, 'UniqueDeviceID'),
    deviceName: text(lockdown, 'DeviceName'),
    productType: text(lockdown, 'ProductType'),
    iosVersion: text(lockdown, 'ProductVersion'),
  };
  if (!dict) return { encrypted: null, date: null, device, oddity: 'it does not hold the usual settings' };
  const flag = dict.IsEncrypted;
  const encrypted = typeof flag === 'boolean' ? flag : null;
  const oddity = flag === undefined || encrypted !== null ? null : 'it does not say clearly whether the backup is encrypted';
  return { encrypted, date: date(dict, 'Date'), device, oddity };
}

/** The keys of Info.plist the app reads; a big Info.plist is read only as far as these. */
export const INFO_PLIST_KEYS: ReadonlySet<string> = new Set([
  'Last Backup Date',
  'Unique Identifier',
  'Target Identifier',
  'Device Name',
  'Display Name',
  'Product Type',
  'Product Version',
]);

/** Reads Info.plist's device facts and `Last Backup Date`. */
export function infoFacts(value: PlistValue): InfoFacts {
  const dict = asDict(value);
  return {
    lastBackupDate: date(dict, 'Last Backup Date'),
    device: {
      udid: text(dict, 'Unique Identifier') ?? text(dict, 'Target Identifier'),
      deviceName: text(dict, 'Device Name') ?? text(dict, 'Display Name'),
      productType: text(dict, 'Product Type'),
      iosVersion: text(dict, 'Product Version'),
    },
  };
}

/** True when every device fact is known, so a bigger file need not be read for them. */
export function deviceFactsComplete(device: DeviceFacts): boolean {
  return device.udid !== null && device.deviceName !== null && device.productType !== null && device.iosVersion !== null;
}
