/**
 * Writes real-format backup folders for tests: one folder per device under a root, with
 * Info.plist, Manifest.plist, Status.plist, Manifest.db and files named by 40-hex hashes in
 * two-letter sub-folders. Finished, interrupted, encrypted and archived backups, either plist
 * encoding, any Info.plist size; or step by step, as Finder does while a backup runs.
 */
import { createHash } from 'node:crypto';
import { lutimes, mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { infoPlist, manifestPlist, noise, statusPlist, type DeviceSpec, type Encoding } from './plists';

/** One fixture backup; everything but the UDID has a realistic default. */
export interface BackupSpec {
  udid: string;
  deviceName?: string;
  productType?: string;
  iosVersion?: string;
  date?: Date;
  /** Status.plist's SnapshotState: "finished", anything else for a backup that stopped part-way, or null for no Status.plist. */
  snapshotState?: string | number | null;
  encrypted?: boolean;
  /** Info.plist's encoding; XML by default, binary as seen in the wild. */
  infoEncoding?: Encoding;
  /** Manifest.plist's and Status.plist's encoding; binary by default, as Apple writes them. */
  plistEncoding?: Encoding;
  /** Bytes of app-icon data in Info.plist. */
  infoAppBytes?: number;
  /** Leave these files out. */
  omit?: Array<'Info.plist' | 'Manifest.plist' | 'Status.plist' | 'Manifest.db'>;
  /** How many hashed files to write. */
  files?: number;
  /** Folder name; the UDID by default. Finder's archived copies add "-YYYYMMDD-HHMMSS". */
  folderName?: string;
}

/** Where a fixture backup was written and what it holds. */
export interface WrittenBackup {
  path: string;
  device: DeviceSpec;
  /** Bytes in all the files written. */
  bytes: number;
}

/** A backup still running elsewhere is "uploading"-like; iOS's in-progress values are not documented, any value but "finished" counts. */
export const UNFINISHED_STATE = 'uploading';

/** The device facts a spec stands for. */
export function deviceOf(spec: BackupSpec): DeviceSpec {
  return {
    udid: spec.udid,
    deviceName: spec.deviceName ?? 'Test iPhone',
    productType: spec.productType ?? 'iPhone15,2',
    iosVersion: spec.iosVersion ?? '17.5.1',
    date: spec.date ?? new Date('2024-05-01T09:30:00Z'),
  };
}

/** A folder name for Finder's archived copy of a backup taken at `date`. */
export function archivedName(udid: string, date: Date): string {
  const stamp = date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${udid}-${stamp}`;
}

/**
 * Manifest.db is SQLite in a real backup. The app never opens it, so the fixture writes only a
 * SQLite file header (the real first 16 bytes) and padding, to have the file present by name and
 * signature; an encrypted backup's is noise, as it would be.
 */
function manifestDb(device: DeviceSpec, encrypted: boolean): Buffer {
  if (encrypted) return noise(8192, `${device.udid}-db`);
  const page = Buffer.alloc(4096);
  page.write('SQLite format 3\0', 0, 'latin1');
  return page;
}

function hashedFile(device: DeviceSpec, index: number, encrypted: boolean): { name: string; content: Buffer } {
  const name = createHash('sha1').update(`HomeDomain-Library/Notes/${device.udid}-${index}`).digest('hex');
  const content = encrypted ? noise(3000 + index * 17, name) : Buffer.from(`note ${index} of ${device.deviceName}\n`.repeat(40 + index));
  return { name, content };
}

/** Writes a hashed file into its two-letter sub-folder; returns its size. */
export async function writeHashedFile(folder: string, device: DeviceSpec, index: number, encrypted = false): Promise<number> {
  const file = hashedFile(device, index, encrypted);
  await mkdir(path.join(folder, file.name.slice(0, 2)), { recursive: true });
  await writeFile(path.join(folder, file.name.slice(0, 2), file.name), file.content);
  return file.content.length;
}

/** Sets every file and folder under `folder` (and it) to one modification time, as an old backup has. */
export async function ageTree(folder: string, when: Date): Promise<void> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const inner = path.join(folder, entry.name);
    if (entry.isDirectory()) await ageTree(inner, when);
    // Links and FIFOs get their own times changed, never their targets'.
    else await lutimes(inner, when, when);
  }
  await utimes(folder, when, when);
}

/** Writes one complete fixture backup under `root`, its times set to its backup date. */
export async function writeBackup(root: string, spec: BackupSpec): Promise<WrittenBackup> {
  const device = deviceOf(spec);
  const folder = path.join(root, spec.folderName ?? spec.udid);
  const omit = new Set(spec.omit ?? []);
  const encrypted = spec.encrypted ?? false;
  const state = spec.snapshotState === undefined ? 'finished' : spec.snapshotState;
  await mkdir(folder, { recursive: true });
  let bytes = 0;
  const put = async (name: string, content: Buffer) => {
    await writeFile(path.join(folder, name), content);
    bytes += content.length;
  };
  if (!omit.has('Info.plist')) await put('Info.plist', infoPlist(device, spec.infoEncoding ?? 'xml', spec.infoAppBytes ?? 60_000));
  for (let index = 0; index < (spec.files ?? 6); index += 1) bytes += await writeHashedFile(folder, device, index, encrypted);
  if (!omit.has('Manifest.db')) await put('Manifest.db', manifestDb(device, encrypted));
  if (!omit.has('Manifest.plist')) await put('Manifest.plist', manifestPlist(device, encrypted, spec.plistEncoding ?? 'binary'));
  if (!omit.has('Status.plist') && state !== null) await put('Status.plist', statusPlist(device, state, spec.plistEncoding ?? 'binary'));
  await ageTree(folder, device.date);
  return { path: folder, device, bytes };
}

/** Writes a backup the way Finder does while it runs, one step at a time, for live tests. */
export class BackupInProgress {
  readonly folder: string;
  readonly device: DeviceSpec;
  private readonly sizes = new Map<string, number>();
  private next = 0;

  constructor(root: string, spec: BackupSpec) {
    this.device = deviceOf(spec);
    this.folder = path.join(root, spec.folderName ?? spec.udid);
  }

  /** Bytes in the folder so far. */
  get bytes(): number {
    return [...this.sizes.values()].reduce((sum, size) => sum + size, 0);
  }

  /** The folder appears with Info.plist and a Status.plist that does not say finished. */
  async begin(): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    await this.put('Info.plist', infoPlist(this.device, 'xml', 60_000));
    await this.put('Status.plist', statusPlist(this.device, UNFINISHED_STATE));
  }

  /** More hashed files land. */
  async addFiles(count: number): Promise<void> {
    for (let step = 0; step < count; step += 1) {
      const index = this.next++;
      this.sizes.set(`file-${index}`, await writeHashedFile(this.folder, this.device, index));
    }
  }

  /** Manifest files are written and Status.plist says finished. */
  async finish(encrypted = false): Promise<void> {
    await this.put('Manifest.db', manifestDb(this.device, encrypted));
    await this.put('Manifest.plist', manifestPlist(this.device, encrypted));
    await this.put('Status.plist', statusPlist(this.device, 'finished'));
  }

  private async put(name: string, content: Buffer): Promise<void> {
    await writeFile(path.join(this.folder, name), content);
    this.sizes.set(name, content.length);
  }
}
