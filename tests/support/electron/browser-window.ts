/**
 * A stand-in for Electron's BrowserWindow: it records its options, owns a stand-in web contents
 * (announced through the app's 'web-contents-created' before anything can load in it, as in
 * Electron), and keeps the window state the app reads — shown, focused, minimized, maximized, destroyed.
 * When the last window closes the app hears 'window-all-closed'.
 */
import { EventEmitter } from 'node:events';
import { electronEvent } from './event';
import { StandInWebContents, type ContentsHost } from './web-contents';

/** What every window of one stand-in shares. */
export interface WindowHost extends ContentsHost {
  windows: StandInBrowserWindow[];
  allWindowsClosed(): void;
}

/** The shape of a stand-in window, for tests. */
export interface StandInBrowserWindow extends EventEmitter {
  readonly options: Record<string, unknown>;
  readonly webContents: StandInWebContents;
  show(): void;
  isVisible(): boolean;
  focus(): void;
  blur(): void;
  isFocused(): boolean;
  minimize(): void;
  isMinimized(): boolean;
  maximize(): void;
  isMaximized(): boolean;
  restore(): void;
  close(): void;
  isDestroyed(): boolean;
  loadURL(url: string): Promise<void>;
  /** Electron has painted the first frame: 'ready-to-show'. */
  becomeReadyToShow(): void;
}

/** Builds the BrowserWindow class of one stand-in. */
export function browserWindowClass(host: WindowHost) {
  return class BrowserWindow extends EventEmitter implements StandInBrowserWindow {
    /** Every window not yet destroyed. */
    static getAllWindows(): StandInBrowserWindow[] {
      return host.windows.filter((window) => !window.isDestroyed());
    }

    readonly options: Record<string, unknown>;
    readonly webContents: StandInWebContents;
    private visible = false;
    private focused = false;
    private minimized = false;
    private maximized = false;
    private destroyed = false;

    constructor(options: Record<string, unknown> = {}) {
      super();
      this.options = options;
      host.windows.push(this);
      this.webContents = new StandInWebContents(host, (options.webPreferences as Record<string, unknown> | undefined) ?? {});
      if (options.show !== false) this.show();
    }

    show(): void {
      // As Electron does, a closed window throws when asked to do anything.
      if (this.destroyed) throw new Error('Object has been destroyed');
      this.visible = true;
      this.minimized = false;
      this.focused = true;
      this.emit('show');
    }

    isVisible(): boolean {
      return this.visible && !this.destroyed;
    }

    focus(): void {
      this.focused = true;
      this.emit('focus');
    }

    blur(): void {
      this.focused = false;
      this.emit('blur');
    }

    isFocused(): boolean {
      return this.focused && !this.destroyed;
    }

    minimize(): void {
      this.minimized = true;
      this.focused = false;
    }

    isMinimized(): boolean {
      return this.minimized;
    }

    maximize(): void {
      this.maximized = true;
      this.minimized = false;
    }

    isMaximized(): boolean {
      return this.maximized;
    }

    /** A minimized window returns to its previous state; one that is not minimized is un-maximized, as Windows and Linux do. */
    restore(): void {
      if (this.minimized) this.minimized = false;
      else this.maximized = false;
    }

    close(): void {
      if (this.destroyed) return;
      const event = electronEvent();
      this.emit('close', event);
      if (event.defaultPrevented) return;
      this.destroyed = true;
      this.webContents.destroy();
      this.emit('closed');
      if (BrowserWindow.getAllWindows().length === 0) host.allWindowsClosed();
    }

    isDestroyed(): boolean {
      return this.destroyed;
    }

    loadURL(url: string): Promise<void> {
      return this.webContents.loadURL(url);
    }

    becomeReadyToShow(): void {
      this.emit('ready-to-show', electronEvent());
    }
  };
}
