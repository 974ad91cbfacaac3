/**
 * Watches one backup root with `fs.watch`, event-driven and debounced: the root for device
 * folders coming and going, each device folder for its files, and — only while a backup is being
 * written — that folder's sub-folders, where most of its files land. A root that does not exist
 * yet (no backup was ever made) is waited for by watching its nearest existing parent. Nothing
 * polls; a change is reported at most `debounceMs` after it happened, even during a steady stream.
 */
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** What changed since the last report. */
export interface RootChange {
  /** The root's own entries may have changed: list it again. */
  listing: boolean;
  /** Device folders (full paths) in which something changed. */
  folders: Set<string>;
}

/** How to watch. */
export interface RootWatcherOptions {
  debounceMs: number;
  onChange(change: RootChange): void;
}

/** A running watch on one root. */
export interface RootWatcher {
  /** Watches exactly these device folders (full paths). */
  watchFolders(folders: readonly string[]): void;
  /** Watches a folder's sub-folders too while a backup is being written into it; resolves once they are watched. */
  setActive(folder: string, active: boolean): Promise<void>;
  /** Stops every watch; safe to call twice. */
  close(): void;
}

function tryWatch(target: string, onEvent: (name: string | null) => void, onError: () => void): FSWatcher | null {
  try {
    const watcher = watch(target, { persistent: false }, (_event, name) => onEvent(name ? String(name) : null));
    watcher.on('error', () => {
      watcher.close();
      onError();
    });
    return watcher;
  } catch {
    // Gone, refused, or out of watch handles: this part is simply not watched.
    return null;
  }
}

function nearestExisting(target: string): string {
  let current = path.dirname(target);
  while (!existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}

/** Starts watching `root`. */
export function watchBackupRoot(root: string, options: RootWatcherOptions): RootWatcher {
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let pending: RootChange = { listing: false, folders: new Set() };
  let rootWatcher: FSWatcher | null = null;
  let parentWatcher: FSWatcher | null = null;
  const folderWatchers = new Map<string, FSWatcher>();
  const subWatchers = new Map<string, Map<string, FSWatcher | null>>();

  const flush = () => {
    timer = undefined;
    const change = pending;
    pending = { listing: false, folders: new Set() };
    if (!closed) options.onChange(change);
  };
  const mark = (listing: boolean, folder?: string) => {
    if (closed) return;
    if (listing) pending.listing = true;
    if (folder) pending.folders.add(folder);
    timer ??= setTimeout(flush, options.debounceMs);
  };

  const armRoot = () => {
    rootWatcher = tryWatch(
      root,
      (name) => {
        if (!existsSync(root)) return lostRoot();
        mark(true, name ? path.join(root, name) : undefined);
      },
      () => lostRoot(),
    );
    if (!rootWatcher && !existsSync(root)) armParent();
  };
  const lostRoot = () => {
    rootWatcher?.close();
    rootWatcher = null;
    mark(true);
    if (!closed) armParent();
  };
  const armParent = () => {
    parentWatcher?.close();
    const parent = nearestExisting(root);
    const onParentEvent = () => {
      if (closed) return;
      if (existsSync(root)) {
        parentWatcher?.close();
        parentWatcher = null;
        armRoot();
        mark(true);
      } else if (nearestExisting(root) !== parent) {
        armParent();
      }
    };
    parentWatcher = tryWatch(parent, onParentEvent, () => armParent());
    // A folder made between looking for the nearest parent and watching it sends no event: look again.
    onParentEvent();
  };

  const watchSubfolders = async (folder: string) => {
    const watched = subWatchers.get(folder);
    if (!watched) return;
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const sub = path.join(folder, entry.name);
      if (!entry.isDirectory() || watched.has(sub) || closed || subWatchers.get(folder) !== watched) continue;
      watched.set(sub, tryWatch(sub, () => mark(false, folder), () => watched.delete(sub)));
    }
  };
  const stopSubfolders = (folder: string) => {
    for (const watcher of subWatchers.get(folder)?.values() ?? []) watcher?.close();
    subWatchers.delete(folder);
  };

  armRoot();

  return {
    watchFolders(folders) {
      if (closed) return;
      const wanted = new Set(folders);
      for (const [folder, watcher] of folderWatchers) {
        if (wanted.has(folder)) continue;
        watcher.close();
        folderWatchers.delete(folder);
      }
      // Sub-folders are let go by their own list: a folder whose own watch failed may still have them.
      for (const folder of [...subWatchers.keys()]) if (!wanted.has(folder)) stopSubfolders(folder);
      for (const folder of wanted) {
        if (folderWatchers.has(folder)) continue;
        const onEvent = () => {
          mark(false, folder);
          // Picks up new sub-folders while the backup is being written; does nothing otherwise.
          void watchSubfolders(folder);
        };
        // A folder that cannot be watched, or whose watch fails, is tried again at the next listing of the root.
        const watcher = tryWatch(folder, onEvent, () => folderWatchers.delete(folder));
        if (watcher) folderWatchers.set(folder, watcher);
      }
    },
    async setActive(folder, active) {
      if (closed || active === subWatchers.has(folder)) return;
      if (!active) return stopSubfolders(folder);
      subWatchers.set(folder, new Map());
      await watchSubfolders(folder);
    },
    close() {
      if (closed) return;
      closed = true;
      clearTimeout(timer);
      rootWatcher?.close();
      parentWatcher?.close();
      for (const watcher of folderWatchers.values()) watcher.close();
      for (const folder of [...subWatchers.keys()]) stopSubfolders(folder);
      folderWatchers.clear();
    },
  };
}
