/** Runs a probe in a test and keeps every report it sends, newest last. */
import type { Probe, ProbeReport } from '../../../src/main/core/probe';

/** A started probe and what it has said. */
export interface CollectedProbe {
  reports: ProbeReport[];
  /** The newest report (throws when there is none yet, which a test should not hit). */
  latest(): ProbeReport;
  stop(): Promise<void>;
}

/** Starts `probe`, resolving once its `start()` has. */
export async function collectReports(probe: Probe): Promise<CollectedProbe> {
  const reports: ProbeReport[] = [];
  await probe.start((report) => reports.push(report));
  return {
    reports,
    latest() {
      const report = reports.at(-1);
      if (!report) throw new Error('The probe has not reported yet.');
      return report;
    },
    stop: async () => probe.stop(),
  };
}
