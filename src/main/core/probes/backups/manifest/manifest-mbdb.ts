/**
 * Reads Manifest.mbdb, the file index of backups from iOS 5 to 9: "mbdb\x05\x00", then one record
 * per item — five strings (domain, path, link target, digest, encryption key; each a 2-byte
 * big-endian length, 0xFFFF for none), mode, inode, user, group, three times, length, protection
 * class, and a count of name/value string pairs. An item's contents are stored, flat in the
 * backup folder, under the SHA-1 of "domain-path". The file is read whole (it is a few MB even
 * for a full phone, and capped well above that), then handed out a batch at a time.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, read } from 'node:fs';
import { promisify } from 'node:util';
import { openRegularFileSync } from './open-regular';
import { BATCH_SIZE, MAX_ENTRIES, type EntryBatches, type EntryKind, type ManifestEntry } from './entry';

/** Larger than the index of any iOS 9 phone (about 150 bytes an item, a few hundred thousand items). */
export const MAX_MBDB_BYTES = 96 * 1024 * 1024;

const MAGIC = Buffer.from('mbdb\x05\x00', 'latin1');
/** mode 2, inode 8, user 4, group 4, three times 4 each, length 8, protection class 1, property count 1. */
const FIXED_BYTES = 2 + 8 + 4 + 4 + 12 + 8 + 1 + 1;
const NO_STRING = 0xffff;

/** Thrown inside the parser for a record that runs past the end of the file. */
class CutShort extends Error {}

function kindOf(mode: number): EntryKind {
  switch (mode & 0xf000) {
    case 0x8000:
      return 'file';
    case 0x4000:
      return 'folder';
    case 0xa000:
      return 'link';
    default:
      return 'other';
  }
}

/** Reads records one by one from a buffer. */
class Records {
  private at = MAGIC.length;
  constructor(private readonly bytes: Buffer) {}

  get done(): boolean {
    return this.at >= this.bytes.length;
  }

  private need(count: number): void {
    if (this.at + count > this.bytes.length) throw new CutShort();
  }

  private string(): string {
    this.need(2);
    const length = this.bytes.readUInt16BE(this.at);
    this.at += 2;
    if (length === NO_STRING) return '';
    this.need(length);
    const value = this.bytes.toString('utf8', this.at, this.at + length);
    this.at += length;
    return value;
  }

  next(): ManifestEntry {
    const domain = this.string();
    const relativePath = this.string();
    for (let skip = 0; skip < 3; skip += 1) this.string();
    this.need(FIXED_BYTES);
    const mode = this.bytes.readUInt16BE(this.at);
    const length = Number(this.bytes.readBigUInt64BE(this.at + 30));
    const properties = this.bytes.readUInt8(this.at + FIXED_BYTES - 1);
    this.at += FIXED_BYTES;
    for (let index = 0; index < properties * 2; index += 1) this.string();
    const kind = kindOf(mode);
    return {
      fileID: createHash('sha1').update(`${domain}-${relativePath}`).digest('hex'),
      domain,
      relativePath,
      kind,
      size: kind === 'file' && Number.isSafeInteger(length) ? length : null,
    };
  }
}

const readAsync = promisify(read);

/** Reads `size` bytes from the start of an open file (fewer if it shrank meanwhile). */
async function readAll(fd: number, size: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const { bytesRead } = await readAsync(fd, buffer, filled, size - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

/** The entries of one Manifest.mbdb; the generator's return value says whether the whole list was read. */
export async function* manifestMbdbEntries(file: string): EntryBatches {
  const fd = openRegularFileSync(file);
  if (fd === null) return { ok: false, reason: 'it could not be read' };
  let bytes: Buffer;
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_MBDB_BYTES) return { ok: false, reason: `it is unusually large (${Math.round(size / 1024 ** 2)} MB)` };
    bytes = await readAll(fd, size);
  } catch {
    return { ok: false, reason: 'it could not be read' };
  } finally {
    closeSync(fd);
  }
  if (bytes.length < MAGIC.length || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return { ok: false, reason: 'it is not a backup file index' };
  const records = new Records(bytes);
  let rows = 0;
  let batch: ManifestEntry[] = [];
  while (!records.done) {
    try {
      batch.push(records.next());
    } catch (error) {
      if (error instanceof CutShort) return { ok: false, reason: 'it is cut short' };
      throw error;
    }
    rows += 1;
    if (rows > MAX_ENTRIES) return { ok: false, reason: `it lists more than ${MAX_ENTRIES.toLocaleString('en-US')} items, more than any phone holds` };
    if (batch.length === BATCH_SIZE) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
  return { ok: true, rows };
}
