/**
 * Property lists on the wire: encoded as XML through the `plist` package, decoded by the app's
 * bounded plist reader within a message's budget. Decoding never throws: a peer that sends
 * something unreadable or oversized gets `null`, and the caller decides what that means.
 */
import { build } from 'plist';
import { MESSAGE_LIMITS, type PlistDict } from '../../plist/plist-limits';
import { decodePlistBytes } from '../../plist/read-plist';

export type { PlistDict };

/** Encodes a dictionary as an XML plist. */
export function encodePlist(dict: PlistDict): Buffer {
  return Buffer.from(build(dict), 'utf8');
}

/** Decodes a plist (XML or binary) whose top level is a dictionary; null for anything else or anything over budget. */
export function decodePlistDict(payload: Buffer): PlistDict | null {
  const decoded = decodePlistBytes(payload, { limits: MESSAGE_LIMITS });
  if (!decoded.ok) return null;
  const value = decoded.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date || value instanceof Uint8Array) return null;
  return value;
}

/** A string field, or null when missing or of another type. */
export function stringField(dict: PlistDict | null | undefined, key: string): string | null {
  const value = dict?.[key];
  return typeof value === 'string' ? value : null;
}

/** An integer field, or null when missing, of another type, or too large to hold exactly. */
export function integerField(dict: PlistDict | null | undefined, key: string): number | null {
  const value = dict?.[key];
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
}

/** A dictionary field, or null when missing or of another type. */
export function dictField(dict: PlistDict | null | undefined, key: string): PlistDict | null {
  const value = dict?.[key];
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) return null;
  if (value instanceof Date || value instanceof Uint8Array) return null;
  return value;
}
