/**
 * The renderer side of one frame: the `ipcRenderer` and `contextBridge` a sandboxed preload gets
 * from `require('electron')`, and the page's main world the bridge exposes into. A preload runs
 * as Electron runs a sandboxed one: CommonJS, with a `require` that knows only `electron` and a
 * few Node modules.
 */
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { runInThisContext } from 'node:vm';
import { exposedCopy, ipcCopy } from './copy-across';
import { electronEvent } from './event';
import type { StandInIpcMain } from './ipc-main';
import type { StandInFrame } from './web-frame-main';

/** The Node modules a sandboxed preload may require besides electron. */
const SANDBOX_MODULES = ['events', 'timers', 'url'];
const nodeRequire = createRequire(import.meta.url);

/** The ipcRenderer of one frame. */
export class StandInIpcRenderer extends EventEmitter {
  constructor(
    private readonly frame: StandInFrame,
    private readonly ipcMain: StandInIpcMain,
  ) {
    super();
  }

  /** Sends `channel` to main's handler and resolves with a copy of its answer, as Electron's renderer does. */
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    const reply = await this.ipcMain.dispatchInvoke(this.frame, channel, ipcCopy(args));
    if ('error' in reply) throw new Error(`Error invoking remote method '${channel}': ${reply.error}`);
    return ipcCopy(reply.result);
  }

  /** Delivers a message main sent to this frame: listeners get an event, then the copied arguments. */
  deliver(channel: string, args: unknown[]): void {
    this.emit(channel, electronEvent({ sender: this, ports: [] }), ...ipcCopy(args));
  }
}

/** The renderer of one frame, with the page's main world. */
export class StandInRenderer {
  readonly ipcRenderer: StandInIpcRenderer;
  /** What the page sees on `window` from the bridge. */
  readonly mainWorld: Record<string, unknown> = {};
  readonly contextBridge: { exposeInMainWorld(key: string, api: unknown): void };

  constructor(
    readonly frame: StandInFrame,
    ipcMain: StandInIpcMain,
    contextIsolation: boolean,
  ) {
    this.ipcRenderer = new StandInIpcRenderer(frame, ipcMain);
    const world = this.mainWorld;
    this.contextBridge = {
      exposeInMainWorld(key, api) {
        if (!contextIsolation) throw new Error('contextBridge API can only be used when contextIsolation is enabled');
        if (key in world) throw new Error('Cannot bind an API on top of an existing property on the window object');
        world[key] = exposedCopy(api);
      },
    };
  }

  /** Runs a bundled CommonJS preload in this frame; a throw is reported as Electron's 'preload-error'. */
  runPreload(code: string, preloadPath: string): void {
    const electron = { contextBridge: this.contextBridge, ipcRenderer: this.ipcRenderer };
    const sandboxRequire = (name: string): unknown => {
      if (name === 'electron' || name === 'electron/renderer') return electron;
      if (SANDBOX_MODULES.includes(name)) return nodeRequire(name);
      throw new Error(`module not found: ${name}`);
    };
    const module = { exports: {} };
    const wrapper = runInThisContext(`(function (exports, require, module, __filename, __dirname) {${code}\n})`, { filename: preloadPath }) as (
      ...args: unknown[]
    ) => void;
    try {
      wrapper(module.exports, sandboxRequire, module, preloadPath, '.');
    } catch (error) {
      this.frame.contents.emit('preload-error', electronEvent(), preloadPath, error);
    }
  }
}
