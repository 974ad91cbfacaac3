/**
 * The smoke start's rules on a stand-in window: 0 only once the window is visible and its page
 * names this computer; 1 for a page that does not load, a preload or page process that fails, an
 * error on the page's console, an uncaught error in main, or a page that never gets there.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { createElectronStandIn, type StandInBrowserWindow } from '../../support/electron';
import { electronEvent } from '../../support/electron/event';
import { SMOKE_TEST_VARIABLE, smokeTestRequested, startSmokeTest, type SmokeTestOptions } from '../../../src/main/smoke-test';

const electron = createElectronStandIn();

/** A shown window whose page names this computer once `showsSnapshot.now` is true. */
function smokeWindow() {
  const window = new electron.module.BrowserWindow({ show: false }) as unknown as StandInBrowserWindow;
  const showsSnapshot = { now: false };
  window.webContents.page = { evaluate: (code) => code.includes('[data-testid="host-name"]') && showsSnapshot.now };
  return { window, showsSnapshot };
}

/** Starts a smoke test that records how it finished and what it said. */
function start(extra: Partial<SmokeTestOptions> = {}) {
  const finished: number[] = [];
  const said: string[] = [];
  let uncaught: ((error: unknown) => void) | null = null;
  const smoke = startSmokeTest({
    finish: (code) => finished.push(code),
    log: (line) => said.push(line),
    onUncaughtError: (listener) => {
      uncaught = listener;
      return () => (uncaught = null);
    },
    ...extra,
  });
  return { smoke, finished, said, throwInMain: (error: unknown) => uncaught?.(error), listening: () => uncaught !== null };
}

