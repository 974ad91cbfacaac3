/**
 * Reads one device folder under a backup root: who the backup is of, whether it finished,
 * whether it is encrypted, and what is wrong with it. The small binary Status.plist and
 * Manifest.plist answer almost everything; the big Info.plist is only checked for being whole,
 * and read in full only when the small ones leave a gap.
 */
import { lstat, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { isUdidShaped, parseFolderName } from './archive-name';
import { readIndexFacts, type IndexFacts } from './index-files';
import { deviceFolderAccess } from './linked-folder';
import { deviceFactsComplete, INFO_PLIST_KEYS, infoFacts, manifestFacts, statusFacts, type DeviceFacts } from './plist-facts';
import type { PlistCheck, PlistFiles, PlistRead } from './plist-files';
import { errorCode, fileProblem, folderProblem, isPermissionCode, statusProblem } from './problems';

/** Everything one read of a device folder tells, before progress and size are known. */
export interface FolderReading extends IndexFacts {
  path: string;
  /** An archived copy (Finder's "Archive"), named with a date after the UDID. */
  archived: boolean;
  udid: string;
  /** Whether the UDID has a device's shape; a folder named otherwise is never a backup being written. */
  udidShaped: boolean;
  deviceName: string | null;
  productType: string | null;
  iosVersion: string | null;
  /** ISO 8601 in UTC. */
  lastBackupDate: string | null;
  /** What Status.plist says: finished, not finished (or absent), or unknown (unreadable). */
  finished: boolean | null;
  encrypted: boolean | null;
  /** Whether Manifest.plist could be read: a backup without a readable one cannot be restored. */
  manifestReadable: boolean;
  /** Why the folder itself cannot be read; shown whatever else is going on. */
  folderProblem: string | null;
  /** What is wrong with its files; normal while a backup is still being written, so shown only after. */
  fileProblems: string[];
  /** The newest change time among the folder and its direct entries, looked up only when it did not finish. */
  newestChangeMs: number | null;
}

const MAX_ENTRIES_FOR_CHANGE_TIME = 400;

function merge(...sources: DeviceFacts[]): DeviceFacts {
  const pick = (key: keyof DeviceFacts) => sources.map((facts) => facts[key]).find((value) => value !== null) ?? null;
  return { udid: pick('udid'), deviceName: pick('deviceName'), productType: pick('productType'), iosVersion: pick('iosVersion') };
}

const NO_DEVICE: DeviceFacts = { udid: null, deviceName: null, productType: null, iosVersion: null };

function isoSeconds(date: Date | null): string | null {
  return date === null ? null : date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The newest modification among a folder and what sits directly in it. */
async function newestIn(folder: string): Promise<number> {
  const own = await stat(folder);
  const names = (await readdir(folder)).slice(0, MAX_ENTRIES_FOR_CHANGE_TIME);
  const times = await Promise.all(names.map((name) => lstat(path.join(folder, name)).then((s) => s.mtimeMs, () => 0)));
  return Math.max(own.mtimeMs, ...times);
}

/** The newest change in the folder, and in its Snapshot/ folder where the phone writes a new backup: a backup being written keeps touching these. */
async function newestChange(folder: string, snapshotFolder: boolean): Promise<number | null> {
  try {
    const own = await newestIn(folder);
    return snapshotFolder ? Math.max(own, await newestIn(path.join(folder, 'Snapshot')).catch(() => 0)) : own;
  } catch {
    return null;
  }
}

function allDenied(...results: Array<PlistRead | PlistCheck>): boolean {
  return results.every((result) => result.kind === 'unreadable' && isPermissionCode(result.code));
}

/** Reads one device folder; null when the entry is gone or is not a folder. */
export async function readBackupFolder(folder: string, files: PlistFiles): Promise<FolderReading | null> {
  const name = parseFolderName(path.basename(folder));
  const base = {
    path: folder,
    archived: name.archived,
    udid: name.base,
    udidShaped: isUdidShaped(name.base),
    deviceName: null,
    productType: null,
    iosVersion: null,
    lastBackupDate: null,
    finished: null,
    encrypted: null,
    manifestReadable: false,
    fileProblems: [],
    newestChangeMs: null,
    index: null,
    indexStamp: null,
    snapshotFolder: false,
  };
  // The folder is looked at alongside its files, not before them: one wait per folder instead of two.
  const [itself, access, statusRead, manifestRead, infoCheck, indexFacts] = await Promise.all([
    stat(folder).then(
      (stats) => ({ isFolder: stats.isDirectory(), code: null }),
      (error: unknown) => ({ isFolder: false, code: errorCode(error) }),
    ),
    deviceFolderAccess(folder),
    files.read(path.join(folder, 'Status.plist')),
    files.read(path.join(folder, 'Manifest.plist')),
    files.check(path.join(folder, 'Info.plist')),
    readIndexFacts(folder),
  ]);
  if (itself.code !== null && itself.code !== 'ENOENT') return { ...base, folderProblem: folderProblem(itself.code) };
  if (!itself.isFolder) return null;
  if (!access.readable) return { ...base, folderProblem: folderProblem(access.code) };
  if (allDenied(statusRead, manifestRead, infoCheck)) {
    return { ...base, folderProblem: folderProblem('EACCES') };
  }

  const status = statusRead.kind === 'ok' ? statusFacts(statusRead.value) : null;
  const manifest = manifestRead.kind === 'ok' ? manifestFacts(manifestRead.value) : null;
  let device = merge(manifest?.device ?? NO_DEVICE);
  let date = status?.date ?? manifest?.date ?? null;
  let info: PlistRead | PlistCheck = infoCheck;
  if (infoCheck.kind === 'ok' && (!deviceFactsComplete(device) || date === null)) {
    const whole = await files.read(path.join(folder, 'Info.plist'), INFO_PLIST_KEYS);
    info = whole;
    if (whole.kind === 'ok') {
      const facts = infoFacts(whole.value);
      device = merge(device, facts.device);
      date ??= facts.lastBackupDate;
    }
  }

  const finished = status === null ? (statusRead.kind === 'missing' ? false : null) : status.state === 'unknown' ? null : status.state === 'finished';
  const fileProblems = [
    statusProblem(statusRead, status?.oddity ?? null),
    fileProblem('Manifest.plist', manifestRead, manifest?.oddity ?? null),
    fileProblem('Info.plist', info, null),
  ].filter((problem): problem is string => problem !== null);
  if (statusRead.kind === 'missing' && manifestRead.kind === 'missing' && info.kind === 'missing') {
    fileProblems.splice(0, fileProblems.length, 'This folder does not look like an iPhone backup: it has none of the files a backup has.');
  }

  const whole = finished === true && manifestRead.kind === 'ok' && indexFacts.index !== null && !indexFacts.snapshotFolder;
  // The folder's name is the backup's identity; the plists' UDID stands in only for a folder named otherwise.
  const udid = !base.udidShaped && device.udid !== null && isUdidShaped(device.udid) ? device.udid : base.udid;
  return {
    ...base,
    ...indexFacts,
    udid,
    udidShaped: isUdidShaped(udid),
    deviceName: device.deviceName,
    productType: device.productType,
    iosVersion: device.iosVersion,
    lastBackupDate: isoSeconds(date),
    finished,
    encrypted: manifest?.encrypted ?? null,
    manifestReadable: manifestRead.kind === 'ok',
    folderProblem: null,
    fileProblems,
    // Only a backup that may be unfinished needs to know when it last changed; a whole one is spared the lookups.
    newestChangeMs: whole ? null : await newestChange(folder, indexFacts.snapshotFolder),
  };
}
