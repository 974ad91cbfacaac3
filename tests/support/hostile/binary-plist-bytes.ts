/**
 * Hand-assembled binary plists for tests that need what no honest writer produces: objects that
 * share references thousands of times over, reference cycles, offsets that point outside the file.
 */

/** One object's marker and body bytes (`0xA2, ref, ref` is an array of two references). */
export type RawObject = number[];

/** Options that let a test lie in the trailer. */
export interface RawPlistOptions {
  top?: number;
  /** Replaces the object count in the trailer. */
  count?: number;
  /** Replaces the offset of one object in the offset table. */
  offsets?: Record<number, number>;
  refSize?: number;
  /** How many bytes each offset in the table takes (4 unless told). */
  offsetSize?: number;
  /** Bytes for the trailer's first six, which writers leave unused. */
  trailerHead?: number[];
}

/** A `bplist00` file of `objects`, with offsets of `offsetSize` bytes and references of `refSize`. */
export function rawBinaryPlist(objects: RawObject[], options: RawPlistOptions = {}): Buffer {
  const refSize = options.refSize ?? 2;
  const parts: Buffer[] = [Buffer.from('bplist00')];
  const offsets: number[] = [];
  let at = 8;
  for (const object of objects) {
    offsets.push(at);
    const bytes = Buffer.from(object);
    parts.push(bytes);
    at += bytes.length;
  }
  const offsetSize = options.offsetSize ?? 4;
  const table = Buffer.alloc(objects.length * offsetSize);
  // Node writes at most six bytes at a time; wider offsets keep their leading bytes zero.
  const width = Math.min(offsetSize, 6);
  offsets.forEach((offset, index) => table.writeUIntBE(options.offsets?.[index] ?? offset, (index + 1) * offsetSize - width, width));
  const trailer = Buffer.alloc(32);
  Buffer.from(options.trailerHead ?? []).copy(trailer, 0, 0, 6);
  trailer.writeUInt8(offsetSize, 6);
  trailer.writeUInt8(refSize, 7);
  trailer.writeBigUInt64BE(BigInt(options.count ?? objects.length), 8);
  trailer.writeBigUInt64BE(BigInt(options.top ?? 0), 16);
  trailer.writeBigUInt64BE(BigInt(at), 24);
  return Buffer.concat([...parts, table, trailer]);
}

/** A reference: `ref` written big-endian in two bytes. */
const ref = (index: number): number[] => [(index >> 8) & 0xff, index & 0xff];

/**
 * A binary plist of about 200 bytes whose every array holds its next one `width` times: decoded
 * naively it expands to `width ** levels` values (2 ** 32 by default), enough to exhaust any memory.
 */
export function referenceBomb(levels = 32, width = 2): Buffer {
  const objects: RawObject[] = [];
  for (let level = 0; level < levels; level += 1) {
    objects.push([0xa0 | width, ...Array.from({ length: width }, () => ref(level + 1)).flat()]);
  }
  objects.push([0x51, 0x78]); // the string "x"
  return rawBinaryPlist(objects);
}

/** A dictionary `{ key: <bomb> }` with a bomb under the one key, for plists read as dictionaries. */
export function dictionaryBomb(key: string, levels = 32): Buffer {
  const objects: RawObject[] = [[0xd1, ...ref(1), ...ref(2)], [0x50 | key.length, ...Buffer.from(key, 'latin1')]];
  for (let level = 0; level < levels; level += 1) objects.push([0xa2, ...ref(level + 3), ...ref(level + 3)]);
  objects.push([0x51, 0x78]);
  return rawBinaryPlist(objects);
}

/** An array that holds itself. */
export function selfReference(): Buffer {
  return rawBinaryPlist([[0xa1, ...ref(0)]]);
}
