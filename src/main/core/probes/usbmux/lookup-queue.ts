/**
 * Runs phones' lookups a few at a time, in the order asked. Each lookup holds connections to
 * usbmuxd (and to the phone) for seconds, so a flood of attaches must not open them all at once;
 * a phone that left while it waited is passed over, never asked.
 */

/** A queue of lookups with a fixed number running at once. */
export interface LookupQueue {
  /** Queues a lookup of `udid` for the plug-in numbered `plug`; resolves once it ran or was passed over. */
  add(udid: string, plug: number): Promise<void>;
  /** Starts what may start, after the pushes read together with the last `add` (see below). */
  schedule(): void;
  /** Drops everything waiting; running lookups finish on their own. */
  stop(): void;
}

/** What the queue needs from its watch. */
export interface LookupRunner {
  /** Whether the lookup is still wanted when its turn comes. */
  wanted(udid: string, plug: number): boolean;
  run(udid: string, plug: number): Promise<void>;
}

/** A queue that runs at most `limit` of `runner`'s lookups at once. */
export function createLookupQueue(limit: number, runner: LookupRunner): LookupQueue {
  const waiting: Array<{ udid: string; plug: number; done: () => void }> = [];
  let running = 0;
  let queued: NodeJS.Immediate | null = null;
  let stopped = false;

  const pump = () => {
    while (running < limit && waiting.length > 0) {
      const next = waiting.shift() as (typeof waiting)[number];
      if (stopped || !runner.wanted(next.udid, next.plug)) {
        next.done();
        continue;
      }
      running += 1;
      void runner.run(next.udid, next.plug).finally(() => {
        running -= 1;
        next.done();
        pump();
      });
    }
  };

  return {
    add(udid, plug) {
      return new Promise<void>((resolve) => waiting.push({ udid, plug, done: resolve }));
    },
    schedule() {
      // Started after the pushes read together with this one, so a phone plugged in and out within one burst is never asked.
      queued ??= setImmediate(() => {
        queued = null;
        pump();
      });
    },
    stop() {
      stopped = true;
      if (queued) clearImmediate(queued);
      queued = null;
      for (const entry of waiting.splice(0)) entry.done();
    },
  };
}
