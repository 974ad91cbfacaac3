/**
 * The world a guide test runs in: the real host probe told which computer to be, and scripted
 * probes for the phone (usbmux), the backups folder and Apple's status, which the test changes live.
 */
import { createHostProbe } from '../../../src/main/core/probes/host';
import { OK } from '../../../src/main/core/probe';
import type { OsFamily, Backup, Device, IcloudBackupStatus } from '../../../src/shared/snapshot';
import { READY_PHONE } from '../snapshots';
import { scriptedProbe, type ScriptedProbe } from './scripted-probe';

/** A paired iPhone on the cable, seen by USB and usbmuxd; the UDID is a newer phone's, with its hyphen. */
export const PHONE: Device = READY_PHONE;

/** A backup folder of PHONE as the backups probe lists it (named without the hyphen). */
export function backupOf(device: Device, fields: Partial<Backup>): Backup {
  return {
    udid: device.udid.replace('-', ''),
    deviceName: device.name,
    productType: device.productType,
    iosVersion: device.iosVersion,
    lastBackupDate: null,
    complete: true,
    encrypted: false,
    sizeBytes: 6_400_000_000,
    problem: null,
    inProgress: null,
    ...fields,
  };
}

/** Apple reporting iCloud Backup as working. */
export const AVAILABLE: IcloudBackupStatus = { state: 'available', message: 'iCloud Backup is working normally.' };

/** The scripted sources and the probes to launch with. */
export interface World {
  probes: [ReturnType<typeof createHostProbe>, ScriptedProbe, ScriptedProbe, ScriptedProbe];
  usbmux: ScriptedProbe;
  backups: ScriptedProbe;
  status: ScriptedProbe;
  /** The phones connected now. */
  setDevices(devices: Device[]): void;
  /** The backup folders on disk now. */
  setBackups(backups: Backup[]): void;
  /** What Apple's status feed says now. */
  setStatus(status: IcloudBackupStatus): void;
}

/** What the world starts as. */
export interface WorldStart {
  os?: OsFamily;
  version?: string;
  devices?: Device[];
  backups?: Backup[];
  status?: IcloudBackupStatus;
  freeBytes?: number;
}

/** Builds a world: macOS 15 with no phone, no backups and iCloud Backup working, unless told otherwise. */
export function world(start: WorldStart = {}): World {
  const disk = { freeBytes: start.freeBytes ?? 200_000_000_000 };
  const usbmux = scriptedProbe('usbmux', { devices: start.devices ?? [], source: OK });
  const backups = scriptedProbe('backups', { backups: start.backups ?? [], disk, source: OK });
  const status = scriptedProbe('status', { icloudBackupStatus: start.status ?? AVAILABLE, source: OK });
  const host = createHostProbe({ override: { os: start.os ?? 'macos', version: start.version ?? '15.1' } });
  return {
    probes: [host, usbmux, backups, status],
    usbmux,
    backups,
    status,
    setDevices: (devices) => usbmux.report({ devices, source: OK }),
    setBackups: (list) => backups.report({ backups: list, disk, source: OK }),
    setStatus: (next) => status.report({ icloudBackupStatus: next, source: OK }),
  };
}
