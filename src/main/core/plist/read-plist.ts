/**
 * The one way the app turns plist bytes into a value, for usbmuxd, lockdown and backups alike:
 * the encoding is told from the first bytes, and the matching bounded decoder runs under the
 * caller's limits. Total: damaged or oversized input comes back as a reason, never as a throw.
 */
import { BINARY_MAGIC, decodeBinaryPlist } from './binary-plist';
import { PlistLimitError, type DecodeOptions, type PlistValue } from './plist-limits';
import { decodeXmlPlist } from './xml-plist';

/** The two encodings Apple writes. */
export type PlistEncoding = 'xml' | 'binary';

/** What decoding gave: the value, or why there is none. */
export type DecodeResult = { ok: true; value: PlistValue; encoding: PlistEncoding } | { ok: false; reason: string };

const XML_STARTS = ['<?xml', '<!DOCTYPE', '<plist'];

/** Which encoding the first bytes announce; null for anything else (empty, garbage, another format). */
export function plistEncoding(head: Uint8Array): PlistEncoding | null {
  const start = head.subarray(0, 64);
  if (Buffer.from(start.subarray(0, BINARY_MAGIC.length)).toString('latin1') === BINARY_MAGIC) return 'binary';
  const utf16 = (start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff);
  const text = new TextDecoder(utf16 ? (start[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8').decode(start).trimStart();
  return XML_STARTS.some((prefix) => text.startsWith(prefix)) ? 'xml' : null;
}

/** A decoder's or a limit's message in the words a person reads. */
export function describePlistError(error: unknown): string {
  if (error instanceof PlistLimitError) return `it is larger than any real one (${error.message})`;
  if (error instanceof Error && error.name === 'PlistFormatError') return error.message;
  const message = error instanceof Error ? error.message : String(error);
  if (/unclosed|unexpected end|end of/i.test(message)) return 'it is cut short';
  return 'its contents are garbled';
}

/** Decodes a whole plist held in memory, within `options.limits`. */
export function decodePlistBytes(bytes: Uint8Array, options: DecodeOptions): DecodeResult {
  const encoding = plistEncoding(bytes);
  if (encoding === null) return { ok: false, reason: bytes.length === 0 ? 'the file is empty' : 'it is not a property list' };
  try {
    const value = encoding === 'binary' ? decodeBinaryPlist(bytes, options) : decodeXmlPlist(bytes, options);
    return { ok: true, value, encoding };
  } catch (error) {
    return { ok: false, reason: describePlistError(error) };
  }
}
