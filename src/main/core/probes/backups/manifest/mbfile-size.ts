/**
 * Reads one number out of a Manifest.db row: the size of the file it lists. Each row's `file`
 * column is an MBFile archived with NSKeyedArchiver as a binary plist (`$top.root` points into
 * `$objects` at a dictionary whose `Size` is the file's length in bytes). A manifest has one such
 * blob per file, 100,000 and more; decoding each whole would cost more than checking the file on
 * disk, so this walks straight to `Size` through the plist's offset table and reads nothing else.
 * Every offset, count and length is checked against the blob before it is used; no recursion.
 */

/** The largest blob worth decoding; a real MBFile is well under 1 kB. */
export const MAX_MBFILE_BYTES = 64 * 1024;

const MAGIC = [0x62, 0x70, 0x6c, 0x69, 0x73, 0x74, 0x30, 0x30]; // "bplist00"
const TRAILER_BYTES = 32;

const TYPE_INT = 0x1;
const TYPE_ASCII = 0x5;
const TYPE_UID = 0x8;
const TYPE_ARRAY = 0xa;
const TYPE_DICT = 0xd;

/** One binary plist held as bytes, with its offset table's geometry checked once. */
class BinaryPlist {
  private constructor(
    private readonly bytes: Uint8Array,
    private readonly offsetSize: number,
    private readonly refSize: number,
    private readonly objectCount: number,
    readonly top: number,
    private readonly tableOffset: number,
  ) {}

  static open(bytes: Uint8Array): BinaryPlist | null {
    if (bytes.length < MAGIC.length + TRAILER_BYTES || bytes.length > MAX_MBFILE_BYTES) return null;
    for (let index = 0; index < MAGIC.length; index += 1) if (bytes[index] !== MAGIC[index]) return null;
    const trailer = bytes.length - TRAILER_BYTES;
    const offsetSize = bytes[trailer + 6] as number;
    const refSize = bytes[trailer + 7] as number;
    const objectCount = readUnsigned(bytes, trailer + 8, 8);
    const top = readUnsigned(bytes, trailer + 16, 8);
    const tableOffset = readUnsigned(bytes, trailer + 24, 8);
    if (offsetSize < 1 || offsetSize > 8 || refSize < 1 || refSize > 8) return null;
    if (objectCount < 1 || top >= objectCount || tableOffset < MAGIC.length) return null;
    if (tableOffset + objectCount * offsetSize > trailer) return null;
    return new BinaryPlist(bytes, offsetSize, refSize, objectCount, top, tableOffset);
  }

  /** Where object `ref` starts; null when the reference or its offset points outside the objects. */
  private start(ref: number): number | null {
    if (!Number.isInteger(ref) || ref < 0 || ref >= this.objectCount) return null;
    const offset = readUnsigned(this.bytes, this.tableOffset + ref * this.offsetSize, this.offsetSize);
    return offset >= MAGIC.length && offset < this.tableOffset ? offset : null;
  }

  /** An object's type, how many items or bytes it has, and where they begin. */
  private header(ref: number): { type: number; count: number; body: number } | null {
    const at = this.start(ref);
    if (at === null) return null;
    const marker = this.bytes[at] as number;
    const type = marker >> 4;
    const low = marker & 0x0f;
    if (type === TYPE_INT || type === TYPE_UID) return { type, count: low, body: at + 1 };
    if (low !== 0x0f) return { type, count: low, body: at + 1 };
    // A long count follows as an integer object: 0x1n, then 2^n bytes.
    const lengthMarker = this.bytes[at + 1];
    if (lengthMarker === undefined || lengthMarker >> 4 !== TYPE_INT || (lengthMarker & 0x0f) > 3) return null;
    const width = 1 << (lengthMarker & 0x0f);
    if (at + 2 + width > this.tableOffset) return null;
    return { type, count: readUnsigned(this.bytes, at + 2, width), body: at + 2 + width };
  }

  private ref(at: number): number {
    return readUnsigned(this.bytes, at, this.refSize);
  }

  /** The value of `key` in the dictionary `ref`, as an object reference; null when absent or not a dictionary. */
  lookup(ref: number, key: string): number | null {
    const dict = this.header(ref);
    if (!dict || dict.type !== TYPE_DICT || dict.body + dict.count * 2 * this.refSize > this.tableOffset) return null;
    for (let index = 0; index < dict.count; index += 1) {
      if (this.isAscii(this.ref(dict.body + index * this.refSize), key)) return this.ref(dict.body + (dict.count + index) * this.refSize);
    }
    return null;
  }

  /** Item `index` of the array `ref`, as an object reference. */
  item(ref: number, index: number): number | null {
    const array = this.header(ref);
    if (!array || array.type !== TYPE_ARRAY || index >= array.count || array.body + array.count * this.refSize > this.tableOffset) return null;
    return this.ref(array.body + index * this.refSize);
  }

  /** The number a UID object holds. */
  uid(ref: number): number | null {
    const uid = this.header(ref);
    if (!uid || uid.type !== TYPE_UID || uid.count > 7 || uid.body + uid.count + 1 > this.tableOffset) return null;
    return readUnsigned(this.bytes, uid.body, uid.count + 1);
  }

  /** A non-negative integer object's value; null for anything else. */
  integer(ref: number): number | null {
    const int = this.header(ref);
    if (!int || int.type !== TYPE_INT || int.count > 3) return null;
    const width = 1 << int.count;
    if (int.body + width > this.tableOffset) return null;
    const value = readUnsigned(this.bytes, int.body, width);
    // Past 2^53 the number is no longer exact, and no file is that large; an 8-byte integer with its
    // top bit set (a negative number, as the format reads it) is past it too.
    return Number.isSafeInteger(value) ? value : null;
  }

  private isAscii(ref: number, text: string): boolean {
    const string = this.header(ref);
    if (!string || string.type !== TYPE_ASCII || string.count !== text.length || string.body + string.count > this.tableOffset) return false;
    for (let index = 0; index < text.length; index += 1) if (this.bytes[string.body + index] !== text.charCodeAt(index)) return false;
    return true;
  }
}

/** A big-endian unsigned integer of 1 to 8 bytes; past 2^53 it loses precision, which every check above then refuses. */
function readUnsigned(bytes: Uint8Array, at: number, width: number): number {
  let value = 0;
  for (let index = 0; index < width; index += 1) value = value * 256 + ((bytes[at + index] as number) ?? 0);
  return value;
}

/** The `Size` an archived MBFile records, in bytes; null when the blob is not one or has no readable size. */
export function mbfileSize(blob: Uint8Array): number | null {
  const plist = BinaryPlist.open(blob);
  if (!plist) return null;
  const objects = plist.lookup(plist.top, '$objects');
  const top = plist.lookup(plist.top, '$top');
  const rootRef = top === null ? null : plist.lookup(top, 'root');
  const root = rootRef === null ? null : plist.uid(rootRef);
  if (objects === null || root === null) return null;
  const file = plist.item(objects, root);
  const size = file === null ? null : plist.lookup(file, 'Size');
  return size === null ? null : plist.integer(size);
}
