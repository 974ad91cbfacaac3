/**
 * A stand-in for Electron's WebContents: the page of a window, its frames and renderers, and the
 * events Electron emits when the page tries something — open a window, navigate a frame, follow
 * a redirect, attach a <webview>, pick a Bluetooth device. Each simulation returns what would
 * happen in Electron given the listeners and handlers the app installed, Electron's defaults
 * included (a window opens when no handler says otherwise; an unprevented navigation proceeds).
 */
import { EventEmitter } from 'node:events';
import { electronEvent } from './event';
import type { StandInIpcMain } from './ipc-main';
import { StandInRenderer } from './renderer';
import type { StandInSession } from './session';
import { StandInFrame } from './web-frame-main';

/** What `setWindowOpenHandler`'s handler receives. */
export interface WindowOpenDetails {
  url: string;
  frameName: string;
  features: string;
  disposition: 'default' | 'foreground-tab' | 'background-tab' | 'new-window' | 'other';
  referrer: { url: string; policy: string };
  postBody?: unknown;
}

/** What a web contents needs from the rest of the stand-in. */
export interface ContentsHost {
  ipcMain: StandInIpcMain;
  session: StandInSession;
  /** Electron's `app` emits 'web-contents-created' for every new web contents. */
  announce(contents: StandInWebContents): void;
  /** Creates the window a page's `window.open` gets when it is allowed. */
  openChildWindow(options: Record<string, unknown>): unknown;
}

/** A page that can evaluate code, for `executeJavaScript`. */
export interface EvaluatingPage {
  evaluate(code: string): unknown;
}

let nextContentsId = 1;

