/**
 * The commands that make a backup on Linux with libimobiledevice. idevicebackup2 refuses a folder
 * that does not exist, so the folder is always made first; every argument is quoted so a pasted
 * command means exactly what it says.
 */

import { shellQuote } from '../safe-text';

/** Where the walkthrough and the doctor put a Linux backup. */
export const LINUX_BACKUP_FOLDER = '$HOME/iPhone-backups';

/** The folder, quoted so that $HOME still expands. */
const FOLDER = `"${LINUX_BACKUP_FOLDER}"`;

/** Makes the backup folder (nothing happens if it is there already). */
export const MAKE_FOLDER_COMMAND = `mkdir -p ${FOLDER}`;

/** Starts a full backup, of one phone when its UDID is given. */
export function backupCommand(udid: string | null = null): string {
  return `idevicebackup2${udid ? ` -u ${shellQuote(udid)}` : ''} backup --full ${FOLDER}`;
}

/** Both commands as one line to paste: the folder first, then the backup. */
export function linuxBackupLine(udid: string | null = null): string {
  return `${MAKE_FOLDER_COMMAND} && ${backupCommand(udid)}`;
}
