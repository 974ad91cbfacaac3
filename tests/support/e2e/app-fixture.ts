/**
 * The end-to-end harness: the built renderer in Chromium, given its bridge by the built preload
 * (out/preload/index.cjs, see preload-script.ts) and talking through it and the real main-side
 * handlers to a real `createCore()` in the test process.
 * Only the world at the edge is scripted (see world.ts: a scripted USB bus, a test usbmuxd, a
 * local status feed, real backup folders); actions are recorded instead of opening programs on
 * the test machine.
 */
import { test as base, type Page } from '@playwright/test';
import { join } from 'node:path';
import type { Core } from '../../../src/main/core/create-core';
import type { Probe } from '../../../src/main/core/probe';
import type { ProgressBackend, ProgressStore } from '../../../src/main/progress/progress-store';
import type { Effects } from '../../../src/main/actions/run-action';
import { pagePreloadScript } from './preload-script';
import { answerPageRequests, startPageSession } from './page-session';
import { serveDirectory, type StaticServer } from './static-server';
import { startWorld, type World, type WorldStart } from './world';

/** What a test gets back from `launchApp`. */
export interface RunningApp {
  page: Page;
  /** The running core (a new one after `restart`). */
  readonly core: Core;
  /** The running progress store (a new one after `restart`). */
  readonly progress: ProgressStore;
  /** Every effect the page caused, in order: "url:https://…", "app:Finder", "copy:…". */
  effects: string[];
  /** Everything that crossed the bridge to the page, as JSON: each answer to its requests and each event pushed. */
  bridgeTraffic: string[];
  /** Saves a full-page screenshot to test-results/screenshots/NAME.png. */
  screenshot(name: string): Promise<void>;
  /** Quits the core and store and starts fresh ones, as a relaunch of the app does, then reloads the page. */
  restart(next?: Partial<LaunchOptions>): Promise<void>;
}

/** What the app runs on for one test: a world (every real probe) or, for narrow tests, a few probes. */
export interface LaunchOptions {
  world?: World;
  probes?: Probe[];
  progressBackend?: ProgressBackend;
}

function recordingEffects(log: string[]): Effects {
  return {
    openExternal: async (url) => void log.push(`url:${url}`),
    openApplication: async (target) => void log.push(`app:${target.macAppName ?? target.windowsAppId}`),
    showItemInFolder: (path) => void log.push(`reveal:${path}`),
    copyText: (text) => void log.push(`copy:${text}`),
  };
}

/** Connects a page to a fresh core; the page is navigated to the app once the core has started. */
async function connect(page: Page, server: StaticServer, options: LaunchOptions, cleanups: Array<() => Promise<void>>): Promise<RunningApp> {
  const effects: string[] = [];
  const bridgeTraffic: string[] = [];
  let current = options;
  // Every launch makes its own probes, as each start of the app does.
  const start = (launch: LaunchOptions) =>
    startPageSession(page, {
      probes: launch.world ? launch.world.createProbes() : (launch.probes ?? []),
      progressBackend: launch.progressBackend,
      effects: recordingEffects(effects),
      traffic: bridgeTraffic,
    });
  await answerPageRequests(page, () => session.handlers, bridgeTraffic);
  await page.addInitScript({ content: await pagePreloadScript() });
  let session = await start(options);
  cleanups.push(() => session.stop());
  await page.goto(server.url);
  return {
    page,
    get core() {
      return session.core;
    },
    get progress() {
      return session.progress;
    },
    effects,
    bridgeTraffic,
    screenshot: async (name) => {
      // From the top, so the sticky sidebar sits where a person sees it.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join('test-results', 'screenshots', `${name}.png`), fullPage: true });
    },
    restart: async (next = {}) => {
      await session.stop();
      current = { ...current, ...next };
      session = await start(current);
      await page.reload();
    },
  };
}

/** Playwright's `test` with `startWorld(start)` and `launchApp(options)`, and the built renderer served once per worker. */
export const test = base.extend<
  { startWorld: (start?: WorldStart) => Promise<World>; launchApp: (options: LaunchOptions) => Promise<RunningApp> },
  { rendererServer: StaticServer }
>({
  rendererServer: [
    // Playwright reads a fixture's dependencies from its first parameter's pattern; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await serveDirectory(join(process.cwd(), 'out', 'renderer'));
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  startWorld: async ({}, use) => {
    const worlds: World[] = [];
    await use(async (start) => {
      const world = await startWorld(start);
      worlds.push(world);
      return world;
    });
    for (const world of worlds) await world.close();
  },
  // Depends on startWorld so that the app stops before its world is taken down.
  launchApp: async ({ page, rendererServer, startWorld: _startWorld }, use) => {
    const cleanups: Array<() => Promise<void>> = [];
    await use((options) => connect(page, rendererServer, options, cleanups));
    for (const cleanup of cleanups.reverse()) await cleanup();
  },
});

export { expect } from '@playwright/test';
