/**
 * The doctor's one JSON object: the snapshot in the shape support staff and scripts rely on
 * (host, route, devices, backups, icloudBackupStatus, sources), plus which doctor made it, which
 * folders it read, and the diagnosis in words.
 */
import path from 'node:path';
import { version } from '../../../package.json';
import { chooseRoute, type Route } from '../../shared/guidance/route';
import { modelName } from '../../shared/content/device-names';
import type { Backup, Device, DiskInfo, HostInfo, IcloudBackupStatus, Snapshot, SourceStatus, Sources } from '../../shared/snapshot';
import { diagnose } from './diagnosis';
import type { LocalSource } from './options';
import { planSection, type PlanSection } from './plan-section';

/** Everything `--json` prints. */
export interface DoctorReport {
  /** The doctor itself: the app version it belongs to. */
  doctor: { version: string };
  host: HostInfo;
  route: Route;
  /** Each device with its marketing name ("iPhone XR"), or its kind and identifier when the name is not known. */
  devices: Array<Device & { modelName: string }>;
  backups: Backup[];
  /** The folders looked in for backups, in full; empty when none were (another computer, or no standard place here). */
  backupFolders: string[];
  /** Sources left alone because --host plans for another computer. */
  notChecked: LocalSource[];
  icloudBackupStatus: IcloudBackupStatus;
  disk: DiskInfo;
  sources: Sources;
  /** What was found, one plain sentence each. */
  findings: string[];
  /** The one thing to do next. */
  next: string;
  /** What the app's window would show: the planner's next step, walkthrough step and warnings. */
  plan: PlanSection;
}

/** What the doctor knows about its own run beyond the snapshot. */
export interface DoctorRun {
  /** Sources left alone because they describe this computer and --host plans for another. */
  notChecked: LocalSource[];
  /** The backup folders given to the backups probe. */
  backupFolders: string[];
}

const NOT_CHECKED: SourceStatus = {
  state: 'unavailable',
  reason: 'Not checked: --host plans for another computer, and this one’s USB, usbmuxd and backup folders say nothing about it.',
};

/** A source still pending once the doctor is done never reported; say so as unavailable. */
function settled(status: SourceStatus): SourceStatus {
  return status.state === 'pending' ? { state: 'unavailable', reason: 'Nothing reported on this source.' } : status;
}

/** Builds the report from a snapshot. */
export function doctorReport(snapshot: Snapshot, now: Date = new Date(), run: DoctorRun = { notChecked: [], backupFolders: [] }): DoctorReport {
  const route = chooseRoute(snapshot.host);
  const sources = Object.fromEntries(
    Object.entries(snapshot.sources).map(([key, status]) => [key, (run.notChecked as string[]).includes(key) ? NOT_CHECKED : settled(status)]),
  ) as unknown as Sources;
  const { findings, next } = diagnose(snapshot, route, run.notChecked);
  return {
    doctor: { version },
    host: snapshot.host,
    route,
    devices: snapshot.devices.map((device) => ({ ...device, modelName: modelName(device) })),
    backups: snapshot.backups,
    backupFolders: run.backupFolders.map((folder) => path.resolve(folder)),
    notChecked: run.notChecked,
    icloudBackupStatus: snapshot.icloudBackupStatus,
    disk: snapshot.disk,
    sources,
    findings,
    next,
    plan: planSection(snapshot, now),
  };
}
