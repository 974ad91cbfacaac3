/**
 * What a soak test counts before and after: the heap after a full collection, and the handles
 * (sockets, timers …) the process holds, by kind. Needs `--expose-gc`, which the soak project
 * in vitest.config.ts passes to its worker.
 */

/** The handles the process holds, by kind ("PipeWrap", "TCPSocketWrap", "Timeout" …). */
export function activeHandles(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/** The kinds of handle there are more of in `after` than in `before`, with how many more. */
export function grownHandles(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const grown: Record<string, number> = {};
  for (const [kind, count] of Object.entries(after)) if (count > (before[kind] ?? 0)) grown[kind] = count - (before[kind] ?? 0);
  return grown;
}

/** Bytes in use on the heap once everything unreachable is collected. */
export async function settledHeapBytes(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('The soak tests need --expose-gc (see the soak project in vitest.config.ts).');
  // Let pending callbacks and closes finish first, then collect twice: once for objects, once for what their finalisers freed.
  for (let round = 0; round < 3; round += 1) await new Promise((resolve) => setImmediate(resolve));
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/**
 * How much the settled heap may grow over a thousand cycles: about 1.5 kB a cycle. A snapshot of
 * one phone costs about 1.4 kB to keep and every cycle makes at least two, so keeping a cycle's
 * snapshots crosses it (the control in snapshot-pushes.test.ts shows it does), while V8's own
 * warm-up, measured at about 0.6 MB over the first thousand phone cycles and flat after, does not.
 */
export const HEAP_GROWTH_BOUND = 1536 * 1024;
