/**
 * The process figure 4 measures: the census of timers goes in first, then the real core is
 * loaded and started with every probe the app runs (host, USB, usbmuxd, Apple's status, the
 * backups), pointed at the world the bench started. Once everything has reported and start-up
 * has settled, it sits idle for the given time and prints one JSON line: CPU and wall time, and
 * the timers seen.
 * Arguments: one JSON object, `IdleRequest`.
 */
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { installTimerCensus } from './support/timer-census';

/** What the bench asks of this process. */
export interface IdleRequest {
  usbmuxAddress: string;
  statusUrl: string;
  backupsDir: string;
  idleMs: number;
  /** How many backups and which phone name must be showing before the idle time starts. */
  expectBackups: number;
  expectPhone: string;
}

/** A timer as reported back. */
export interface IdleTimer {
  kind: 'timeout' | 'interval';
  delayMs: number;
  site: string;
}

/** What this process prints. */
export interface IdleReport {
  /** How long start-up took to settle before the idle time began. */
  settleMs: number;
  cpuMs: number;
  wallMs: number;
  /** Timers that were waiting at some moment of the idle time. */
  waiting: IdleTimer[];
  /** Timer callbacks that ran during the idle time. */
  fired: IdleTimer[];
}

/**
 * V8 compacts the heap once, about 8 s after start-up work ends (its "memory reducer"), which
 * costs as much CPU as everything else in a minute of idling. That is start-up, not idling: the
 * idle time begins once no collection has run for well over that delay.
 */
const HEAP_QUIET_MS = 12_000;
const MAX_SETTLE_MS = 45_000;

const census = installTimerCensus();
const sleep = (ms: number) => new Promise((resolve) => census.realSetTimeout(resolve, ms));
let lastCollection = performance.now();
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) lastCollection = Math.max(lastCollection, entry.startTime + entry.duration);
}).observe({ entryTypes: ['gc'] });

async function settle(): Promise<number> {
  const started = performance.now();
  lastCollection = Math.max(lastCollection, started);
  while (performance.now() - lastCollection < HEAP_QUIET_MS && performance.now() - started < MAX_SETTLE_MS) await sleep(250);
  return performance.now() - started;
}

async function main(request: IdleRequest): Promise<IdleReport> {
  // Loaded only now, so every timer the core arms goes through the census.
  const { createCore } = await import('../src/main/core/create-core');
  const { createDefaultProbes } = await import('../src/main/core/default-probes');
  const { findBackupsProbe } = await import('../src/main/core/probes/backups');
  const probes = createDefaultProbes({ usbmuxAddress: request.usbmuxAddress, statusUrl: request.statusUrl, backupsDir: request.backupsDir });
  const core = createCore({ probes });
  await core.start();
  await findBackupsProbe(probes)?.settled();
  const snapshot = core.getSnapshot();
  const measured = snapshot.backups.filter((backup) => backup.sizeBytes !== null).length;
  if (measured !== request.expectBackups) throw new Error(`${measured} of ${request.expectBackups} backups were listed and measured.`);
  if (!snapshot.devices.some((device) => device.name === request.expectPhone)) throw new Error(`The phone "${request.expectPhone}" is not in the snapshot.`);
  if (snapshot.sources.status.state !== 'ok') throw new Error(`Apple's status was not read: ${snapshot.sources.status.reason}`);
  const settleMs = await settle();

  const since = performance.now();
  const cpuBefore = process.cpuUsage();
  await sleep(request.idleMs);
  const cpu = process.cpuUsage(cpuBefore);
  const wallMs = performance.now() - since;
  const describe = ({ kind, delayMs, site }: IdleTimer): IdleTimer => ({ kind, delayMs, site });
  const report: IdleReport = {
    settleMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    wallMs,
    waiting: census.waitingSince(since).map(describe),
    fired: census.firedSince(since).map(({ record }) => describe(record)),
  };
  await core.stop();
  return report;
}

main(JSON.parse(process.argv[2] ?? '{}') as IdleRequest).then(
  (report) => {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    process.exit(0);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
