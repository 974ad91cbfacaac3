/**
 * Opens the saved progress through electron-store (in the app) or `conf` (in tests) — the same
 * options, schema and migrations either way. A file that cannot be read or does not fit the
 * schema is moved aside under a timestamped name, never deleted, and progress starts fresh with
 * a notice that tells the person where the old file went.
 */
import { existsSync, renameSync } from 'node:fs';
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

/** Moves an unreadable file aside, beside itself, under a name that says when; returns the new name, or null if it could not move. */
export function setAside(file: string, now: Date): string | null {
  if (!existsSync(file)) return null;
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (let n = 0; n < 100; n += 1) {
    const target = file.replace(/\.json$/, `.unreadable-${stamp}${n === 0 ? '' : `-${n}`}.json`);
    if (existsSync(target)) continue;
    try {
      renameSync(file, target);
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
  try {
    return fileBackend(open(options), null);
  } catch {
    const keptAs = setAside(progressFilePath(directory), now());
    const notice: ProgressNotice = { kind: 'reset-unreadable', keptAs: keptAs && basename(keptAs), at: now().toISOString() };
    try {
      return fileBackend(open(options), notice);
    } catch {
      return memoryBackend({ ...progressDefaults().progress, notice: { kind: 'not-saved', at: now().toISOString() } });
    }
  }
}
