/**
 * Writes Manifest.mbdb, the file index of backups from iOS 5 to 9, byte for byte as iTunes did:
 * "mbdb\x05\x00", then per item five length-prefixed strings (0xFFFF for none), mode, inode, user,
 * group, three times, length, protection class and a property count, all big-endian.
 */

/** One item of an iOS 9 backup's index. */
export interface MbdbRecord {
  domain: string;
  /** null writes the "no string" marker (0xFFFF) that Apple's writers use for an empty path. */
  relativePath: string | null;
  kind: 'file' | 'folder' | 'link';
  size: number;
  linkTarget?: string;
}

const MODES = { file: 0o100644, folder: 0o40755, link: 0o120755 } as const;

function string(value: string | Buffer | null): Buffer {
  if (value === null) return Buffer.from([0xff, 0xff]);
  const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
  const length = Buffer.alloc(2);
  length.writeUInt16BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/** The bytes of a Manifest.mbdb listing `records`. */
export function manifestMbdb(records: readonly MbdbRecord[], modified = new Date('2015-09-20T10:00:00Z')): Buffer {
  const seconds = Math.floor(modified.getTime() / 1000);
  const parts: Buffer[] = [Buffer.from('mbdb\x05\x00', 'latin1')];
  records.forEach((record, index) => {
    const digest = record.kind === 'file' ? Buffer.alloc(20, index % 251) : null;
    parts.push(string(record.domain), string(record.relativePath), string(record.linkTarget ?? null), string(digest), string(null));
    const fixed = Buffer.alloc(40);
    fixed.writeUInt16BE(MODES[record.kind], 0);
    fixed.writeBigUInt64BE(BigInt(1000 + index), 2);
    fixed.writeUInt32BE(501, 10);
    fixed.writeUInt32BE(501, 14);
    fixed.writeUInt32BE(seconds, 18);
    fixed.writeUInt32BE(seconds, 22);
    fixed.writeUInt32BE(seconds, 26);
    fixed.writeBigUInt64BE(BigInt(record.kind === 'file' ? record.size : 0), 30);
    fixed.writeUInt8(record.kind === 'file' ? 3 : 0, 38);
    // One extended attribute on files, as real indexes often carry.
    fixed.writeUInt8(record.kind === 'file' ? 1 : 0, 39);
    parts.push(fixed);
    if (record.kind === 'file') parts.push(string('com.apple.assetsd.UUID'), string('4A3B'));
  });
  return Buffer.concat(parts);
}
