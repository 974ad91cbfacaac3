/**
 * The `file` column of a Manifest.db row as iOS writes it: an MBFile archived with
 * NSKeyedArchiver into a binary plist (`$top.root` → `$objects[1]`, a dictionary with `Size`,
 * `Mode`, times and ids, its `RelativePath` a reference to a string and its `$class` to the MBFile
 * class record). Written with `plist`'s binary builder, not with the app's own reader's logic.
 */
import { buildBinary } from 'plist';

/** What one archived MBFile records. */
export interface MbfileSpec {
  relativePath: string;
  /** Bytes; null writes an MBFile with no `Size` at all, as a damaged or unusual index might hold. */
  size: number | null;
  /** Unix mode; a regular file by default. */
  mode?: number;
  modified?: Date;
}

/** The archived MBFile for one listed item. */
export function mbfileBlob(spec: MbfileSpec): Buffer {
  const seconds = Math.floor((spec.modified ?? new Date('2024-05-01T09:30:00Z')).getTime() / 1000);
  const archive = {
    $version: 100000,
    $archiver: 'NSKeyedArchiver',
    $top: { root: { UID: 1 } },
    $objects: [
      '$null',
      {
        $class: { UID: 3 },
        Birth: seconds,
        Flags: 0,
        GroupID: 501,
        InodeNumber: 180_000 + ((spec.size ?? 0) % 9973),
        LastModified: seconds,
        LastStatusChange: seconds,
        Mode: spec.mode ?? 0o100644,
        ProtectionClass: 3,
        RelativePath: { UID: 2 },
        // NSKeyedArchiver writes a size as an integer; `plist` writes a number past 32 bits as a real unless it is a bigint.
        ...(spec.size === null ? {} : { Size: spec.size > 0xffffffff ? BigInt(spec.size) : spec.size }),
        UserID: 501,
      },
      spec.relativePath,
      { $classname: 'MBFile', $classes: ['MBFile', 'NSObject'] },
    ],
  };
  return Buffer.from(buildBinary(archive as Parameters<typeof buildBinary>[0]));
}
