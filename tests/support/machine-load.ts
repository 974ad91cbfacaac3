/**
 * How busy the machine is, for time budgets that must hold on a quiet machine and stay honest on a
 * shared one: a process waiting for a core is not the process being slow.
 */
import { cpus, loadavg } from 'node:os';

/**
 * How much longer than on a machine of its own something may take here: the run queue per core,
 * when the machine runs more than it has cores for (shared build machines do), else 1. On a quiet
 * machine, CI's included, a budget scaled by it is exactly the budget.
 */
export function machineStretch(): number {
  return Math.max(1, (loadavg()[0] ?? 0) / Math.max(1, cpus().length));
}

/**
 * Code instrumented by mutation testing (`npm run mutate` sets LIFEBOAT_INSTRUMENTED) counts every
 * statement it runs and is many times slower; there a time budget can only catch a runaway (work
 * without end), not a slowdown, so it is widened to match.
 */
const INSTRUMENTED_SLOWDOWN = process.env.LIFEBOAT_INSTRUMENTED ? 40 : 1;

/** A time budget in ms for work measured in a test: `ms` on a quiet machine, stretched by load and instrumentation. */
export function timeBudgetMs(ms: number): number {
  return ms * machineStretch() * INSTRUMENTED_SLOWDOWN;
}
