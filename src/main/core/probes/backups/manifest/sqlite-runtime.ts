/**
 * SQLite for reading backup manifests: wa-sqlite's WebAssembly build, loaded once on first use,
 * with the read-only file system of `read-only-vfs.ts` as its only way to reach a disk. The same
 * bytes run under plain Node (the doctor, the tests) and in Electron's main process, with no
 * native module to rebuild per runtime.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as SQLite from 'wa-sqlite';
import { READ_ONLY_VFS_NAME, ReadOnlyFileVfs } from './read-only-vfs';

/** The loaded SQLite API. */
export type SqliteApi = SQLiteAPI;

let loading: Promise<SqliteApi> | null = null;
const vfs = new ReadOnlyFileVfs();

async function load(): Promise<SqliteApi> {
  const require = createRequire(import.meta.url);
  const { default: moduleFactory } = (await import('wa-sqlite/dist/wa-sqlite.mjs')) as unknown as { default: (config: object) => Promise<unknown> };
  // Handing over the bytes keeps the build from looking for the file by URL, which only browsers can.
  const wasmBinary = readFileSync(require.resolve('wa-sqlite/dist/wa-sqlite.wasm'));
  const api = SQLite.Factory(await moduleFactory({ wasmBinary }));
  api.vfs_register(vfs, false);
  return api;
}

/** SQLite, loaded on first call; a failed load is tried again next time. */
export function sqlite(): Promise<SqliteApi> {
  loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `task` when no other task given here is running. wa-sqlite hands back a new database or
 * statement through one shared scratch word read after an await, so two opens or prepares at once
 * could each receive the other's handle.
 */
export function exclusively<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** A database open read-only, through the file system that cannot write. */
export interface ReadOnlyDatabase {
  handle: number;
  close(): Promise<void>;
}

/** Opens a database file read-only; close it when done. */
export async function openReadOnly(api: SqliteApi, file: string): Promise<ReadOnlyDatabase> {
  const name = vfs.nameFor(file);
  let handle: number;
  try {
    handle = await exclusively(() => api.open_v2(name, SQLite.SQLITE_OPEN_READONLY, READ_ONLY_VFS_NAME));
  } catch (error) {
    vfs.release(name);
    throw error;
  }
  return {
    handle,
    async close() {
      await api.close(handle).catch(() => 0);
      vfs.release(name);
    },
  };
}

/** SQLite's answer for "another row is ready". */
export const ROW = SQLite.SQLITE_ROW;

/** SQLite's result code for a database file that could not be opened; its error's message says only which call failed. */
export const CANTOPEN = SQLite.SQLITE_CANTOPEN;