/** The stand-in web contents. */
export class StandInWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly processId = 4000 + this.id;
  readonly mainFrame: StandInFrame;
  readonly session: StandInSession;
  /** Every URL loaded with `loadURL`, in order. */
  readonly loadedUrls: string[] = [];
  /** The handler set with `setWindowOpenHandler`, or null: with none, Electron lets every window open. */
  windowOpenHandler: ((details: WindowOpenDetails) => unknown) | null = null;
  /** The page `executeJavaScript` evaluates in; set by a test that has one. */
  page: EvaluatingPage | null = null;
  private readonly renderers = new Map<StandInFrame, StandInRenderer>();
  private destroyed = false;

  constructor(
    private readonly host: ContentsHost,
    readonly webPreferences: Record<string, unknown> = {},
  ) {
    super();
    this.session = host.session;
    this.mainFrame = new StandInFrame(this, null, 'about:blank');
    host.announce(this);
  }

  /** Sets the handler asked before the page opens a window. */
  setWindowOpenHandler(handler: (details: WindowOpenDetails) => unknown): void {
    this.windowOpenHandler = handler;
  }

  /** Loads `url` in the main frame; programmatic loads emit no will-navigate, as in Electron. */
  async loadURL(url: string): Promise<void> {
    this.assertAlive();
    this.mainFrame.commit(url);
    this.loadedUrls.push(url);
    setImmediate(() => {
      if (this.destroyed) return;
      this.emit('dom-ready', electronEvent());
      this.emit('did-finish-load', electronEvent());
    });
  }

  /** The main frame's URL. */
  getURL(): string {
    return this.mainFrame.url;
  }

  /** Sends a message to the main frame's renderer; arguments are copied, as IPC serializes them. */
  send(channel: string, ...args: unknown[]): void {
    this.assertAlive();
    this.renderers.get(this.mainFrame)?.ipcRenderer.deliver(channel, args);
  }

  /** Evaluates `code` in the page a test attached. */
  async executeJavaScript(code: string): Promise<unknown> {
    this.assertAlive();
    if (!this.page) throw new Error('The stand-in web contents has no page to run script in.');
    return this.page.evaluate(code);
  }

  /** Whether the web contents has been destroyed. */
  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Closes the page. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.mainFrame.destroy();
    this.emit('destroyed');
  }

  /** Gives the page focus; nothing to model. */
  focus(): void {}

  /** The renderer of a frame (the main frame by default), made on first use. */
  rendererOf(frame: StandInFrame = this.mainFrame): StandInRenderer {
    let renderer = this.renderers.get(frame);
    if (!renderer) {
      renderer = new StandInRenderer(frame, this.host.ipcMain, this.webPreferences.contextIsolation !== false);
      this.renderers.set(frame, renderer);
    }
    return renderer;
  }

  /** Runs the window's preload (bundled CommonJS) in the main frame, as Electron does before the page's scripts. */
  runPreload(code: string): StandInRenderer {
    const renderer = this.rendererOf(this.mainFrame);
    renderer.runPreload(code, String(this.webPreferences.preload ?? 'preload.js'));
    return renderer;
  }

  /** The page calls `window.open(url)` (or follows a target=_blank link): the window that opens, or null. */
  pageOpensWindow(url: string, details: Partial<WindowOpenDetails> = {}): unknown {
    const full: WindowOpenDetails = {
      url,
      frameName: '',
      features: '',
      disposition: 'new-window',
      referrer: { url: this.getURL(), policy: 'strict-origin-when-cross-origin' },
      ...details,
    };
    const answer = this.windowOpenHandler ? (this.windowOpenHandler(full) as { action?: string; overrideBrowserWindowOptions?: Record<string, unknown> } | null) : { action: 'allow' };
    // Electron treats an answer it does not recognize as a denial.
    if (answer?.action !== 'allow') return null;
    return this.host.openChildWindow({ ...answer.overrideBrowserWindowOptions, webPreferences: { ...this.webPreferences } });
  }

  /**
   * Emits one navigation event with Electron's arguments — the details on the event, then the
   * deprecated positional ones — and returns whether a listener prevented it. Each of the three
   * is a lock of its own; the simulations below emit them in Electron's order.
   */
  navigationEventPrevented(name: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', url: string, frame: StandInFrame = this.mainFrame): boolean {
    const isMainFrame = frame.parent === null;
    const event = electronEvent({ url, isSameDocument: false, isMainFrame, frame, initiator: frame });
    if (name === 'will-frame-navigate') this.emit(name, event);
    else this.emit(name, event, url, false, isMainFrame, frame.processId, frame.routingId);
    return event.defaultPrevented;
  }

  /** The page starts navigating `frame` to `url` (will-frame-navigate, then will-navigate for the top frame); returns whether it went ahead. */
  pageNavigates(url: string, frame: StandInFrame = this.mainFrame): boolean {
    if (this.navigationEventPrevented('will-frame-navigate', url, frame)) return false;
    if (frame.parent === null && this.navigationEventPrevented('will-navigate', url, frame)) return false;
    frame.commit(url);
    return true;
  }

  /** The server answers a navigation of `frame` with a redirect to `url`; returns whether it was followed. */
  serverRedirects(url: string, frame: StandInFrame = this.mainFrame): boolean {
    if (this.navigationEventPrevented('will-redirect', url, frame)) return false;
    frame.commit(url);
    return true;
  }

  /**
   * A `<webview>` is about to attach (possible only where `webviewTag` is on; this checks the
   * second lock behind that option): returns whether it was allowed.
   */
  pageAttachesWebview(params: Record<string, string>): boolean {
    const event = electronEvent();
    this.emit('will-attach-webview', event, { ...this.webPreferences }, params);
    return !event.defaultPrevented;
  }

  /** The page asks for a Bluetooth device: the id Electron hands it, or null when cancelled. */
  async pageRequestsBluetoothDevice(devices: Array<{ deviceId: string; deviceName: string }>): Promise<string | null> {
    // With no listener, Electron cancels every request.
    if (this.listenerCount('select-bluetooth-device') === 0) return null;
    let chosen: (id: string) => void = () => {};
    const answer = new Promise<string>((resolve) => (chosen = resolve));
    const event = electronEvent();
    this.emit('select-bluetooth-device', event, devices, (id: string) => chosen(id));
    // Unprevented, Electron picks the first device itself.
    if (!event.defaultPrevented) return devices[0]?.deviceId ?? null;
    const id = await answer;
    return id === '' ? null : id;
  }

  private assertAlive(): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
  }
}
