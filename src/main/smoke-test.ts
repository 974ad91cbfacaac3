/**
 * The smoke start: `LIFEBOAT_SMOKE_TEST=1 npm start` runs the real app and quits it on its own —
 * with 0 once the window is shown and its page shows the first snapshot, with 1 on any error on
 * the way (a page that fails to load, a preload or renderer that crashes, an error on the page's
 * console, an uncaught error in main) or when the page is not there after 60 s. CI runs it on each
 * OS to prove a fresh clone starts. Only Electron's types are imported, so it is unit-tested here.
 */
import type { BrowserWindow, Event, RenderProcessGoneDetails } from 'electron';

/** The environment variable that asks for a smoke start. */
export const SMOKE_TEST_VARIABLE = 'LIFEBOAT_SMOKE_TEST';

/** How long the first snapshot may take to show. */
export const SMOKE_TEST_DEADLINE_MS = 60_000;

/** How often the page is looked at. */
const LOOK_EVERY_MS = 250;

/** Script that is true inside the page once it shows the first snapshot: the overview names this computer. */
export const SHOWS_FIRST_SNAPSHOT = `(() => {
  const host = document.querySelector('[data-testid="host-name"]');
  return Boolean(host && host.textContent && host.textContent.trim());
})()`;

/** Whether this run is a smoke start; a packaged app never is (it takes nothing from the environment). */
export function smokeTestRequested(env: Record<string, string | undefined>, isPackaged: boolean): boolean {
  return !isPackaged && env[SMOKE_TEST_VARIABLE] === '1';
}

/** What the smoke start needs from the app. */
export interface SmokeTestOptions {
  /** Ends the app with this code. */
  finish(code: number): void;
  /** Where the outcome is written; stderr by default. */
  log?(line: string): void;
  deadlineMs?: number;
  /** Adds a listener for uncaught errors in main and returns its removal; the process's own by default. */
  onUncaughtError?(listener: (error: unknown) => void): () => void;
}

function onProcessErrors(listener: (error: unknown) => void): () => void {
  process.on('uncaughtException', listener);
  process.on('unhandledRejection', listener);
  return () => {
    process.off('uncaughtException', listener);
    process.off('unhandledRejection', listener);
  };
}

/** An error as one readable piece of text. */
export function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** A running smoke start: it watches the window once there is one, and fails on anything before. */
export interface SmokeTest {
  /** Watches the app's window until its page shows the first snapshot. */
  watch(window: BrowserWindow): void;
  /** Ends the smoke start as failed. */
  fail(reason: string): void;
}

/**
 * Starts the clock and the watch for uncaught errors at once, so a start that fails before any
 * window exists still ends (with 1) instead of leaving an app with no window running.
 */
export function startSmokeTest(options: SmokeTestOptions): SmokeTest {
  const started = Date.now();
  const deadlineMs = options.deadlineMs ?? SMOKE_TEST_DEADLINE_MS;
  const timers: Array<ReturnType<typeof setTimeout>> = [];
  let done = false;
  let stopUncaught = () => {};

  const end = (code: number, line: string) => {
    if (done) return;
    done = true;
    for (const timer of timers) clearTimeout(timer);
    stopUncaught();
    (options.log ?? ((text) => process.stderr.write(`${text}\n`)))(`Smoke test ${code === 0 ? 'passed' : 'FAILED'}: ${line}`);
    options.finish(code);
  };
  const fail = (line: string) => end(1, line);

  timers.push(setTimeout(() => fail(`the window did not show the first snapshot within ${Math.round(deadlineMs / 1000)} s.`), deadlineMs));
  stopUncaught = (options.onUncaughtError ?? onProcessErrors)((error) => fail(`main threw: ${errorText(error)}`));

  const watch = (window: BrowserWindow) => {
    const contents = window.webContents;
    contents.on('did-fail-load', (_event: Event, code: number, description: string, url: string, isMainFrame: boolean) => {
      if (isMainFrame) fail(`the page did not load (${description}, ${code}) from ${url}.`);
    });
    contents.on('preload-error', (_event: Event, path: string, error: Error) => fail(`the preload ${path} threw: ${error.message}`));
    contents.on('render-process-gone', (_event: Event, details: RenderProcessGoneDetails) => fail(`the page's process ended (${details.reason}).`));
    contents.on('console-message', (event) => {
      if (event.level === 'error') fail(`the page logged an error: ${event.message}`);
    });
    const look = async () => {
      if (done) return;
      if (window.isDestroyed()) return fail('the window was closed before it showed the first snapshot.');
      try {
        if (window.isVisible() && (await contents.executeJavaScript(SHOWS_FIRST_SNAPSHOT)) === true) {
          return end(0, `the window shows the first snapshot after ${Date.now() - started} ms.`);
        }
      } catch {
        // The page may be between documents; look again.
      }
      if (!done) timers.push(setTimeout(look, LOOK_EVERY_MS));
    };
    void look();
  };

  return { watch, fail };
}
