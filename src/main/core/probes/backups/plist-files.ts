/**
 * Reads plist files from a backup folder, read-only and within budgets: each file is opened
 * without following links or blocking (see safe-open.ts); an XML file is streamed through the
 * bounded decoder a slice at a time and read only as far as the keys asked for; a binary one is
 * read whole, within a cap on the memory all reads in flight may hold. Results are kept by path
 * and invalidated when the file's identity, size or times change, so a watcher rescanning a
 * folder never parses an unchanged Info.plist again.
 */
import { lstat, type Stats } from 'node:fs';
import { sep } from 'node:path';
import { readTrailer } from '../../plist/binary-plist';
import { BACKUP_FILE_LIMITS, type DecodeOptions } from '../../plist/plist-limits';
import { decodePlistBytes, describePlistError, plistEncoding } from '../../plist/read-plist';
import { createXmlPlistReader, MAX_XML_RUN_CHARS } from '../../plist/xml-plist';
import type { PlistEncoding, PlistValue } from './plist';
import { errorCode } from './problems';
import { createByteBudget, type ByteBudget } from './read-budget';
import { LINK_CODE, NOT_REGULAR_CODE, openRegularFile, readAt, readSlices } from './safe-open';

/** Larger than any real backup plist; past this a file is reported instead of read. */
export const MAX_PLIST_BYTES = 128 * 1024 * 1024;
/** A binary plist is read whole to be decoded; real ones are far smaller than this. */
export const MAX_BINARY_PLIST_BYTES = 64 * 1024 * 1024;
/** How much of an XML file is handed to the decoder at a time. */
const XML_SLICE_BYTES = 256 * 1024;
/** What a streamed XML read may hold at most: one slice, and the longest text run the decoder allows (two bytes a character). */
const XML_READ_RESERVE = XML_SLICE_BYTES + 2 * MAX_XML_RUN_CHARS;

/** Why a file could not be used. */
export type PlistTrouble =
  | { kind: 'missing' }
  | { kind: 'unreadable'; code: string }
  | { kind: 'damaged'; reason: string }
  | { kind: 'too-large'; bytes: number };

/** A file read and decoded (as far as the keys asked for). */
export type PlistRead = { kind: 'ok'; value: PlistValue; encoding: PlistEncoding } | PlistTrouble;

/** A quick look at a file's first and last bytes, without parsing it. */
export type PlistCheck = { kind: 'ok'; encoding: PlistEncoding } | PlistTrouble;

/** Reads plists through one cache. */
export interface PlistFiles {
  /**
   * Reads and decodes the file (once per version of it and set of keys). With `keys`, only those
   * keys of its top-level dictionary are read, and an XML file only as far as the last of them.
   */
  read(path: string, keys?: ReadonlySet<string>): Promise<PlistRead>;
  /** Tells whether the file is there and whole, reading only its head and tail. */
  check(path: string): Promise<PlistCheck>;
  /** Forgets every file under a folder, for a folder that went away. */
  forget(folder: string): void;
}

interface Entry {
  stamp: string;
  reads: Map<ReadonlySet<string> | undefined, Promise<PlistRead>>;
  check?: Promise<PlistCheck>;
}

function stampOf(stats: Stats): string {
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
}

function trouble(code: string): PlistTrouble {
  return code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'missing' } : { kind: 'unreadable', code };
}

/** Decodes a whole binary plist, holding its bytes only while the budget allows. */
async function readBinary(path: string, stats: Stats, options: DecodeOptions, budget: ByteBudget): Promise<PlistRead> {
  if (stats.size > MAX_BINARY_PLIST_BYTES) return { kind: 'too-large', bytes: stats.size };
  const release = await budget.reserve(stats.size);
  try {
    const opened = await openRegularFile(path, stats);
    if (!opened.ok) return trouble(opened.code);
    let bytes: Buffer;
    try {
      bytes = await readAt(opened.handle, 0, stats.size);
    } finally {
      await opened.handle.close();
    }
    const decoded = decodePlistBytes(bytes, options);
    return decoded.ok ? { kind: 'ok', value: decoded.value, encoding: 'binary' } : { kind: 'damaged', reason: decoded.reason };
  } catch (error) {
    return trouble(errorCode(error));
  } finally {
    release();
  }
}

