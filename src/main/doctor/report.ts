/**
 * The doctor's one JSON object: the snapshot in the shape support staff and scripts rely on
 * (host, route, devices, backups, icloudBackupStatus, sources), plus the diagnosis in words.
 */
import { chooseRoute, type Route } from '../../shared/guidance/route';
import type { Backup, Device, DiskInfo, HostInfo, IcloudBackupStatus, Snapshot, SourceStatus, Sources } from '../../shared/snapshot';
import { diagnose } from './diagnosis';
import { planSection, type PlanSection } from './plan-section';

/** Everything `--json` prints. */
export interface DoctorReport {
  host: HostInfo;
  route: Route;
  devices: Device[];
  backups: Backup[];
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

/** A source still pending once the doctor is done never reported; say so as unavailable. */
function settled(status: SourceStatus): SourceStatus {
  return status.state === 'pending' ? { state: 'unavailable', reason: 'Nothing reported on this source.' } : status;
}

/** Builds the report from a snapshot. */
export function doctorReport(snapshot: Snapshot, now: Date = new Date()): DoctorReport {
  const route = chooseRoute(snapshot.host);
  const sources = Object.fromEntries(Object.entries(snapshot.sources).map(([key, status]) => [key, settled(status)])) as unknown as Sources;
  const { findings, next } = diagnose(snapshot, route);
  return {
    host: snapshot.host,
    route,
    devices: snapshot.devices,
    backups: snapshot.backups,
    icloudBackupStatus: snapshot.icloudBackupStatus,
    disk: snapshot.disk,
    sources,
    findings,
    next,
    plan: planSection(snapshot, now),
  };
}
