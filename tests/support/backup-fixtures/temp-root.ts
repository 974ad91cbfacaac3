/** Temporary backup roots for tests, removed afterwards even when a test left a folder unreadable. */
import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Creates an empty folder to use as a backup root; readable by every user, so a test can read it as someone else. */
export async function makeTempRoot(label = 'backups'): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), `lifeboat-${label}-`));
  await chmod(root, 0o755);
  return root;
}

async function restorePermissions(dir: string): Promise<void> {
  await chmod(dir, 0o755).catch(() => {});
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) if (entry.isDirectory()) await restorePermissions(path.join(dir, entry.name));
}

/** Removes a temporary root and everything in it. */
export async function removeTempRoot(root: string): Promise<void> {
  await restorePermissions(root);
  await rm(root, { recursive: true, force: true });
}
