/**
 * The core: starts every probe, keeps each one's latest report, and pushes a new immutable
 * Snapshot to subscribers whenever the composed result actually changes. It knows nothing of
 * Electron, so the app, the doctor and the tests all run the very same core.
 */
import type { Snapshot, Sources } from '../../shared/snapshot';
import { attachedPhonesOf, composeSnapshot } from './compose';
import { unavailable, type Probe, type ProbeReport } from './probe';

/** What the core is built from. */
export interface CoreOptions {
  probes: Probe[];
  /** How long `start()` waits for a slow probe's first report before carrying on without it. */
  startTimeoutMs?: number;
  /** How long `stop()` waits for a probe that does not finish stopping. */
  stopTimeoutMs?: number;
}

/** A running view of the world. */
export interface Core {
  /** Starts every probe; resolves when each has reported once, failed, or timed out. */
  start(): Promise<Snapshot>;
  /** Stops every probe; safe to call twice. */
  stop(): Promise<void>;
  /** The latest snapshot. */
  getSnapshot(): Snapshot;
  /** Calls `listener` with every new snapshot; returns the unsubscribe function. */
  subscribe(listener: (snapshot: Snapshot) => void): () => void;
  /** How many subscribers are attached (a leak shows up here first). */
  listenerCount(): number;
}

const DEFAULT_START_TIMEOUT_MS = 8000;
const DEFAULT_STOP_TIMEOUT_MS = 2000;

/** Creates a core over the given probes. Nothing runs until `start()`. */
export function createCore(options: CoreOptions): Core {
  const reports = new Map<keyof Sources, ProbeReport>();
  const listeners = new Set<(snapshot: Snapshot) => void>();
  let snapshot = composeSnapshot(reports, 0);
  let fingerprint = JSON.stringify({ ...snapshot, sequence: 0 });
  let stopped = false;
  let phonesFingerprint = '';

  /** Tells the probes that want it which phones are attached, once per change. */
  const tellAttachedPhones = () => {
    const phones = attachedPhonesOf(snapshot);
    const next = JSON.stringify(phones);
    if (next === phonesFingerprint) return;
    phonesFingerprint = next;
    for (const probe of options.probes) {
      try {
        probe.attachedPhonesChanged?.(phones);
      } catch {
        // A probe that cannot take the news keeps its last view; the others still hear it.
      }
    }
  };

  const publish = () => {
    const next = composeSnapshot(reports, snapshot.sequence + 1);
    const nextFingerprint = JSON.stringify({ ...next, sequence: 0 });
    if (nextFingerprint === fingerprint) return;
    fingerprint = nextFingerprint;
    snapshot = Object.freeze(next);
    for (const listener of [...listeners]) {
      try {
        listener(snapshot);
      } catch {
        // A subscriber's bug must not stop the others from hearing about the change.
      }
    }
    tellAttachedPhones();
  };

  const reporterFor = (probe: Probe) => (report: ProbeReport) => {
    if (stopped) return;
    const previous = reports.get(probe.source);
    reports.set(probe.source, report);
    try {
      publish();
    } catch (error) {
      // A report the core cannot compose must not reach back into the probe's own event handler
      // (where it would crash the app), nor spoil the others' snapshot: keep the last good one.
      reports.set(probe.source, { ...previous, source: unavailable(`It sent something this app cannot read: ${describe(error)}`) });
      publish();
    }
  };

  const startProbe = async (probe: Probe, timeoutMs: number) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      const outcome = await Promise.race([Promise.resolve(probe.start(reporterFor(probe))), timeout]);
      if (outcome === 'timeout' && !reports.has(probe.source)) {
        reporterFor(probe)({ source: unavailable('It did not answer in time; still trying.') });
      }
    } catch (error) {
      reporterFor(probe)({ source: unavailable(`It failed to start: ${describe(error)}`) });
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    async start() {
      const timeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
      await Promise.all(options.probes.map((probe) => startProbe(probe, timeoutMs)));
      return snapshot;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      listeners.clear();
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, options.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS);
      });
      // A probe that never finishes stopping must not keep the app (or the doctor) from quitting.
      await Promise.race([Promise.allSettled(options.probes.map(async (probe) => probe.stop())), deadline]);
      clearTimeout(timer);
    },
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listenerCount: () => listeners.size,
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
