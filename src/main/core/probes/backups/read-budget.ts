/**
 * A cap on the memory held by plist reads in flight at once. A scan reads many folders side by
 * side; without this, sixteen large files read together would hold sixteen times one file's worth.
 */

/** Bytes that may be held by reads at once. */
export const READ_MEMORY_BYTES = 128 * 1024 * 1024;

/** Hands out reservations of bytes; a caller waits until its share is free. */
export interface ByteBudget {
  /** Waits for `bytes` (at most the whole budget) and returns the function that gives them back. */
  reserve(bytes: number): Promise<() => void>;
  /** Bytes reserved right now. */
  inUse(): number;
}

/** A budget of `total` bytes, granted first come, first served. */
export function createByteBudget(total = READ_MEMORY_BYTES): ByteBudget {
  let used = 0;
  const waiting: Array<{ bytes: number; grant: () => void }> = [];
  const pump = () => {
    while (waiting.length > 0 && used + (waiting[0] as { bytes: number }).bytes <= total) {
      const next = waiting.shift() as { bytes: number; grant: () => void };
      used += next.bytes;
      next.grant();
    }
  };
  return {
    reserve(bytes) {
      const share = Math.min(Math.max(0, bytes), total);
      return new Promise((resolve) => {
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          used -= share;
          pump();
        };
        waiting.push({ bytes: share, grant: () => resolve(release) });
        pump();
      });
    },
    inUse: () => used,
  };
}
