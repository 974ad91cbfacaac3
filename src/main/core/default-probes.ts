/** The probes the app and the doctor run, configured from one set of options. */
import type { Probe } from './probe';
import { createHostProbe, type HostOverride } from './probes/host';

/** Where to look; every field is optional and defaults to the real world. */
export interface WorldOptions {
  /** Plan for this host instead of the real one. */
  host?: HostOverride;
}

/** Creates every probe, in the order their reports are composed. */
export function createDefaultProbes(options: WorldOptions = {}): Probe[] {
  return [createHostProbe({ override: options.host })];
}
