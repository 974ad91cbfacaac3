/**
 * Writes real-format backup folders for tests: one folder per device under a root, with
 * Info.plist, Manifest.plist, Status.plist, a real file index (Manifest.db, or Manifest.mbdb as
 * iOS 9 and older wrote) and the files it lists, stored under their 40-hex names. Finished,
 * interrupted, encrypted and archived backups, either plist encoding, any Info.plist size,
 * files missing; or step by step, as Finder does while a backup runs.
 */
import { lutimes, mkdir, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { appFile, contentFiles, fileIdOf, foldersOf, storedFilePath, type FixtureContents, type FixtureFile } from './backup-files';
import { writeManifestDb, type ManifestRow } from './manifest-db';
import { manifestMbdb } from './manifest-mbdb';
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
  /** How many plain app files to write. */
  files?: number;
  /** Photos, Messages, WhatsApp, Contacts, Notes to include. */
  contents?: FixtureContents;
  /** The file index: Manifest.db (iOS 10 and later, the default) or Manifest.mbdb (iOS 9 and older, files stored flat). */
  index?: 'db' | 'mbdb';
  /** How many listed files to leave out of the folder, as a copy that lost files would. */
  missingFiles?: number;
  /** Leave a Snapshot/ folder behind, as a backup cut off while the phone was sending files does. */
  snapshotFolder?: boolean;
  /** Folder name; the UDID by default. Finder's archived copies add "-YYYYMMDD-HHMMSS". */
  folderName?: string;
}

/** Where a fixture backup was written and what it holds. */
export interface WrittenBackup {
  path: string;
  device: DeviceSpec;
  /** Bytes in all the files written. */
  bytes: number;
  /** How many files its index lists. */
  filesListed: number;
}

/** A backup still running elsewhere is "uploading"-like; iOS's in-progress values are not documented, any value but "finished" counts. */
export const UNFINISHED_STATE = 'uploading';

/** The device facts a spec stands for. */
export function deviceOf(spec: BackupSpec): DeviceSpec {
  return {
    udid: spec.udid,
    deviceName: spec.deviceName ?? 'Test iPhone',
    productType: spec.productType ?? 'iPhone15,2',
    iosVersion: spec.iosVersion ?? (spec.index === 'mbdb' ? '9.3.5' : '17.5.1'),
    date: spec.date ?? new Date('2024-05-01T09:30:00Z'),
  };
}