/** Streams an XML plist through the bounded decoder, stopping once the wanted keys are in. */
async function readXml(path: string, stats: Stats, options: DecodeOptions, budget: ByteBudget): Promise<PlistRead> {
  const release = await budget.reserve(Math.min(XML_READ_RESERVE, 2 * stats.size + XML_SLICE_BYTES));
  try {
    const opened = await openRegularFile(path, stats);
    if (!opened.ok) return trouble(opened.code);
    const reader = createXmlPlistReader(options);
    let failure: unknown = null;
    try {
      await readSlices(opened.handle, stats.size, XML_SLICE_BYTES, (slice) => {
        try {
          reader.write(slice);
          return !reader.satisfied;
        } catch (error) {
          failure = error;
          return false;
        }
      });
    } finally {
      await opened.handle.close();
    }
    if (failure !== null) return { kind: 'damaged', reason: describePlistError(failure) };
    try {
      return { kind: 'ok', value: reader.end(), encoding: 'xml' };
    } catch (error) {
      return { kind: 'damaged', reason: describePlistError(error) };
    }
  } catch (error) {
    return trouble(errorCode(error));
  } finally {
    release();
  }
}

async function readFile(path: string, stats: Stats, keys: ReadonlySet<string> | undefined, budget: ByteBudget): Promise<PlistRead> {
  if (stats.size > MAX_PLIST_BYTES) return { kind: 'too-large', bytes: stats.size };
  const head = await checkEnds(path, stats);
  if (head.kind !== 'ok') return head;
  const options: DecodeOptions = { limits: BACKUP_FILE_LIMITS, data: 'drop', keys };
  return head.encoding === 'binary' ? readBinary(path, stats, options, budget) : readXml(path, stats, options, budget);
}

/**
 * The last bytes of an XML file as text, in the UTF-16 its byte-order mark announces or else as
 * single bytes. `start` is where the tail begins in the file: UTF-16 characters begin at even
 * positions, so a tail that begins at an odd one drops its first byte, and a stray last byte
 * (a file of odd length) is left out.
 */
function tailText(head: Buffer, tail: Buffer, start: number): string {
  const inStep = tail.subarray(start % 2);
  const even = inStep.subarray(0, inStep.length - (inStep.length % 2));
  if (head[0] === 0xff && head[1] === 0xfe) return even.toString('utf16le');
  if (head[0] === 0xfe && head[1] === 0xff) return Buffer.from(even).swap16().toString('utf16le');
  return tail.toString('latin1');
}

async function checkEnds(path: string, stats: Stats): Promise<PlistCheck> {
  const length = Math.min(64, stats.size);
  const tailStart = Math.max(0, stats.size - length);
  const opened = await openRegularFile(path, stats);
  if (!opened.ok) return trouble(opened.code);
  let head: Buffer;
  let tail: Buffer;
  try {
    [head, tail] = await Promise.all([readAt(opened.handle, 0, length), readAt(opened.handle, tailStart, length)]);
  } catch (error) {
    return trouble(errorCode(error));
  } finally {
    await opened.handle.close();
  }
  const encoding = plistEncoding(head);
  if (encoding === null) return { kind: 'damaged', reason: stats.size === 0 ? 'the file is empty' : 'it is not a property list' };
  const whole = encoding === 'binary' ? readTrailer(tail, stats.size) !== null : /<\/plist>\s*$/.test(tailText(head, tail, tailStart));
  return whole ? { kind: 'ok', encoding } : { kind: 'damaged', reason: 'it is cut short' };
}

/** Creates a reader with its own cache and its own cap on memory held by reads in flight. */
export function createPlistFiles(budget: ByteBudget = createByteBudget()): PlistFiles {
  const cache = new Map<string, Entry>();

  /** Looks at the entry itself (never through a link) and finds or makes its cache entry. */
  const entryFor = (path: string): Promise<{ entry: Entry; stats: Stats } | PlistTrouble> =>
    new Promise((resolve) => {
      lstat(path, (error, stats) => {
        if (error) {
          cache.delete(path);
          return resolve(trouble(errorCode(error)));
        }
        if (stats.isSymbolicLink()) return resolve({ kind: 'unreadable', code: LINK_CODE });
        if (stats.isDirectory()) return resolve({ kind: 'unreadable', code: 'EISDIR' });
        if (!stats.isFile()) return resolve({ kind: 'unreadable', code: NOT_REGULAR_CODE });
        const stamp = stampOf(stats);
        let entry = cache.get(path);
        if (!entry || entry.stamp !== stamp) {
          entry = { stamp, reads: new Map() };
          cache.set(path, entry);
        }
        resolve({ entry, stats });
      });
    });

  return {
    async read(path, keys) {
      const found = await entryFor(path);
      if (!('entry' in found)) return found;
      let reading = found.entry.reads.get(keys);
      if (!reading) {
        reading = readFile(path, found.stats, keys, budget);
        found.entry.reads.set(keys, reading);
      }
      return reading;
    },
    async check(path) {
      const found = await entryFor(path);
      if (!('entry' in found)) return found;
      if (found.stats.size > MAX_PLIST_BYTES) return { kind: 'too-large', bytes: found.stats.size };
      found.entry.check ??= checkEnds(path, found.stats);
      return found.entry.check;
    },
    forget(folder) {
      for (const path of cache.keys()) if (path.startsWith(folder + sep)) cache.delete(path);
    },
  };
}

