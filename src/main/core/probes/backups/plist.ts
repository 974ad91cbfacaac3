/**
 * Backup plists through the app's bounded plist reader: either encoding Apple writes (XML and
 * binary `bplist00`), within a backup file's budget, with data values (app icons, most of a big
 * Info.plist) left undecoded since the app reads none. Pure and total: damaged or oversized
 * bytes come back as a reason in plain words, never as a thrown error.
 */
import { BACKUP_FILE_LIMITS, type DecodeOptions } from '../../plist/plist-limits';
import { decodePlistBytes, type DecodeResult } from '../../plist/read-plist';

export type { PlistValue } from '../../plist/plist-limits';
export type { DecodeResult, PlistEncoding } from '../../plist/read-plist';
export { plistEncoding } from '../../plist/read-plist';
export { binaryTrailerFits } from '../../plist/binary-plist';

/** How backup plists are decoded unless a caller asks for only some keys. */
export const BACKUP_DECODE: DecodeOptions = { limits: BACKUP_FILE_LIMITS, data: 'drop' };

/** Decodes a whole plist file's bytes within a backup file's budget. */
export function decodePlist(bytes: Uint8Array, options: DecodeOptions = BACKUP_DECODE): DecodeResult {
  return decodePlistBytes(bytes, options);
}
