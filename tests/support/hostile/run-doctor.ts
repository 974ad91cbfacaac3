/**
 * Runs the built doctor as a person (or an attacker's victim) would: a child process under plain
 * Node, measured from spawn to exit. Its peak memory comes from the child itself at exit (VmHWM in
 * /proc, see peak-rss.mjs), so it counts every thread. A child past the hard limit is killed and
 * the outcome says so; a test then fails on the wall time, as it should.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ExpectStatic } from 'vitest';
import { machineStretch } from '../machine-load';

/** The built doctor; LIFEBOAT_DOCTOR points elsewhere to measure another build (an older one, say). */
export const DOCTOR = process.env.LIFEBOAT_DOCTOR ?? path.resolve('out', 'main', 'doctor.js');
const PEAK_RSS = path.resolve('tests', 'support', 'hostile', 'peak-rss.mjs');

/** What the held line allows a hostile input to cost (DESIGN.md, "Everything from outside is bounded"). */
export const BUDGET = { wallMs: 10_000, peakRssBytes: 300 * 1024 * 1024 };
/** Past this the child is killed, so a runaway never takes the machine down with it: well past the budget, however busy the machine. */
// Whole milliseconds: execFile refuses a fractional timeout, which a load-stretched budget can be.
const hardLimitMs = () => Math.ceil(Math.min(180_000, 1.5 * BUDGET.wallMs * machineStretch() + 10_000));

/** How one run went. */
export interface DoctorRun {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** Null when the child died before it could say (killed, or out of memory). */
  peakRssBytes: number | null;
  /** CPU time the child used, every thread counted; null as above. */
  cpuMs: number | null;
  /** The arguments it ran with. */
  args: string[];
}

/** Runs the doctor with `args`; usbmuxd points nowhere unless the args or `env` say otherwise. */
export function runDoctor(args: string[], env: NodeJS.ProcessEnv = {}): Promise<DoctorRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lifeboat-rss-'));
  const rssFile = path.join(dir, 'peak');
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', PEAK_RSS, DOCTOR, ...args],
      {
        env: { ...process.env, USBMUXD_SOCKET_ADDRESS: 'UNIX:/nonexistent/usbmuxd', ...env, LIFEBOAT_PEAK_RSS_FILE: rssFile },
        timeout: hardLimitMs(),
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const wallMs = performance.now() - started;
        let peakRssBytes: number | null = null;
        let cpuMs: number | null = null;
        try {
          const [bytes, micros] = readFileSync(rssFile, 'utf8').split(' ').map(Number);
          peakRssBytes = bytes ?? null;
          cpuMs = micros === undefined ? null : micros / 1000;
        } catch {
          // The child died before it could say; both stay unknown.
        }
        rmSync(dir, { recursive: true, force: true });
        const failed = error as (Error & { code?: number | string; signal?: string }) | null;
        resolve({
          code: failed ? (typeof failed.code === 'number' ? failed.code : null) : 0,
          signal: failed?.signal ?? null,
          stdout,
          stderr,
          wallMs,
          peakRssBytes,
          cpuMs,
          args,
        });
      },
    );
  });
}

/** The JSON report of a run (loosely typed: tests read whatever field they check), or a clear failure saying what the doctor printed instead. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads the report's fields as it finds them.
export function reportOf(run: DoctorRun): Record<string, any> {
  try {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above.
    return JSON.parse(run.stdout) as Record<string, any>;
  } catch {
    throw new Error(`The doctor printed no JSON report (exit ${run.code}, signal ${run.signal}): ${run.stderr.slice(0, 500)}`);
  }
}

/** Text for a failed budget: what it cost, so a regression reads as numbers. */
export function describeRun(run: DoctorRun): string {
  const rss = run.peakRssBytes === null ? 'unknown' : `${Math.round(run.peakRssBytes / 1024 / 1024)} MB`;
  const cpu = run.cpuMs === null ? 'unknown' : `${Math.round(run.cpuMs)} ms`;
  return `exit ${run.code}${run.signal ? ` (${run.signal})` : ''}, ${Math.round(run.wallMs)} ms wall, ${cpu} CPU, peak RSS ${rss}`;
}

/**
 * Asserts what every hostile case must hold: a report (exit 0), at most 10 s of CPU time (every
 * thread), at most 10 s of wall time on a quiet machine (stretched by machineStretch() on a busy
 * one), and at most 300 MB of peak resident memory.
 */
export function expectWithinBudget(run: DoctorRun, expect: ExpectStatic): void {
  const stretch = machineStretch();
  const summary = `${describeRun(run)}, machine stretch ${stretch.toFixed(1)}`;
  // LIFEBOAT_HOSTILE_REPORT=file collects what every case cost, for a maintainer comparing builds.
  // (Named by its arguments: cases run side by side, so the current test's name is not to be trusted here.)
  if (process.env.LIFEBOAT_HOSTILE_REPORT) appendFileSync(process.env.LIFEBOAT_HOSTILE_REPORT, `${run.args.join(' ')}\t${summary}\n`);
  expect(run.code, `the doctor must report and exit 0 (${summary}); stderr: ${run.stderr.slice(0, 300)}`).toBe(0);
  expect(run.cpuMs ?? Number.POSITIVE_INFINITY, `CPU time over budget (${summary})`).toBeLessThanOrEqual(BUDGET.wallMs);
  expect(run.wallMs, `wall time over budget (${summary})`).toBeLessThanOrEqual(BUDGET.wallMs * stretch);
  expect(run.peakRssBytes ?? Number.POSITIVE_INFINITY, `peak RSS over budget (${summary})`).toBeLessThanOrEqual(BUDGET.peakRssBytes);
}
