/**
 * The budget every plist decode runs under. A plist comes from outside (a phone, usbmuxd, a
 * backup folder), and a few hundred bytes of binary plist can describe billions of nodes through
 * shared references, so decoding counts what it builds and stops at the first limit crossed.
 */
import type { PlistValue } from 'plist';

/** A decoded plist value: dictionaries, arrays, strings, numbers, booleans, dates, data. */
export type { PlistValue };

/** A plist dictionary. */
export type PlistDict = { [key: string]: PlistValue };

/** How much one decode may build. */
export interface PlistLimits {
  /** Values built, counting a shared reference each time it is expanded. */
  maxNodes: number;
  /** Nesting of dictionaries and arrays; a reference cycle crosses it at once. */
  maxDepth: number;
  /** Bytes of strings and data built. */
  maxValueBytes: number;
}

/** What the app reads from a usbmuxd or lockdown message: a few kilobytes in practice. */
export const MESSAGE_LIMITS: PlistLimits = { maxNodes: 20_000, maxDepth: 32, maxValueBytes: 2 * 1024 * 1024 };

/** What the app keeps from a backup plist; real ones hold a few thousand values. */
export const BACKUP_FILE_LIMITS: PlistLimits = { maxNodes: 200_000, maxDepth: 64, maxValueBytes: 16 * 1024 * 1024 };

/** A decode crossed its budget; the input is refused, not half-read. */
export class PlistLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlistLimitError';
  }
}

/** The input is not a well-formed plist. */
export class PlistFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlistFormatError';
  }
}

/** What a decode should build. */
export interface DecodeOptions {
  limits: PlistLimits;
  /**
   * Only these keys of the top-level dictionary are built; the other values are passed over
   * without being built or counted (their nesting is still checked).
   */
  keys?: ReadonlySet<string>;
  /** `drop` gives every data value as empty bytes without decoding it: backups keep icons there. */
  data?: 'keep' | 'drop';
}

/** Counts what a decode builds against its limits. */
export interface Tally {
  node(): void;
  bytes(count: number): void;
  depth(level: number): void;
}

/** A fresh tally for one decode. */
export function createTally(limits: PlistLimits): Tally {
  let nodes = 0;
  let bytes = 0;
  return {
    node() {
      nodes += 1;
      if (nodes > limits.maxNodes) throw new PlistLimitError(`it holds more than ${limits.maxNodes} values`);
    },
    bytes(count) {
      bytes += count;
      if (bytes > limits.maxValueBytes) throw new PlistLimitError(`its values take more than ${Math.round(limits.maxValueBytes / 1024)} kB`);
    },
    depth(level) {
      if (level > limits.maxDepth) throw new PlistLimitError(`it nests deeper than ${limits.maxDepth} levels`);
    },
  };
}

/** Sets `dict[key]`, also for a key named `__proto__`, which plain assignment would treat as the prototype. */
export function setEntry(dict: PlistDict, key: string, value: PlistValue): void {
  if (key === '__proto__') Object.defineProperty(dict, key, { value, enumerable: true, writable: true, configurable: true });
  else dict[key] = value;
}
