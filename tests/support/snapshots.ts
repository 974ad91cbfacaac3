/** Snapshots and progress for planner and screen tests, built from a few named parts. */
import { hostDisplayName } from '../../src/shared/host-names';
import { emptyProgress, type Progress } from '../../src/shared/progress';
import {
  emptySnapshot,
  type AppleSoftware,
  type Backup,
  type Device,
  type IcloudBackupStatus,
  type OsFamily,
  type PhoneSays,
  type Snapshot,
  type SourceStatus,
  type Sources,
} from '../../src/shared/snapshot';

const OK: SourceStatus = { state: 'ok', reason: null };

/** A paired iPhone on the cable that usbmuxd sees: the one that can be backed up. */
export const READY_PHONE: Device = {
  udid: '00008130-001A2B3C4D5E001E',
  kind: 'iphone',
  name: 'Anna’s iPhone',
  iosVersion: '17.5',
  productType: 'iPhone16,1',
  connections: ['usb'],
  paired: true,
  seenBy: ['usb', 'usbmux'],
  phoneSays: null,
  phoneSaysReason: 'no-answer',
};

/** What the ready phone says about itself when it answers: iCloud Backup off, charging, 87 GB used. */
export const PHONE_SAYS: PhoneSays = {
  icloudBackupEnabled: false,
  willEncrypt: true,
  lastComputerBackup: '2026-11-03T08:20:00Z',
  lastIcloudBackup: '2026-09-14T08:05:00Z',
  charging: true,
  onPower: true,
  batteryPercent: 64,
  storageUsedBytes: 87_000_000_000,
  storageCapacityBytes: 113_000_000_000,
};

/** The same phone in other states. */
export const PHONES = {
  ready: READY_PHONE,
  untrusted: { ...READY_PHONE, paired: false },
  trustUnknown: { ...READY_PHONE, paired: null },
  recovery: { ...READY_PHONE, udid: '000000000000ABCD', kind: 'recovery', name: null, iosVersion: null, seenBy: ['usb'] },
  dfu: { ...READY_PHONE, udid: '000000000000DFDF', kind: 'dfu', name: null, iosVersion: null, seenBy: ['usb'] },
  usbOnly: { ...READY_PHONE, name: null, iosVersion: null, productType: null, paired: null, seenBy: ['usb'] },
  wifiOnly: { ...READY_PHONE, connections: ['network'], seenBy: ['usbmux'] },
  oldIos: { ...READY_PHONE, iosVersion: '15.7' },
  answering: { ...READY_PHONE, phoneSays: PHONE_SAYS, phoneSaysReason: null },
  locked: { ...READY_PHONE, phoneSays: null, phoneSaysReason: 'locked' },
} satisfies Record<string, Device>;

/** A backup folder of the ready phone, named without the hyphen as on disk. */
export function backup(fields: Partial<Backup> = {}): Backup {
  return {
    udid: READY_PHONE.udid.replace('-', ''),
    deviceName: READY_PHONE.name,
    productType: READY_PHONE.productType,
    iosVersion: READY_PHONE.iosVersion,
    lastBackupDate: '2026-11-19T09:00:00Z',
    complete: true,
    encrypted: false,
    sizeBytes: 6_000_000_000,
    problem: null,
    inProgress: null,
    path: `/Users/ann/Library/Application Support/MobileSync/Backup/${READY_PHONE.udid.replace('-', '')}`,
    archived: false,
    interrupted: null,
    verification: { state: 'verified', filesListed: 84_211, filesMissing: 0 },
    contents: { photosAndVideos: 8_231, messages: true, whatsapp: true, contacts: true, notes: false },
    ...fields,
  };
}

/** What a snapshot is made of; everything is optional. */
export interface SnapshotParts {
  os?: OsFamily;
  version?: string;
  software?: Partial<AppleSoftware>;
  devices?: Device[];
  backups?: Backup[];
  status?: IcloudBackupStatus;
  sources?: Partial<Sources>;
  freeBytes?: number | null;
}

/** A snapshot where every source reported: macOS 15.1, no phone, no backups, iCloud Backup up. */
export function snapshot(parts: SnapshotParts = {}): Snapshot {
  const os = parts.os ?? 'macos';
  const version = parts.version ?? '15.1';
  const base = emptySnapshot();
  return {
    ...base,
    sequence: 1,
    host: { os, version, displayName: hostDisplayName(os, version), appleSoftware: { ...base.host.appleSoftware, ...parts.software } },
    devices: parts.devices ?? [],
    backups: parts.backups ?? [],
    icloudBackupStatus: parts.status ?? { state: 'available', message: 'Available.' },
    disk: { freeBytes: parts.freeBytes === undefined ? 200_000_000_000 : parts.freeBytes },
    sources: { host: OK, usb: OK, usbmux: OK, backups: OK, status: OK, ...parts.sources },
  };
}

/** Progress with some fields set. */
export function progress(parts: Partial<Progress> = {}): Progress {
  return { ...emptyProgress(), ...parts };
}

/** "Now" in every planner test. */
export const NOW = new Date('2026-11-20T12:00:00Z');