describe('main', () => {
  describe('smoke-test', () => {
    afterEach(() => {
      electron.reset();
      vi.useRealTimers();
    });

    it('is asked for with LIFEBOAT_SMOKE_TEST=1, and never by a packaged app', () => {
      expect(SMOKE_TEST_VARIABLE).toBe('LIFEBOAT_SMOKE_TEST');
      expect(smokeTestRequested({ LIFEBOAT_SMOKE_TEST: '1' }, false)).toBe(true);
      expect(smokeTestRequested({ LIFEBOAT_SMOKE_TEST: '1' }, true)).toBe(false);
      expect(smokeTestRequested({ LIFEBOAT_SMOKE_TEST: 'yes' }, false)).toBe(false);
      expect(smokeTestRequested({}, false)).toBe(false);
    });

    it('passes once the window is shown and its page shows the first snapshot, and only then', async () => {
      // The clock is the test's: many looks at a hidden window, then one at a shown one.
      vi.useFakeTimers();
      const { window, showsSnapshot } = smokeWindow();
      const run = start();
      run.smoke.watch(window as unknown as BrowserWindow);
      showsSnapshot.now = true;
      await vi.advanceTimersByTimeAsync(5000);
      expect(run.finished).toEqual([]);
      window.show();
      await vi.advanceTimersByTimeAsync(1000);
      expect(run.finished).toEqual([0]);
      expect(run.said[0]).toMatch(/^Smoke test passed: the window shows the first snapshot after \d+ ms\.$/);
      // It took the 5 s hidden and the next look after showing, counted from the start.
      const took = Number(/after (\d+) ms/.exec(run.said[0] ?? '')?.[1]);
      expect(took).toBeGreaterThanOrEqual(5000);
      expect(took).toBeLessThanOrEqual(6000);
      expect(run.listening()).toBe(false);
    });

    it.each([
      ['a main-frame load failure', (window: StandInBrowserWindow) => window.webContents.emit('did-fail-load', electronEvent(), -6, 'ERR_FILE_NOT_FOUND', 'app://lifeboat/index.html', true, 1, 1), /did not load \(ERR_FILE_NOT_FOUND, -6\)/],
      ['a preload that throws', (window: StandInBrowserWindow) => window.webContents.emit('preload-error', electronEvent(), '/app/preload.cjs', new Error('boom')), /preload \/app\/preload\.cjs threw: boom/],
      ['a page process that ends', (window: StandInBrowserWindow) => window.webContents.emit('render-process-gone', electronEvent(), { reason: 'crashed', exitCode: 1 }), /process ended \(crashed\)/],
      ['an error on the page’s console', (window: StandInBrowserWindow) => window.webContents.emit('console-message', electronEvent({ level: 'error', message: 'Refused to load the script', lineNumber: 1, sourceId: '' })), /logged an error: Refused to load the script/],
    ])('fails with 1 on %s', async (_name, happen, message) => {
      vi.useFakeTimers();
      const { window, showsSnapshot } = smokeWindow();
      const run = start();
      run.smoke.watch(window as unknown as BrowserWindow);
      happen(window);
      showsSnapshot.now = true;
      window.show();
      // Many looks later, with the page showing the snapshot, it has still finished once, with 1.
      await vi.advanceTimersByTimeAsync(5000);
      expect(run.finished).toEqual([1]);
      expect(run.said[0]).toMatch(message);
    });

    it('ignores a failed sub-frame load and a console warning', async () => {
      const { window, showsSnapshot } = smokeWindow();
      const run = start();
      run.smoke.watch(window as unknown as BrowserWindow);
      window.webContents.emit('did-fail-load', electronEvent(), -3, 'ERR_ABORTED', 'https://example.com/', false, 1, 2);
      window.webContents.emit('console-message', electronEvent({ level: 'warning', message: 'Electron Security Warning', lineNumber: 1, sourceId: '' }));
      showsSnapshot.now = true;
      window.show();
      await vi.waitFor(() => expect(run.finished).toEqual([0]));
    });

    it('fails with 1 on an uncaught error in main, even before there is a window', () => {
      const run = start();
      run.throwInMain(new Error('probe exploded'));
      expect(run.finished).toEqual([1]);
      expect(run.said[0]).toMatch(/main threw: Error: probe exploded/);
    });

    it('fails with 1, saying so, when the window is closed before it shows the first snapshot', async () => {
      const { window } = smokeWindow();
      window.show();
      window.close();
      const run = start();
      run.smoke.watch(window as unknown as BrowserWindow);
      await vi.waitFor(() => expect(run.finished).toEqual([1]));
      expect(run.said).toEqual(['Smoke test FAILED: the window was closed before it showed the first snapshot.']);
    });

    it('listens for the process’s own uncaught errors and rejections until it finishes', () => {
      const before = { errors: process.listeners('uncaughtException'), rejections: process.listeners('unhandledRejection') };
      const finished: number[] = [];
      const said: string[] = [];
      startSmokeTest({ finish: (code) => finished.push(code), log: (line) => said.push(line) });
      const [onError] = process.listeners('uncaughtException').filter((listener) => !before.errors.includes(listener));
      const [onRejection] = process.listeners('unhandledRejection').filter((listener) => !before.rejections.includes(listener));
      expect(onError).toBeTypeOf('function');
      expect(onRejection).toBe(onError);
      // Called as the process would call it, without raising anything in the test runner's own process.
      (onRejection as (reason: unknown) => void)('a probe rejected');
      expect([finished, said]).toEqual([[1], ['Smoke test FAILED: main threw: a probe rejected']]);
      expect(process.listeners('uncaughtException')).toEqual(before.errors);
      expect(process.listeners('unhandledRejection')).toEqual(before.rejections);
    });

    it('looks at the page no more once it has finished', async () => {
      vi.useFakeTimers();
      const { window } = smokeWindow();
      window.show();
      const run = start();
      let looks = 0;
      // The page's process ends while the first look is on its way.
      window.webContents.page = {
        evaluate: () => {
          looks += 1;
          run.smoke.fail('the page went away');
          return false;
        },
      };
      run.smoke.watch(window as unknown as BrowserWindow);
      await vi.advanceTimersByTimeAsync(5000);
      expect([run.finished, looks]).toEqual([[1], 1]);
      // A window handed over after the end (main failed first) is not looked at either.
      const late = smokeWindow().window;
      late.show();
      late.webContents.page = { evaluate: () => (looks += 1) };
      run.smoke.watch(late as unknown as BrowserWindow);
      await vi.advanceTimersByTimeAsync(5000);
      expect(looks).toBe(1);
    });

    it('fails with 1 when the page does not show the first snapshot in time', async () => {
      vi.useFakeTimers();
      const { window } = smokeWindow();
      window.show();
      const run = start();
      run.smoke.watch(window as unknown as BrowserWindow);
      await vi.advanceTimersByTimeAsync(59_000);
      expect(run.finished).toEqual([]);
      await vi.advanceTimersByTimeAsync(1_500);
      expect(run.finished).toEqual([1]);
      expect(run.said[0]).toBe('Smoke test FAILED: the window did not show the first snapshot within 60 s.');
    });

    it('finishes only once', async () => {
      vi.useFakeTimers();
      const { window, showsSnapshot } = smokeWindow();
      const run = start();
      run.smoke.watch(window as unknown as BrowserWindow);
      run.smoke.fail('first');
      run.smoke.fail('second');
      showsSnapshot.now = true;
      window.show();
      await vi.advanceTimersByTimeAsync(5000);
      expect(run.finished).toEqual([1]);
    });
  });
});
