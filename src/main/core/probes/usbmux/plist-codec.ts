/**
 * XML property lists on the wire, through the `plist` package. Decoding never throws: a peer
 * that sends something unreadable gets `null`, and the caller decides what that means.
 */
import { build, parse, type PlistValue } from 'plist';

/** A plist dictionary. */
export type PlistDict = { [key: string]: PlistValue };

/** Encodes a dictionary as an XML plist. */
export function encodePlist(dict: PlistDict): Buffer {
  return Buffer.from(build(dict), 'utf8');
}

const BINARY_MAGIC = Buffer.from('bplist00');

/** Reads XML or binary plists only; other text formats the package knows are not on this wire. */
function parsePlist(payload: Buffer): PlistValue | undefined {
  if (payload.subarray(0, BINARY_MAGIC.length).equals(BINARY_MAGIC)) return parse(new Uint8Array(payload));
  const text = payload.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return text.startsWith('<?xml') || text.startsWith('<plist') ? parse(text) : undefined;
}

/** Decodes a plist whose top level is a dictionary; null for anything else. */
export function decodePlistDict(payload: Buffer): PlistDict | null {
  try {
    const value = parsePlist(payload);
    if (value === undefined) return null;
    if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date || value instanceof Uint8Array) {
      return null;
    }
    return value;
  } catch {
    return null;
  }
}

/** A string field, or null when missing or of another type. */
export function stringField(dict: PlistDict | null | undefined, key: string): string | null {
  const value = dict?.[key];
  return typeof value === 'string' ? value : null;
}

/** An integer field, or null when missing or of another type. */
export function integerField(dict: PlistDict | null | undefined, key: string): number | null {
  const value = dict?.[key];
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

/** A dictionary field, or null when missing or of another type. */
export function dictField(dict: PlistDict | null | undefined, key: string): PlistDict | null {
  const value = dict?.[key];
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) return null;
  if (value instanceof Date || value instanceof Uint8Array) return null;
  return value;
}
