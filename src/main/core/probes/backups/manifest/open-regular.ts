/**
 * Opens a file in a backup folder for reading only if it is a plain file: a link is not followed
 * (O_NOFOLLOW) and a FIFO or device cannot hold the open up (O_NONBLOCK), then the opened file is
 * checked to be regular. Where the system has neither flag (Windows), the check after opening
 * remains. Synchronous, for SQLite's file system, which cannot wait.
 */
import { closeSync, constants, fstatSync, openSync } from 'node:fs';

const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** A descriptor for the regular file at `file`, or null for anything else (missing, a link, a folder, a FIFO, refused). */
export function openRegularFileSync(file: string): number | null {
  let fd: number;
  try {
    fd = openSync(file, READ_FLAGS);
  } catch {
    return null;
  }
  try {
    if (fstatSync(fd).isFile()) return fd;
  } catch {
    // Fall through: a file that cannot even be looked at is not read.
  }
  closeSync(fd);
  return null;
}
