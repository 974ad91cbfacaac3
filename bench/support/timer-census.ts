/**
 * Counts the timers a process arms and fires, by wrapping the global setTimeout and setInterval
 * (and their clear functions). Installed before the code under watch is loaded, it sees every
 * timer armed through the globals, fetch's own included; timers Node arms inside its internals
 * (socket time-outs, AbortSignal.timeout) are not seen here, but show in the CPU time they cost.
 */

/** One timer as the census saw it. */
export interface TimerRecord {
  kind: 'timeout' | 'interval';
  /** The delay or period asked for, in ms (Node's minimum of 1 applied). */
  delayMs: number;
  /** Where it was armed: the caller's frame. */
  site: string;
  armedAt: number;
  /** Times its callback ran, in ms of `performance.now()`. */
  firedAt: number[];
  /** When it stopped waiting (a timeout fired, any timer cleared); null while it still waits. */
  endedAt: number | null;
}

/** The running census. */
export interface TimerCensus {
  /** Every timer that was waiting at some moment from `since` until now. */
  waitingSince(since: number): TimerRecord[];
  /** Every callback that ran at or after `since`. */
  firedSince(since: number): Array<{ record: TimerRecord; at: number }>;
  /** The unwrapped setTimeout, for the census's own waiting, which must not count. */
  realSetTimeout: typeof setTimeout;
}

/** Where the caller of `wrapper` stands: the first frame above the census's own. */
function siteOf(wrapper: (...args: never[]) => unknown): string {
  const holder: { stack?: string } = {};
  Error.captureStackTrace(holder, wrapper);
  return (holder.stack ?? '').split('\n')[1]?.trim().replace(/^at /, '') ?? 'unknown';
}

function delayOf(value: unknown): number {
  const delay = Number(value);
  return Number.isFinite(delay) && delay >= 1 ? delay : 1;
}

/** Wraps the global timer functions; call before importing the code to watch. */
export function installTimerCensus(): TimerCensus {
  const real = { setTimeout, setInterval, clearTimeout, clearInterval };
  const records: TimerRecord[] = [];
  const byHandle = new WeakMap<object, TimerRecord>();

  const arm = (kind: TimerRecord['kind'], delay: unknown, site: string): TimerRecord => {
    const record: TimerRecord = { kind, delayMs: delayOf(delay), site, armedAt: performance.now(), firedAt: [], endedAt: null };
    records.push(record);
    return record;
  };
  const clear = (handle: unknown) => {
    const record = typeof handle === 'object' && handle !== null ? byHandle.get(handle) : undefined;
    if (record && record.endedAt === null) record.endedAt = performance.now();
  };

  const wrappedTimeout = (callback: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) => {
    const record = arm('timeout', delay, siteOf(wrappedTimeout));
    const handle = real.setTimeout((...inner: unknown[]) => {
      record.firedAt.push(performance.now());
      record.endedAt = performance.now();
      callback(...inner);
    }, delay, ...args);
    byHandle.set(handle, record);
    return handle;
  };
  const wrappedInterval = (callback: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) => {
    const record = arm('interval', delay, siteOf(wrappedInterval));
    const handle = real.setInterval((...inner: unknown[]) => {
      record.firedAt.push(performance.now());
      callback(...inner);
    }, delay, ...args);
    byHandle.set(handle, record);
    return handle;
  };
  // Keep what hangs off the originals (util.promisify's custom form of setTimeout).
  Object.defineProperties(wrappedTimeout, Object.getOwnPropertyDescriptors(real.setTimeout));
  Object.defineProperties(wrappedInterval, Object.getOwnPropertyDescriptors(real.setInterval));
  globalThis.setTimeout = wrappedTimeout as unknown as typeof setTimeout;
  globalThis.setInterval = wrappedInterval as unknown as typeof setInterval;
  globalThis.clearTimeout = ((handle: unknown) => {
    clear(handle);
    real.clearTimeout(handle as Parameters<typeof clearTimeout>[0]);
  }) as typeof clearTimeout;
  globalThis.clearInterval = ((handle: unknown) => {
    clear(handle);
    real.clearInterval(handle as Parameters<typeof clearInterval>[0]);
  }) as typeof clearInterval;

  return {
    waitingSince: (since) => records.filter((record) => record.endedAt === null || record.endedAt >= since),
    firedSince: (since) => records.flatMap((record) => record.firedAt.filter((at) => at >= since).map((at) => ({ record, at }))),
    realSetTimeout: real.setTimeout,
  };
}
