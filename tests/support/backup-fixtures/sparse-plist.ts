/** A binary plist of any size without writing its bytes: for the reader's size caps. */
import { open, truncate, writeFile } from 'node:fs/promises';

/** Writes a sparse binary plist of `size` bytes: the header, zeros, then a trailer for one object (a null) right after the header. */
export async function writeSparseBinaryPlist(file: string, size: number): Promise<void> {
  await writeFile(file, 'bplist00');
  await truncate(file, size);
  const trailer = Buffer.alloc(32);
  trailer.writeUInt8(1, 6);
  trailer.writeUInt8(1, 7);
  trailer.writeBigUInt64BE(1n, 8);
  trailer.writeBigUInt64BE(BigInt(size - 33), 24);
  const handle = await open(file, 'r+');
  try {
    await handle.write(Buffer.concat([Buffer.from([8]), trailer]), 0, 33, size - 33);
  } finally {
    await handle.close();
  }
}
