/**
 * Figure 4, idle cost: the real core with every probe running in a process of its own, with a
 * phone attached, Apple's status read and 40 backups watched, left alone for 10 s once start-up
 * has settled. Budgets: CPU time under 1% of the wall time, and no timer more often than once a
 * minute — a watcher that polls always has a short timer waiting, so the shortest timer waiting
 * while idle is the figure.
 */
import { dirname, join } from 'node:path';
import type { IdleReport, IdleRequest, IdleTimer } from './idle-core';
import { formatMs, type Figure } from './support/measure';
import { runNode } from './support/node-child';
import { BACKUP_COUNT, type BenchWorld } from './support/world';
import { ANAS_IPHONE } from '../tests/support/usbmuxd/scripted-device';

/** The budget: CPU time as a fraction of wall time. */
export const IDLE_CPU_BUDGET = 0.01;

/** The budget: no timer may wait less than this while idle. */
export const IDLE_TIMER_BUDGET_MS = 60_000;

const IDLE_MS = 10_000;

/** The bundled idle process sits next to the bundled bench (see scripts/bench.mjs). */
function idleProcessFile(): string {
  return join(dirname(process.argv[1] as string), 'idle-core.mjs');
}

function shortest(timers: IdleTimer[]): IdleTimer | null {
  return timers.reduce<IdleTimer | null>((best, timer) => (best === null || timer.delayMs < best.delayMs ? timer : best), null);
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : formatMs(ms);
}

/** Runs the idle process and weighs what it reports; `explain` hears where any timer under budget was armed. */
export async function idleCost(world: BenchWorld, explain: (line: string) => void): Promise<Figure> {
  const phone = String(ANAS_IPHONE.values?.DeviceName);
  const id = world.usbmuxd.attach(ANAS_IPHONE);
  try {
    const request: IdleRequest = {
      usbmuxAddress: world.usbmuxd.address,
      statusUrl: world.status.url,
      backupsDir: world.backupsRoot,
      idleMs: IDLE_MS,
      expectBackups: BACKUP_COUNT,
      expectPhone: phone,
    };
    const output = await runNode(idleProcessFile(), [JSON.stringify(request)]);
    if (output.code !== 0) throw new Error(`The idle core failed: ${output.stderr.trim()}`);
    const report = JSON.parse(output.stdout) as IdleReport;
    const cpuShare = report.cpuMs / report.wallMs;
    const short = shortest(report.waiting);
    const timersPass = short === null || short.delayMs >= IDLE_TIMER_BUDGET_MS;
    for (const timer of report.waiting.filter((t) => t.delayMs < IDLE_TIMER_BUDGET_MS)) explain(`   a ${timer.kind} of ${formatMs(timer.delayMs)} waited while idle, armed at ${timer.site}`);
    return {
      number: 4,
      title: 'Idle cost',
      result:
        `CPU ${(cpuShare * 100).toFixed(2)}% of wall time (${formatMs(report.cpuMs)} in ${seconds(report.wallMs)}, after ${seconds(report.settleMs)} for start-up to settle); ` +
        `${report.fired.length} timer(s) fired, shortest timer waiting ${short ? seconds(short.delayMs) : 'none'}`,
      budget: `CPU < ${IDLE_CPU_BUDGET * 100}%, no timer under ${seconds(IDLE_TIMER_BUDGET_MS)}`,
      verdict: cpuShare < IDLE_CPU_BUDGET && timersPass ? 'PASS' : 'MISS',
    };
  } finally {
    world.usbmuxd.detach(id);
  }
}
