/**
 * Opens the saved progress through electron-store (in the app) or `conf` (in tests) — the same
 * options, schema and migrations either way. A file that cannot be read or does not fit the
 * schema is moved aside under a timestamped name, never deleted, and progress starts fresh with
 * a notice that tells the person where the old file went.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Progress, ProgressNotice } from '../../shared/progress';
import { memoryBackend, type ProgressBackend } from './progress-store';
import { PROGRESS_FORMAT_VERSION, PROGRESS_MIGRATIONS } from './migrations';
import { PROGRESS_FILE, PROGRESS_SCHEMA, progressDefaults } from './schema';

/** The options both electron-store and conf take for the progress file. */
export function progressStoreOptions(directory: string) {
  return {
    cwd: directory,
    configName: PROGRESS_FILE,
    schema: PROGRESS_SCHEMA,
    defaults: progressDefaults(),
    migrations: PROGRESS_MIGRATIONS,
    projectVersion: PROGRESS_FORMAT_VERSION,
    clearInvalidConfig: false,
  };
}

/** The options, as handed to the constructor. */
export type ProgressStoreOptions = ReturnType<typeof progressStoreOptions>;

/** What the backend needs of an opened store. */
export interface ProgressFile {
  get(key: 'progress'): unknown;
  set(key: 'progress', value: Progress): void;
}

/** How to open the progress file. */
export interface OpenOptions {
  directory: string;
  /** Constructs the store; throws when the file cannot be read or fails the schema. */
  open(options: ProgressStoreOptions): ProgressFile;
  now?: () => Date;
}

/** The full path of the progress file in a directory. */
export function progressFilePath(directory: string): string {
  return join(directory, `${PROGRESS_FILE}.json`);
}

/** The file's bytes as they were before anything opened it; null when there is no file. */
function readOriginal(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

/**
 * Keeps an unreadable file's original bytes beside it, under a name that says when, and removes it
 * so a fresh one can be made. Returns the new path, or null when there was nothing to keep or it
 * could not be written (then the file is left where it was).
 */
export function setAside(file: string, original: Buffer | null, now: Date): string | null {
  if (original === null) return null;
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (let n = 0; n < 100; n += 1) {
    const target = file.replace(/\.json$/, `.unreadable-${stamp}${n === 0 ? '' : `-${n}`}.json`);
    if (existsSync(target)) continue;
    try {
      writeFileSync(target, original, { flag: 'wx' });
      rmSync(file, { force: true });
      return target;
    } catch {
      return null;
    }
  }
  return null;
}

function fileBackend(file: ProgressFile, notice: ProgressNotice | null): ProgressBackend {
  let loaded = file.get('progress') as Progress;
  if (notice) {
    loaded = { ...loaded, notice };
    file.set('progress', loaded);
  }
  return { load: () => loaded, save: (progress) => file.set('progress', progress) };
}

/** Opens the progress file, recovering from a bad one; never throws. */
export function openProgressBackend({ directory, open, now = () => new Date() }: OpenOptions): ProgressBackend {
  const options = progressStoreOptions(directory);
  const file = progressFilePath(directory);
  // Opening may already rewrite the file (defaults, migrations) before it fails the schema: keep the bytes as found.
  const original = readOriginal(file);
  try {
    return fileBackend(open(options), null);
  } catch {
    const keptAs = setAside(file, original, now());
    const notice: ProgressNotice = { kind: 'reset-unreadable', keptAs: keptAs && basename(keptAs), at: now().toISOString() };
    try {
      return fileBackend(open(options), notice);
    } catch {
      return memoryBackend({ ...progressDefaults().progress, notice: { kind: 'not-saved', at: now().toISOString() } });
    }
  }
}
