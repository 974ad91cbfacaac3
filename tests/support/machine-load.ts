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
