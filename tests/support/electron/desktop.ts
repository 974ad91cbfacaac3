/**
 * Stand-ins for the parts of Electron that reach the desktop — `protocol`, `shell`, `clipboard`
 * and `Notification` — recording what the app asked of them instead of doing it. `protocol` keeps
 * Electron's timing rules: schemes are made privileged before the app is ready, handlers are
 * registered after.
 */
import { EventEmitter } from 'node:events';
import type { StandInApp } from './app';

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

/** The stand-in protocol module. */
export class StandInProtocol {
  privilegedSchemes: Array<{ scheme: string; privileges?: Record<string, boolean> }> = [];
  private readonly handlers = new Map<string, ProtocolHandler>();

  constructor(private readonly app: StandInApp) {}

  /** Declares schemes privileged; Electron allows it only before the app is ready. */
  registerSchemesAsPrivileged(schemes: Array<{ scheme: string; privileges?: Record<string, boolean> }>): void {
    if (this.app.isReady()) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    this.privilegedSchemes = schemes;
  }

  /** Serves `scheme` with `handler`; only after the app is ready, once per scheme. */
  handle(scheme: string, handler: ProtocolHandler): void {
    if (!this.app.isReady()) throw new Error('protocol.handle can only be used after the app is ready');
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    this.handlers.set(scheme, handler);
  }

  /** Whether `scheme` has a handler. */
  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }

  /** The page requests `url`: the handler's response. */
  async pageRequests(url: string): Promise<Response> {
    const handler = this.handlers.get(new URL(url).protocol.slice(0, -1));
    if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME ${url}`);
    return handler(new Request(url));
  }

  /** Forgets schemes and handlers. */
  reset(): void {
    this.privilegedSchemes = [];
    this.handlers.clear();
  }
}

/** The stand-in shell: every request recorded, nothing opened. */
export class StandInShell {
  readonly openedExternal: string[] = [];
  readonly shownInFolder: string[] = [];

  /** Records the URL; resolves as Electron's does once the OS has taken it. */
  async openExternal(url: string): Promise<void> {
    this.openedExternal.push(url);
  }

  /** Records the path. */
  showItemInFolder(path: string): void {
    this.shownInFolder.push(path);
  }

  /** Forgets what was asked. */
  reset(): void {
    this.openedExternal.length = 0;
    this.shownInFolder.length = 0;
  }
}

/** The stand-in clipboard. */
export class StandInClipboard {
  private text = '';

  /** Puts `text` on the clipboard. */
  writeText(text: string): void {
    this.text = text;
  }

  /** What is on the clipboard. */
  readText(): string {
    return this.text;
  }

  /** Empties the clipboard. */
  reset(): void {
    this.text = '';
  }
}

/** A notification the app made, and what became of it. */
export interface ShownNotice {
  title: string;
  body: string;
  click(): void;
}

/** Builds the Notification class, recording every one shown into `shown`. */
export function notificationClass(shown: ShownNotice[], supported: () => boolean) {
  return class Notification extends EventEmitter {
    /** Whether the desktop shows notifications. */
    static isSupported(): boolean {
      return supported();
    }

    constructor(private readonly options: { title?: string; body?: string } = {}) {
      super();
    }

    /** Shows the notification: recorded, with a way for the test to click it. */
    show(): void {
      shown.push({ title: this.options.title ?? '', body: this.options.body ?? '', click: () => this.emit('click', {}) });
    }
  };
}
