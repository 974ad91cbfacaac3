/**
 * Turns the bytes of a property list into a value, in either encoding Apple writes (XML and
 * binary `bplist00`), using the `plist` library. Pure and total: damaged bytes come back as a
 * reason in plain words, never as a thrown error.
 */
import { parse, parseBinary, type PlistValue } from 'plist';

/** A decoded plist value. */
export type { PlistValue };

/** The two encodings found in backups. */
export type PlistEncoding = 'xml' | 'binary';

/** What decoding gave: the value, or why there is none. */
export type DecodeResult = { ok: true; value: PlistValue; encoding: PlistEncoding } | { ok: false; reason: string };

const BINARY_MAGIC = 'bplist00';
const XML_STARTS = ['<?xml', '<!DOCTYPE', '<plist'];

/** Which encoding the first bytes announce; null for anything else (an empty file, garbage, another format). */
export function plistEncoding(head: Uint8Array): PlistEncoding | null {
  const start = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, 64));
  if (start.startsWith(BINARY_MAGIC)) return 'binary';
  const text = start.replace(/^\uFEFF/, '').trimStart();
  return XML_STARTS.some((prefix) => text.startsWith(prefix)) ? 'xml' : null;
}

/**
 * A binary plist ends with a 32-byte trailer giving the sizes and place of its offset table;
 * those must fit inside the file. A file cut short loses its trailer and fails this.
 */
export function binaryTrailerFits(tail: Uint8Array, fileSize: number): boolean {
  if (tail.length < 32 || fileSize < BINARY_MAGIC.length + 32) return false;
  const trailer = new DataView(tail.buffer, tail.byteOffset + tail.length - 32, 32);
  const offsetSize = trailer.getUint8(6);
  const refSize = trailer.getUint8(7);
  const count = Number(trailer.getBigUint64(8));
  const top = Number(trailer.getBigUint64(16));
  const tableOffset = Number(trailer.getBigUint64(24));
  const sizesFit = offsetSize >= 1 && offsetSize <= 8 && refSize >= 1 && refSize <= 8;
  return sizesFit && count >= 1 && top < count && tableOffset >= BINARY_MAGIC.length && tableOffset + count * offsetSize <= fileSize - 32;
}

/**
 * Drops the contents of every `<data>` element before parsing. Backups keep app icons and
 * metadata there, which is most of a several-megabyte Info.plist; the app reads no data value,
 * and skipping their base64 makes a big file cheap to read.
 */
function withoutDataBodies(xml: string): string {
  return xml.replace(/<data>[^<]*<\/data>/g, '<data></data>');
}

/**
 * The XML parser under `plist` reports each error to console.error before throwing it. Damaged
 * files are expected input here and already come back as a reason, so the log stays quiet while
 * the (synchronous) parse runs; nothing else can run in between.
 */
function quietly<T>(work: () => T): T {
  const original = console.error;
  console.error = () => {};
  try {
    return work();
  } finally {
    console.error = original;
  }
}

/** Library messages mean little to a person; these three cover what goes wrong with real files. */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/call stack/i.test(message)) return 'it refers to itself in a loop';
  if (error instanceof RangeError || /unclosed|end of|bounds|offset|trailer/i.test(message)) return 'it is cut short';
  return 'its contents are garbled';
}

/** Decodes a whole plist file's bytes. */
export function decodePlist(bytes: Uint8Array): DecodeResult {
  const encoding = plistEncoding(bytes);
  if (encoding === null) {
    return { ok: false, reason: bytes.length === 0 ? 'the file is empty' : 'it is not a property list' };
  }
  if (encoding === 'binary' && !binaryTrailerFits(bytes, bytes.length)) return { ok: false, reason: 'it is cut short' };
  try {
    const value =
      encoding === 'binary'
        ? parseBinary(bytes)
        : quietly(() => parse(withoutDataBodies(new TextDecoder('utf-8', { fatal: false }).decode(bytes))));
    return { ok: true, value, encoding };
  } catch (error) {
    return { ok: false, reason: describe(error) };
  }
}
