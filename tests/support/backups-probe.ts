/** Starting the real backups probe in a test and reading its reports. */
import type { ProbeReport } from '../../src/main/core/probe';
import { createBackupsProbe, type BackupsProbe, type BackupsProbeOptions } from '../../src/main/core/probes/backups';
import type { Backup } from '../../src/shared/snapshot';

/** Starts a probe on `options` (file events gathered for 30 ms unless told otherwise), adds it to `running` for the test to stop, and keeps every report. */
export async function startBackupsProbe(options: BackupsProbeOptions, running: BackupsProbe[]): Promise<{ probe: BackupsProbe; reports: ProbeReport[] }> {
  const reports: ProbeReport[] = [];
  const probe = createBackupsProbe({ debounceMs: 30, ...options });
  running.push(probe);
  await probe.start((report) => reports.push(report));
  return { probe, reports };
}

/** The backup of one device in a report, by its folder's UDID as written. */
export function backupOf(report: ProbeReport | undefined, udid: string): Backup | undefined {
  return report?.backups?.find((backup) => backup.udid === udid);
}
