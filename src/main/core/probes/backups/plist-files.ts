/**
 * Reads plist files from a backup folder, read-only, each at most once per version: results are
 * kept by path and invalidated when the file's identity, size or times change, so a watcher
 * rescanning a folder never parses an unchanged Info.plist again.
 */
import { close, open, read, stat, type Stats } from 'node:fs';
import { sep } from 'node:path';
import { binaryTrailerFits, decodePlist, plistEncoding, type PlistEncoding, type PlistValue } from './plist';
import { errorCode } from './problems';

/** Larger than any real backup plist; past this a file is reported instead of read. */
export const MAX_PLIST_BYTES = 128 * 1024 * 1024;

/** Why a file could not be used. */
export type PlistTrouble =
  | { kind: 'missing' }
  | { kind: 'unreadable'; code: string }
  | { kind: 'damaged'; reason: string }
  | { kind: 'too-large'; bytes: number };

/** A whole file read and decoded. */
export type PlistRead = { kind: 'ok'; value: PlistValue; encoding: PlistEncoding } | PlistTrouble;

/** A quick look at a file's first and last bytes, without parsing it. */
export type PlistCheck = { kind: 'ok'; encoding: PlistEncoding } | PlistTrouble;

/** Reads plists through one cache. */
export interface PlistFiles {
  /** Reads and decodes the whole file (once per version of the file). */
  read(path: string): Promise<PlistRead>;
  /** Tells whether the file is there and whole, reading only its head and tail. */
  check(path: string): Promise<PlistCheck>;
  /** Forgets every file under a folder, for a folder that went away. */
  forget(folder: string): void;
}

interface Entry {
  stamp: string;
  read?: Promise<PlistRead>;
  check?: Promise<PlistCheck>;
}

function stampOf(stats: Stats): string {
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
}

function trouble(error: unknown): PlistTrouble {
  const code = errorCode(error);
  return code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'missing' } : { kind: 'unreadable', code };
}

/** Replaces data values by empty ones so a cached binary plist does not pin its whole file in memory. */
function withoutData(value: PlistValue): PlistValue {
  if (value instanceof Uint8Array) return new Uint8Array(0);
  if (Array.isArray(value)) return value.map(withoutData);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withoutData(inner)]));
  }
  return value;
}

/** A stretch of a file to read. */
interface Range {
  position: number;
  length: number;
}

/**
 * Reads `ranges` of a file side by side through one plain descriptor, as callbacks settled by a
 * single promise. A backup scan opens a few hundred files; per file, that is the fewest requests
 * (the size is already known from the stat that keyed the cache) and no promise per request.
 */
function readRanges(path: string, ranges: readonly Range[]): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    open(path, 'r', (openError, fd) => {
      if (openError) return reject(openError);
      const buffers: Buffer[] = [];
      let pending = ranges.length;
      let failure: Error | null = null;
      const settle = (error: Error | null) => {
        failure ??= error;
        pending -= 1;
        if (pending === 0) close(fd, () => (failure ? reject(failure) : resolve(buffers)));
      };
      // One read may return less than asked for (network volumes do): read on to the range's end or the file's.
      const fill = (index: number, range: Range, buffer: Buffer, filled: number) => {
        if (filled === range.length) return settle(null);
        read(fd, buffer, filled, range.length - filled, range.position + filled, (readError, bytesRead) => {
          if (readError) return settle(readError);
          if (bytesRead === 0) {
            buffers[index] = buffer.subarray(0, filled);
            return settle(null);
          }
          fill(index, range, buffer, filled + bytesRead);
        });
      };
      if (pending === 0) return close(fd, () => resolve(buffers));
      ranges.forEach((range, index) => {
        const buffer = Buffer.allocUnsafe(range.length);
        buffers[index] = buffer;
        fill(index, range, buffer, 0);
      });
    });
  });
}

async function readWhole(path: string, stats: Stats): Promise<PlistRead> {
  if (stats.size > MAX_PLIST_BYTES) return { kind: 'too-large', bytes: stats.size };
  let bytes: Buffer;
  try {
    [bytes = Buffer.alloc(0)] = await readRanges(path, [{ position: 0, length: stats.size }]);
  } catch (error) {
    return trouble(error);
  }
  const decoded = decodePlist(bytes);
  if (!decoded.ok) return { kind: 'damaged', reason: decoded.reason };
  return { kind: 'ok', value: decoded.encoding === 'binary' ? withoutData(decoded.value) : decoded.value, encoding: decoded.encoding };
}

async function checkEnds(path: string, stats: Stats): Promise<PlistCheck> {
  const length = Math.min(64, stats.size);
  let head: Buffer;
  let tail: Buffer;
  try {
    [head = Buffer.alloc(0), tail = Buffer.alloc(0)] = await readRanges(path, [
      { position: 0, length },
      { position: Math.max(0, stats.size - length), length },
    ]);
  } catch (error) {
    return trouble(error);
  }
  const encoding = plistEncoding(head);
  if (encoding === null) return { kind: 'damaged', reason: stats.size === 0 ? 'the file is empty' : 'it is not a property list' };
  const whole = encoding === 'binary' ? binaryTrailerFits(tail, stats.size) : /<\/plist>\s*$/.test(tail.toString('latin1'));
  return whole ? { kind: 'ok', encoding } : { kind: 'damaged', reason: 'it is cut short' };
}

/** Creates a reader with its own cache. */
export function createPlistFiles(): PlistFiles {
  const cache = new Map<string, Entry>();

  /** Stats the file (a callback, not a promise per request) and finds or makes its cache entry. */
  const entryFor = (path: string): Promise<{ entry: Entry; stats: Stats } | PlistTrouble> =>
    new Promise((resolve) => {
      stat(path, (error, stats) => {
        if (error) {
          cache.delete(path);
          return resolve(trouble(error));
        }
        if (!stats.isFile()) return resolve({ kind: 'unreadable', code: 'EISDIR' });
        const stamp = stampOf(stats);
        let entry = cache.get(path);
        if (!entry || entry.stamp !== stamp) {
          entry = { stamp };
          cache.set(path, entry);
        }
        resolve({ entry, stats });
      });
    });

  return {
    async read(path) {
      const found = await entryFor(path);
      if (!('entry' in found)) return found;
      found.entry.read ??= readWhole(path, found.stats);
      return found.entry.read;
    },
    async check(path) {
      const found = await entryFor(path);
      if (!('entry' in found)) return found;
      found.entry.check ??= checkEnds(path, found.stats);
      return found.entry.check;
    },
    forget(folder) {
      for (const path of cache.keys()) if (path.startsWith(folder + sep)) cache.delete(path);
    },
  };
}
