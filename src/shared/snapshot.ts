/**
 * The one picture of the world that main pushes to the renderer: what computer this is, what
 * phone is plugged in, which backups exist and whether iCloud Backup itself is up. Plain,
 * serialisable data only, so it crosses IPC and prints as JSON from the doctor unchanged.
 */

/** Operating-system families the app plans for. */
export type OsFamily = 'macos' | 'windows' | 'linux' | 'other';

/** How a source of truth is doing: `ok`, or why it cannot be read. */
export interface SourceStatus {
  state: 'ok' | 'unavailable' | 'needs-permission' | 'pending';
  /** Plain-words reason when not `ok`; when `ok`, null or a note (such as what was left out). */
  reason: string | null;
}

/** Apple software found on a Windows host; every field is null where it cannot be known. */
export interface AppleSoftware {
  appleDevices: boolean | null;
  itunes: 'desktop' | 'store' | 'none' | null;
  mobileDeviceService: 'running' | 'stopped' | 'missing' | null;
}

/** The computer the app runs on. */
export interface HostInfo {
  os: OsFamily;
  /** Marketing version: "15.1" for macOS, "10.0.22631" for Windows, the kernel for Linux. */
  version: string;
  /** What a person calls it: "macOS Sequoia 15.1", "Windows 11", "Linux". */
  displayName: string;
  appleSoftware: AppleSoftware;
}

/** What kind of Apple device is attached, as far as USB ids and lockdown tell. */
export type DeviceKind = 'iphone' | 'ipad' | 'ipod' | 'recovery' | 'dfu' | 'other';

/** How a device reaches this computer. */
export type ConnectionType = 'usb' | 'network';

/** One phone (or tablet), merged from USB and usbmuxd by UDID. */
export interface Device {
  /**
   * The device's UDID. Where USB cannot read the serial (Windows, macOS: Apple's driver owns the
   * phone) and usbmuxd does not see the phone either, a stand-in starting with `usb:` (never a
   * real UDID; see shared/device-identity). A device with `seenBy: ['usb']` alone is the fact
   * "USB sees an Apple device that usbmuxd does not".
   */
  udid: string;
  kind: DeviceKind;
  name: string | null;
  iosVersion: string | null;
  productType: string | null;
  connections: ConnectionType[];
  /** Whether it trusts this computer; null when nobody can tell. */
  paired: boolean | null;
  /** Which sources see it: USB alone (no Apple device support) differs from usbmuxd. */
  seenBy: Array<'usb' | 'usbmux'>;
}

/** What a backup holds that a person cares about, read from the domains and paths its file index lists. */
export interface BackupContents {
  /** Photos and videos in the Camera Roll. */
  photosAndVideos: number;
  messages: boolean;
  whatsapp: boolean;
  contacts: boolean;
  notes: boolean;
}

/**
 * Whether every file the backup's index lists is in its folder with the size the index records:
 * `verified` when all are, `files-missing` when some are not, `encrypted` when the index cannot be
 * read without the password (expected), `unreadable` when the index is missing or damaged, and
 * `not-checked` while the check has not run (it runs after the list is shown) or cannot apply.
 */
export interface BackupVerification {
  state: 'verified' | 'files-missing' | 'encrypted' | 'unreadable' | 'not-checked';
  /** Files the index lists; null until it was read. */
  filesListed: number | null;
  /** Of those, how many are absent or of the wrong size; null until checked. */
  filesMissing: number | null;
}

/** One device folder under a backup root. */
export interface Backup {
  /** The phone's UDID as the folder names it (the folder name is the identity; compare with `sameUdid`). */
  udid: string;
  /** The backup's folder. */
  path: string;
  /** A copy Finder or iTunes archived (its folder named "<UDID>-YYYYMMDD-HHMMSS"), never written to again. */
  archived: boolean;
  deviceName: string | null;
  productType: string | null;
  iosVersion: string | null;
  /** ISO 8601 in UTC. */
  lastBackupDate: string | null;
  complete: boolean | null;
  encrypted: boolean | null;
  sizeBytes: number | null;
  /** Plain words when something is wrong with this backup; null when it reads cleanly. */
  problem: string | null;
  /** A backup being written right now, with how much has landed so far. */
  inProgress: { bytesWritten: number } | null;
  /** The last backup into this folder stopped without finishing, at about this time (ISO 8601, UTC); null when it did not. */
  interrupted: { stoppedAt: string | null } | null;
  verification: BackupVerification;
  /** What it holds; null when the index cannot say (encrypted, unreadable, not read yet). */
  contents: BackupContents | null;
}

/** Apple's published state of the "iCloud Backup" service. */
export interface IcloudBackupStatus {
  state: 'available' | 'issue' | 'outage' | 'maintenance' | 'performance' | 'unknown';
  message: string;
}

/** Free space where local backups are written. */
export interface DiskInfo {
  freeBytes: number | null;
}

/** Every source of truth and its health. */
export interface Sources {
  host: SourceStatus;
  usb: SourceStatus;
  usbmux: SourceStatus;
  backups: SourceStatus;
  status: SourceStatus;
}

/** The immutable whole the renderer and the doctor read. */
export interface Snapshot {
  /** Increases with every pushed change, so a late message never replaces a newer one. */
  sequence: number;
  host: HostInfo;
  devices: Device[];
  backups: Backup[];
  icloudBackupStatus: IcloudBackupStatus;
  disk: DiskInfo;
  sources: Sources;
}

/** A source that has not reported yet. */
export const PENDING: SourceStatus = { state: 'pending', reason: 'Still looking.' };

/** The snapshot before any probe has reported. */
export function emptySnapshot(): Snapshot {
  return {
    sequence: 0,
    host: {
      os: 'other',
      version: '',
      displayName: 'This computer',
      appleSoftware: { appleDevices: null, itunes: null, mobileDeviceService: null },
    },
    devices: [],
    backups: [],
    icloudBackupStatus: { state: 'unknown', message: 'Not checked yet.' },
    disk: { freeBytes: null },
    sources: { host: PENDING, usb: PENDING, usbmux: PENDING, backups: PENDING, status: PENDING },
  };
}
