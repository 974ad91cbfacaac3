/**
 * An archived MBFile (the `file` blob of a Manifest.db row) assembled byte by byte, so a test can
 * choose what no encoder lets it: every width, which object sits last against the offset table,
 * and objects that claim more than they hold.
 */
import { rawBinaryPlist, type RawObject } from './binary-plist-bytes';

/** The objects of an archived MBFile: `top` is `{ $top: topDict, $objects: objects }`, the file is `objects[1]`. */
export type MbfilePart = 'top' | '$top' | 'topDict' | '$objects' | 'objects' | 'root' | 'uid' | '$null' | 'file' | 'Size' | 'size';

export const MBFILE_PARTS: readonly MbfilePart[] = ['top', '$top', 'topDict', '$objects', 'objects', 'root', 'uid', '$null', 'file', 'Size', 'size'];

/** The size every hand-written MBFile records unless a test changes it. */
export const HAND_WRITTEN_SIZE = 12_345;

export interface HandWritten {
  refSize?: number;
  offsetSize?: number;
  /** The root UID object's bytes. */
  uid?: number[];
  /** The Size integer object's bytes. */
  size?: number[];
  /** The "Size" key's bytes. */
  key?: number[];
  /** The top dictionary's and the `$objects` array's markers (`0xd2`, `0xa2` when honest). */
  topMarker?: number;
  objectsMarker?: number;
  /** The top dictionary's reference to the `$objects` array, when it should point elsewhere. */
  objectsRef?: number;
  /** Replaces whole objects, given how a reference to each part is written. */
  parts?: (ref: (part: MbfilePart) => number[]) => Partial<Record<MbfilePart, RawObject>>;
  /** The order objects are written in: the last one ends where the offset table starts. */
  order?: MbfilePart[];
  /** The object count the trailer claims, when it should lie. */
  count?: number;
  /** Offsets the table gives for objects (by position in `order`), when it should lie. */
  offsets?: Record<number, number>;
  /** Pads the blob with an object nothing refers to, to exactly this many bytes. */
  totalBytes?: number;
}

const ascii = (text: string): RawObject => [0x50 | text.length, ...Buffer.from(text, 'latin1')];

/** An archived MBFile recording a size of 12,345 bytes, unless `options` spoil it. */
export function handWrittenMbfile(options: HandWritten = {}): Buffer {
  const refSize = options.refSize ?? 1;
  const order = options.order ?? [...MBFILE_PARTS];
  const ref = (part: MbfilePart): number[] => {
    const bytes = Buffer.alloc(refSize);
    bytes.writeUIntBE(order.indexOf(part), Math.max(0, refSize - 6), Math.min(refSize, 6));
    return [...bytes];
  };
  const parts: Record<MbfilePart, RawObject> = {
    top: [options.topMarker ?? 0xd2, ...ref('$top'), ...ref('$objects'), ...ref('topDict'), ...(options.objectsRef === undefined ? ref('objects') : [options.objectsRef])],
    $top: ascii('$top'),
    topDict: [0xd1, ...ref('root'), ...ref('uid')],
    $objects: ascii('$objects'),
    objects: [options.objectsMarker ?? 0xa2, ...ref('$null'), ...ref('file')],
    root: ascii('root'),
    uid: options.uid ?? [0x80, 0x01],
    $null: ascii('$null'),
    file: [0xd1, ...ref('Size'), ...ref('size')],
    Size: options.key ?? ascii('Size'),
    size: options.size ?? [0x11, 0x30, 0x39],
    ...options.parts?.(ref),
  };
  const objects = order.map((part) => parts[part]);
  const geometry = { top: order.indexOf('top'), refSize, offsetSize: options.offsetSize ?? 1, count: options.count, offsets: options.offsets };
  if (options.totalBytes === undefined) return rawBinaryPlist(objects, geometry);
  // A data object (0x4F, then its length as a four-byte integer) whose length makes up the rest.
  const padded = (length: number) => rawBinaryPlist([...objects, [0x4f, 0x12, ...Buffer.from(Uint32Array.of(length).buffer).reverse(), ...Array<number>(length).fill(0)]], geometry);
  return padded(options.totalBytes - padded(0).length);
}

/** `MBFILE_PARTS` with `last` moved to the end, right against the offset table. */
export function withLast(last: MbfilePart, order: readonly MbfilePart[] = MBFILE_PARTS): MbfilePart[] {
  return [...order.filter((part) => part !== last), last];
}
