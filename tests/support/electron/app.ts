/**
 * A stand-in for Electron's `app`: readiness (`whenReady`, 'ready'), the single-instance lock,
 * quitting with its 'before-quit' → 'will-quit' → 'quit' sequence (which `exit` skips, as in
 * Electron), `isPackaged`, and the paths electron-store asks for. A test drives it: it makes the app
 * ready, launches a second instance, or says whether the build is packaged.
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronEvent } from './event';

/** The names `app.getPath` knows (Electron's documentation lists them). */
const ELECTRON_PATH_NAMES = new Set(['home', 'appData', 'assets', 'userData', 'sessionData', 'temp', 'exe', 'module', 'desktop', 'documents', 'downloads', 'music', 'pictures', 'videos', 'recent', 'logs', 'crashDumps']);

const VERSION = (JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8')) as { version: string }).version;

/** The stand-in app. */
export class StandInApp extends EventEmitter {
  /** Whether this is a packaged build; a test sets it. */
  isPackaged = false;
  /** What `requestSingleInstanceLock` answers: false when another instance already runs. */
  singleInstanceLockFree = true;
  /** The folder `getPath('userData')` names; a test sets it. */
  userDataDir = join(tmpdir(), 'lifeboat-stand-in-user-data');
  /** How many times `quit` was called, and whether a quit went through. */
  quitCalls = 0;
  quitCompleted = false;
  /** The code passed to `exit`, or null. */
  exitCode: number | null = null;
  private ready = false;
  private readyPromise!: Promise<void>;
  private resolveReady!: () => void;

  constructor() {
    super();
    this.resetReadiness();
  }

  /** Takes the single-instance lock: true unless another instance holds it. */
  requestSingleInstanceLock(): boolean {
    return this.singleInstanceLockFree;
  }

  /** Resolves once the app is ready. */
  whenReady(): Promise<void> {
    return this.readyPromise;
  }

  /** Whether the app is ready. */
  isReady(): boolean {
    return this.ready;
  }

  /** Electron finishes launching: 'ready' is emitted and `whenReady` resolves. */
  becomeReady(): void {
    if (this.ready) return;
    this.ready = true;
    this.emit('ready', electronEvent(), {});
    this.resolveReady();
  }

  /** Asks to quit: 'before-quit', then 'will-quit', then 'quit', unless a listener prevents it. */
  quit(): void {
    this.quitCalls += 1;
    const before = electronEvent();
    this.emit('before-quit', before);
    if (before.defaultPrevented) return;
    const will = electronEvent();
    this.emit('will-quit', will);
    if (will.defaultPrevented) return;
    this.quitCompleted = true;
    this.emit('quit', electronEvent(), 0);
  }

  /** Exits at once with `code`; Electron emits no quit events for it. */
  exit(code = 0): void {
    this.exitCode = code;
  }

  /** A second copy of the app is launched: Electron tells the first one. */
  secondInstanceStarts(argv: string[] = []): void {
    this.emit('second-instance', electronEvent(), argv, process.cwd(), {});
  }

  /** A path Electron keeps for the app; a name Electron does not know throws, as in Electron. */
  getPath(name: string): string {
    if (name === 'userData') return this.userDataDir;
    if (name === 'temp') return tmpdir();
    if (!ELECTRON_PATH_NAMES.has(name)) throw new Error(`Failed to get '${name}' path`);
    return join(this.userDataDir, name);
  }

  /** The app's name. */
  getName(): string {
    return 'Backup Lifeboat';
  }

  /** The app's version, from package.json as Electron reads it. */
  getVersion(): string {
    return VERSION;
  }

  /** Back to a fresh, not yet ready, unpackaged app. */
  reset(): void {
    this.removeAllListeners();
    this.isPackaged = false;
    this.singleInstanceLockFree = true;
    this.quitCalls = 0;
    this.quitCompleted = false;
    this.exitCode = null;
    this.resetReadiness();
  }

  private resetReadiness(): void {
    this.ready = false;
    this.readyPromise = new Promise((resolve) => (this.resolveReady = resolve));
  }
}
