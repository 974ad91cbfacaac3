/**
 * A probe whose reports the test writes, for what no real source does on demand: reports the core
 * cannot read (fault injection) and a thousand changes in a row (soak). Behaviour tests use the
 * real probes on a scripted world instead (tests/support/e2e/world.ts).
 */
import type { Probe, ProbeReport } from '../../../src/main/core/probe';
import type { Sources } from '../../../src/shared/snapshot';

/** A probe the test drives. */
export interface ScriptedProbe extends Probe {
  /** Replaces this probe's report, as a real probe does when its source changes. */
  report(next: ProbeReport): void;
  /** How many times the core has started it. */
  starts(): number;
}

/** Creates a probe for `source` that first reports `initial`. */
export function scriptedProbe(source: keyof Sources, initial: ProbeReport): ScriptedProbe {
  let latest = initial;
  let send: ((report: ProbeReport) => void) | null = null;
  let started = 0;
  return {
    source,
    start(report) {
      started += 1;
      send = report;
      report(latest);
    },
    stop() {
      send = null;
    },
    report(next) {
      latest = next;
      send?.(next);
    },
    starts: () => started,
  };
}
