/**
 * A bounded decoder for binary property lists (`bplist00`, Apple's CFBinaryPList.c). Written here
 * rather than taken from a library because the bound is the point: every offset and length is
 * checked against the file, and every value built, a shared reference each time it is expanded,
 * is counted against the caller's limits, so a cycle or a reference bomb is refused at once.
 */
import { createTally, PlistFormatError, setEntry, type DecodeOptions, type PlistDict, type PlistValue, type Tally } from './plist-limits';

/** The magic at the start of every binary plist. */
export const BINARY_MAGIC = 'bplist00';
const HEADER_BYTES = 8;
const TRAILER_BYTES = 32;
/** Seconds from the Unix epoch to Apple's reference date, 2001-01-01T00:00:00Z. */
const APPLE_EPOCH_SECONDS = 978_307_200;

/** Where the objects and their offsets are, from the 32-byte trailer. */
interface Trailer {
  offsetSize: number;
  refSize: number;
  count: number;
  top: number;
  tableOffset: number;
}

/** Reads and checks the trailer; null when it cannot describe a file of this size. */
export function readTrailer(tail: Uint8Array, fileSize: number): Trailer | null {
  if (tail.length < TRAILER_BYTES) return null;
  const view = new DataView(tail.buffer, tail.byteOffset + tail.length - TRAILER_BYTES, TRAILER_BYTES);
  const offsetSize = view.getUint8(6);
  const refSize = view.getUint8(7);
  const count = Number(view.getBigUint64(8));
  const top = Number(view.getBigUint64(16));
  const tableOffset = Number(view.getBigUint64(24));
  const sizesFit = offsetSize >= 1 && offsetSize <= 8 && refSize >= 1 && refSize <= 8;
  // A table after the header and before the trailer also means a file of more than those two; `top < count` means at least one object.
  const tableFits = tableOffset >= HEADER_BYTES && tableOffset + count * offsetSize <= fileSize - TRAILER_BYTES;
  return sizesFit && tableFits && top < count ? { offsetSize, refSize, count, top, tableOffset } : null;
}

/** True when the file's last bytes are a trailer that fits a file of `fileSize` bytes. */
export function binaryTrailerFits(tail: Uint8Array, fileSize: number): boolean {
  return readTrailer(tail, fileSize) !== null;
}

/** Decodes a whole binary plist within `options.limits`; throws PlistFormatError or PlistLimitError. */
export function decodeBinaryPlist(bytes: Uint8Array, options: DecodeOptions): PlistValue {
  const found = readTrailer(bytes, bytes.length);
  if (!found) throw new PlistFormatError('it is cut short');
  const trailer: Trailer = found;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const tally: Tally = createTally(options.limits);
  const objectsEnd = trailer.tableOffset;

  const uint = (at: number, size: number): number => {
    if (at + size > bytes.length) throw new PlistFormatError('it is cut short');
    let value = 0;
    for (let i = 0; i < size; i += 1) value = value * 256 + (bytes[at + i] as number);
    return value;
  };
  const offsetOf = (ref: number): number => {
    if (ref >= trailer.count) throw new PlistFormatError('it refers to an object it does not have');
    const offset = uint(trailer.tableOffset + ref * trailer.offsetSize, trailer.offsetSize);
    if (offset < HEADER_BYTES || offset >= objectsEnd) throw new PlistFormatError('it points outside itself');
    return offset;
  };
  const need = (at: number, length: number) => {
    // A length too large to count exactly (over 2^53) is also far past the objects' end.
    if (at + length > objectsEnd) throw new PlistFormatError('it is cut short');
  };
  /** A marker's count: the low nibble, or an integer object after it when the nibble is 0xF. */
  const lengthAt = (at: number, info: number): { length: number; start: number } => {
    if (info !== 0xf) return { length: info, start: at + 1 };
    const marker = uint(at + 1, 1);
    if (marker >> 4 !== 0x1) throw new PlistFormatError('its contents are garbled');
    const size = 1 << (marker & 0xf);
    if (size > 8) throw new PlistFormatError('its contents are garbled');
    return { length: uint(at + 2, size), start: at + 2 + size };
  };
  const refsAt = (start: number, count: number): number[] => {
    need(start, count * trailer.refSize);
    return Array.from({ length: count }, (_, i) => uint(start + i * trailer.refSize, trailer.refSize));
  };
  const keyText = (ref: number, depth: number): string => {
    const key = value(ref, depth);
    if (typeof key !== 'string') throw new PlistFormatError('a dictionary key is not text');
    return key;
  };

  function value(ref: number, depth: number, keys?: ReadonlySet<string>): PlistValue {
    tally.node();
    const at = offsetOf(ref);
    const marker = uint(at, 1);
    const type = marker >> 4;
    const info = marker & 0xf;
    switch (type) {
      case 0x0:
        if (info === 0x8) return false;
        if (info === 0x9) return true;
        if (info === 0x0) return null as unknown as PlistValue;
        break;
      case 0x1: {
        const size = 1 << info;
        need(at + 1, size);
        if (size <= 4) return uint(at + 1, size);
        if (size === 8) return Number(view.getBigInt64(at + 1));
        if (size === 16) return Number(view.getBigInt64(at + 9));
        break;
      }
      case 0x2: {
        const size = 1 << info;
        need(at + 1, size);
        if (size === 4) return view.getFloat32(at + 1);
        if (size === 8) return view.getFloat64(at + 1);
        break;
      }
      case 0x3:
        if (info === 0x3) {
          need(at + 1, 8);
          return new Date((APPLE_EPOCH_SECONDS + view.getFloat64(at + 1)) * 1000);
        }
        break;
      case 0x4: {
        const { length, start } = lengthAt(at, info);
        need(start, length);
        if (options.data === 'drop') return new Uint8Array(0);
        tally.bytes(length);
        return Uint8Array.prototype.slice.call(bytes, start, start + length);
      }
      case 0x5:
      case 0x6: {
        const { length, start } = lengthAt(at, info);
        const byteLength = type === 0x5 ? length : length * 2;
        need(start, byteLength);
        tally.bytes(byteLength);
        const slice = bytes.subarray(start, start + byteLength);
        return type === 0x5 ? Buffer.from(slice).toString('latin1') : new TextDecoder('utf-16be').decode(slice);
      }
      case 0x8:
        if (info <= 7) return { UID: uint(at + 1, info + 1) } as unknown as PlistValue;
        break;
      case 0xa:
      case 0xc: {
        tally.depth(depth + 1);
        const { length, start } = lengthAt(at, info);
        return refsAt(start, length).map((inner) => value(inner, depth + 1));
      }
      case 0xd: {
        tally.depth(depth + 1);
        const { length, start } = lengthAt(at, info);
        const keyRefs = refsAt(start, length);
        const valueRefs = refsAt(start + length * trailer.refSize, length);
        const dict: PlistDict = {};
        keyRefs.forEach((keyRef, i) => {
          const key = keyText(keyRef, depth + 1);
          if (keys && !keys.has(key)) return;
          setEntry(dict, key, value(valueRefs[i] as number, depth + 1));
        });
        return dict;
      }
    }
    throw new PlistFormatError('its contents are garbled');
  }

  return value(trailer.top, 0, options.keys);
}
