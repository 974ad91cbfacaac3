/**
 * Keeps count of the `fs.watch` handles a module under test holds open, for tests that check no
 * watch is leaked. Used from a `vi.mock('node:fs')` factory: every call still reaches the real
 * `fs.watch`; this only records it, and can run a step just before a watch is made, which is how a
 * test puts a folder in place in the moment between looking for it and watching it.
 */
import type { FSWatcher, WatchOptions } from 'node:fs';

/** One open watch: what it watches and how it was asked for. */
export interface OpenWatch {
  target: string;
  persistent: boolean | undefined;
  handle: FSWatcher;
}

/** The record of watches, shared between the mock factory and the test. */
export interface WatchHandles {
  open: OpenWatch[];
  /** Runs just before each watch is made. */
  beforeWatch: ((target: string) => void) | null;
}

type Watch = (target: string, options: WatchOptions, listener: (event: string, name: string | Buffer | null) => void) => FSWatcher;

/** Wraps the real `fs.watch` so each handle it returns is recorded until it is closed. */
export function recordingWatch(realWatch: Watch, handles: WatchHandles): Watch {
  return (target, options, listener) => {
    handles.beforeWatch?.(String(target));
    const handle = realWatch(target, options, listener);
    const entry: OpenWatch = { target: String(target), persistent: options.persistent, handle };
    handles.open.push(entry);
    const close = handle.close.bind(handle);
    handle.close = () => {
      handles.open = handles.open.filter((open) => open !== entry);
      close();
    };
    return handle;
  };
}

/** The folders being watched, sorted, one entry per open handle. */
export function watchedTargets(handles: WatchHandles): string[] {
  return handles.open.map((open) => open.target).sort();
}
