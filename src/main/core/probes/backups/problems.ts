/** What is wrong with a backup, in the words the person reads; one place so the wording stays consistent. */
import type { PlistCheck, PlistRead } from './plist-files';

/** Sentences for a backup that did not finish. */
export const UNFINISHED = 'This backup did not finish, so it cannot be trusted for a restore. Make a new backup.';

const CONSEQUENCE: Record<string, string> = {
  'Status.plist': 'so nobody can tell whether this backup finished',
  'Manifest.plist': 'so it is unknown whether this backup is encrypted, and it may not restore',
  'Info.plist': 'so Finder or iTunes may not show this backup',
};

/** The `code` of a file-system error ("ENOENT", "EACCES" …); "EIO" for anything without one. */
export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'EIO';
}

/** True for the errors a missing permission gives: EPERM on macOS without Full Disk Access, EACCES elsewhere. */
export function isPermissionCode(code: string): boolean {
  return code === 'EPERM' || code === 'EACCES';
}

/** An error code in plain words. */
export function codeWords(code: string): string {
  if (isPermissionCode(code)) return 'permission denied';
  if (code === 'ELOOP') return 'it is a link that leads back to itself';
  if (code === 'ELINK') return 'it is a link, which a backup never holds, so it was not followed';
  if (code === 'ENOTREG') return 'it is not an ordinary file';
  if (code === 'ECHANGED') return 'it was replaced while being read';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EIO') return 'the disk reported an error';
  return `error ${code}`;
}

/** Why a device folder itself cannot be read. */
export function folderProblem(code: string): string {
  if (code === 'ELOOP') return 'This entry is a link that leads back to itself, so there is no backup to read in it.';
  if (code === 'ELINK') return 'This entry is a link to a folder that does not look like an iPhone backup, so it was not read.';
  return `This backup's folder cannot be read (${codeWords(code)}), so nothing about it can be checked.`;
}

/** What is wrong with one plist file; null when nothing is. */
export function fileProblem(name: string, result: PlistRead | PlistCheck, oddity: string | null): string | null {
  const consequence = CONSEQUENCE[name] ?? 'so this backup may not be usable';
  switch (result.kind) {
    case 'ok':
      return oddity === null ? null : `${name} is not as expected (${oddity}), ${consequence}.`;
    case 'missing':
      return `${name} is missing, ${consequence}.`;
    case 'damaged':
      return `${name} is damaged (${result.reason}), ${consequence}.`;
    case 'unreadable':
      return `${name} could not be read (${codeWords(result.code)}), ${consequence}.`;
    case 'too-large':
      return `${name} is unusually large (${Math.round(result.bytes / 1024 ** 2)} MB) and was not read, ${consequence}.`;
  }
}

/** What is wrong with Status.plist; a missing one means the backup never finished. */
export function statusProblem(result: PlistRead, oddity: string | null): string | null {
  if (result.kind === 'missing') return 'It has no Status.plist, the file every finished backup has.';
  return fileProblem('Status.plist', result, oddity);
}

/** The name of each kind of file index, as the person may see it in the folder. */
const INDEX_NAMES = { db: 'Manifest.db', mbdb: 'Manifest.mbdb' } as const;

/** A backup whose index lists files that are not there. */
export function filesMissingProblem(filesMissing: number, filesListed: number): string {
  const count = (n: number) => n.toLocaleString('en-US');
  return `${count(filesMissing)} of ${count(filesListed)} files this backup lists are missing, so it may not restore; make a new backup.`;
}

/** A backup whose file index cannot be read. */
export function indexUnreadableProblem(index: keyof typeof INDEX_NAMES, reason: string): string {
  return `Its list of files (${INDEX_NAMES[index]}) cannot be read (${reason}), so it cannot be restored. Make a new backup.`;
}

/** A finished-looking backup without any file index. */
export const NO_INDEX =
  'It has no list of files (Manifest.db, or Manifest.mbdb for iOS 9 and older), so it cannot be restored. Make a new backup.';

/** What backup tools leave when a backup stops before the phone sends anything: a Status.plist that already says finished, and nothing else. */
export const PLACEHOLDER_ONLY =
  'This backup stopped before the phone sent anything: it holds only the placeholder files a backup starts with, so it cannot be restored. Make a new backup.';

/** A finished backup with a newer one cut off in its Snapshot folder. */
export const SNAPSHOT_LEFT =
  'A newer backup started in this folder and stopped before it finished (its Snapshot folder was left behind). Make a new backup.';