/** A folder name for Finder's archived copy of a backup taken at `date`. */
export function archivedName(udid: string, date: Date): string {
  const stamp = date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${udid}-${stamp}`;
}

/** Writes one file where the index says it is stored; returns its size. */
async function storeFile(folder: string, file: FixtureFile, layout: 'db' | 'mbdb'): Promise<number> {
  const target = storedFilePath(folder, fileIdOf(file.domain, file.relativePath), layout);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, file.content);
  return file.content.length;
}

/** Writes a plain app file numbered `index` into its two-digit sub-folder; returns its size. */
export async function writeHashedFile(folder: string, device: DeviceSpec, index: number, encrypted = false): Promise<number> {
  return storeFile(folder, appFile(device, index, encrypted), 'db');
}

/** The `Files` rows listing these files and the folders they sit in. */
export function manifestRows(files: readonly FixtureFile[]): ManifestRow[] {
  return [
    ...foldersOf(files).map((folder) => ({ fileID: fileIdOf(folder.domain, folder.relativePath), ...folder, flags: 2 })),
    ...files.map((file) => ({ fileID: fileIdOf(file.domain, file.relativePath), domain: file.domain, relativePath: file.relativePath, flags: 1, size: file.content.length })),
  ];
}

/** The file index for these files, in the layout asked for; an encrypted backup's Manifest.db is itself encrypted, so noise. */
async function writeIndex(folder: string, files: readonly FixtureFile[], layout: 'db' | 'mbdb', encrypted: boolean, date: Date): Promise<number> {
  if (layout === 'mbdb') {
    const records = [
      ...foldersOf(files).map((item) => ({ ...item, kind: 'folder' as const, size: 0 })),
      ...files.map((file) => ({ domain: file.domain, relativePath: file.relativePath, kind: 'file' as const, size: file.content.length })),
    ];
    const bytes = manifestMbdb(records, date);
    await writeFile(path.join(folder, 'Manifest.mbdb'), bytes);
    return bytes.length;
  }
  const file = path.join(folder, 'Manifest.db');
  if (encrypted) {
    const bytes = noise(8192, `${folder}-db`);
    await writeFile(file, bytes);
    return bytes.length;
  }
  await writeManifestDb(file, manifestRows(files), date);
  return (await stat(file)).size;
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

/** The files a spec's backup holds. */
export function filesOf(spec: BackupSpec): FixtureFile[] {
  const device = deviceOf(spec);
  const encrypted = spec.encrypted ?? false;
  const plain = Array.from({ length: spec.files ?? 6 }, (_, index) => appFile(device, index, encrypted));
  return [...plain, ...contentFiles(spec.contents ?? {}, encrypted)];
}

/** Writes one complete fixture backup under `root`, its times set to its backup date. */
export async function writeBackup(root: string, spec: BackupSpec): Promise<WrittenBackup> {
  const device = deviceOf(spec);
  const folder = path.join(root, spec.folderName ?? spec.udid);
  const omit = new Set(spec.omit ?? []);
  const encrypted = spec.encrypted ?? false;
  const layout = spec.index ?? 'db';
  const state = spec.snapshotState === undefined ? 'finished' : spec.snapshotState;
  await mkdir(folder, { recursive: true });
  let bytes = 0;
  const put = async (name: string, content: Buffer) => {
    await writeFile(path.join(folder, name), content);
    bytes += content.length;
  };
  if (!omit.has('Info.plist')) await put('Info.plist', infoPlist(device, spec.infoEncoding ?? 'xml', spec.infoAppBytes ?? 60_000));
  const files = filesOf(spec);
  for (const file of files) bytes += await storeFile(folder, file, layout);
  if (!omit.has('Manifest.db')) bytes += await writeIndex(folder, files, layout, encrypted, device.date);
  if (!omit.has('Manifest.plist')) await put('Manifest.plist', manifestPlist(device, encrypted, spec.plistEncoding ?? 'binary'));
  if (!omit.has('Status.plist') && state !== null) await put('Status.plist', statusPlist(device, state, spec.plistEncoding ?? 'binary'));
  for (const file of files.slice(0, spec.missingFiles ?? 0)) {
    const stored = storedFilePath(folder, fileIdOf(file.domain, file.relativePath), layout);
    await rm(stored);
    bytes -= file.content.length;
  }
  if (spec.snapshotFolder) {
    await mkdir(path.join(folder, 'Snapshot', 'ab'), { recursive: true });
    await put(path.join('Snapshot', 'ab', 'ab34c0ffee0000000000000000000000000000ff'), noise(2048, 'snapshot'));
  }
  await ageTree(folder, device.date);
  return { path: folder, device, bytes, filesListed: files.length };
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

  /** The file index listing every file added, Manifest.plist, and a Status.plist that says finished. */
  async finish(encrypted = false): Promise<void> {
    const files = Array.from({ length: this.next }, (_, index) => appFile(this.device, index, false));
    this.sizes.set('Manifest.db', await writeIndex(this.folder, files, 'db', encrypted, this.device.date));
    await this.put('Manifest.plist', manifestPlist(this.device, encrypted));
    await this.put('Status.plist', statusPlist(this.device, 'finished'));
  }

  private async put(name: string, content: Buffer): Promise<void> {
    await writeFile(path.join(this.folder, name), content);
    this.sizes.set(name, content.length);
  }
}
