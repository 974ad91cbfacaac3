/**
 * A backup as big as a well-used phone's: 100,000 listed files in the 256 two-digit sub-folders
 * of an iOS 10+ backup, each with its row and archived MBFile in a real Manifest.db. Contents are
 * small (the figure is about lookups, not bytes); writing takes a minute or so, so only the bench
 * makes one.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileIdOf, makeTempRoot, manifestRows, writeBackup, writeManifestDb, type FixtureFile } from '../../tests/support/backup-fixtures';

/** How many files the big backup lists. */
export const BIG_BACKUP_FILES = 100_000;

const UDID = '00008110-00BE0BE0BE0BE0BE';
const PARALLEL_WRITES = 64;

/** Writes the big backup under a new temporary root; returns its folder. */
export async function writeBigBackup(): Promise<{ root: string; folder: string }> {
  const root = await makeTempRoot('bench-big-backup');
  // The plists of a real backup; its files and index are replaced by the big ones below.
  const { path: folder } = await writeBackup(root, { udid: UDID, files: 0 });
  const files: FixtureFile[] = Array.from({ length: BIG_BACKUP_FILES }, (_, index) => ({
    domain: index % 10 === 0 ? 'CameraRollDomain' : 'HomeDomain',
    relativePath: index % 10 === 0 ? `Media/DCIM/${100 + Math.floor(index / 10_000)}APPLE/IMG_${index}.HEIC` : `Library/Caches/item-${index}.dat`,
    content: Buffer.alloc(64 + (index % 512), index % 251),
  }));
  for (let sub = 0; sub < 256; sub += 1) await mkdir(path.join(folder, sub.toString(16).padStart(2, '0')), { recursive: true });
  let next = 0;
  const writer = async () => {
    while (next < files.length) {
      const file = files[next++] as FixtureFile;
      const id = fileIdOf(file.domain, file.relativePath);
      await writeFile(path.join(folder, id.slice(0, 2), id), file.content);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_WRITES }, writer));
  await writeManifestDb(path.join(folder, 'Manifest.db'), manifestRows(files));
  return { root, folder };
}
