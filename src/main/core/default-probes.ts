/** The probes the app and the doctor run, configured from one set of options. */
import type { Probe } from './probe';
import { createHostProbe, type HostOverride } from './probes/host';
import { createBackupsProbe } from './probes/backups';

/** Where to look; every field is optional and defaults to the real world. */
export interface WorldOptions {
  /** Plan for this host instead of the real one. */
  host?: HostOverride;
  /** Read backups from this folder instead of the OS's standard places (the doctor's `--backups-dir`). */
  backupsDir?: string;
}

/** Creates every probe, in the order their reports are composed. */
export function createDefaultProbes(options: WorldOptions = {}): Probe[] {
  return [
    createHostProbe({ override: options.host }),
    createBackupsProbe({ roots: options.backupsDir === undefined ? undefined : [options.backupsDir] }),
  ];
}
