/**
 * Opening a file inside a backup folder without trusting it: a link is never followed (a backup
 * holds none, and one could lead to /dev/zero or another person's files), a FIFO or device cannot
 * block the open, and the file is checked to be a regular file after it is open, so nothing can
 * be swapped in between the check and the read. Read-only: the only flags used are for reading.
 */
import { constants, type Stats } from 'node:fs';
import { lstat, open, type FileHandle } from 'node:fs/promises';
import { errorCode } from './problems';

/** The code for an entry that is a link, which the app does not follow inside a backup folder. */
export const LINK_CODE = 'ELINK';
/** The code for an entry that is neither a file nor a folder (a FIFO, a socket, a device). */
export const NOT_REGULAR_CODE = 'ENOTREG';

/** O_NOFOLLOW and O_NONBLOCK where the system has them (not on Windows, which has no FIFOs to fear). */
const SAFE_READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** An open regular file, or the code for why there is none. */
export type OpenedFile = { ok: true; handle: FileHandle; stats: Stats } | { ok: false; code: string };

/**
 * Opens `path` for reading if, and only if, it is a regular file and not a link. `expected`, the
 * result of an earlier lstat, must still describe the same file (same device and inode).
 */
export async function openRegularFile(path: string, expected?: Stats): Promise<OpenedFile> {
  let handle: FileHandle;
  try {
    handle = await open(path, SAFE_READ_FLAGS);
  } catch (error) {
    const code = errorCode(error);
    // With O_NOFOLLOW, a link as the last part of the path fails with ELOOP (EMLINK on FreeBSD).
    if (code === 'ELOOP' || code === 'EMLINK') return { ok: false, code: (await isLink(path)) ? LINK_CODE : code };
    return { ok: false, code };
  }
  try {
    const stats = await handle.stat();
    const swapped = expected !== undefined && (expected.ino !== stats.ino || expected.dev !== stats.dev);
    if (stats.isFile() && !swapped) return { ok: true, handle, stats };
    await handle.close();
    return { ok: false, code: stats.isDirectory() ? 'EISDIR' : swapped ? 'ECHANGED' : NOT_REGULAR_CODE };
  } catch (error) {
    await handle.close().catch(() => {});
    return { ok: false, code: errorCode(error) };
  }
}

async function isLink(path: string): Promise<boolean> {
  return lstat(path).then((stats) => stats.isSymbolicLink(), () => false);
}

/**
 * Reads up to `length` bytes from `position`, looping over short reads (network volumes return
 * less than asked); fewer bytes come back only at the end of the file.
 */
export async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

/** Reads a file front to back in slices of `sliceBytes`, stopping early when `take` returns false. */
export async function readSlices(handle: FileHandle, limit: number, sliceBytes: number, take: (slice: Buffer) => boolean): Promise<void> {
  for (let position = 0; position < limit; position += sliceBytes) {
    const slice = await readAt(handle, position, Math.min(sliceBytes, limit - position));
    if (slice.length === 0 || !take(slice)) return;
  }
}
