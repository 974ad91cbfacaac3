/**
 * The built renderer in Chromium, as the end-to-end tests run it: served on 127.0.0.1, given
 * `window.lifeboat` by the real `createBridge` (the page bridge), and answered by the real
 * handlers over a real core. Also marks, inside the page, when chosen content first appears, so
 * a load is timed from the page's own navigation start and not from the test process.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { createCore, type Core } from '../../src/main/core/create-core';
import type { Probe } from '../../src/main/core/probe';
import { findBackupsProbe } from '../../src/main/core/probes/backups';
import { createHandlers, forwardEvents } from '../../src/main/handlers';
import { createProgressStore, memoryBackend } from '../../src/main/progress/progress-store';
import type { Effects } from '../../src/main/actions/run-action';
import type { RequestChannel } from '../../src/shared/ipc';
import { pageBridgeScript } from '../../tests/support/e2e/build-page-bridge';

/** Actions do nothing here: the bench never presses a button that opens something. */
const NO_EFFECTS: Effects = {
  openExternal: async () => {},
  openApplication: async () => {},
  showItemInFolder: () => {},
  copyText: () => {},
};

/** A page connected to a running core. */
export interface AppPage {
  page: Page;
  core: Core;
  close(): Promise<void>;
}

/** Starts a core over `probes` and opens a page in `context` that talks to it; the caller navigates. */
export async function openAppPage(context: BrowserContext, probes: Probe[]): Promise<AppPage> {
  const core = createCore({ probes });
  const progress = createProgressStore(memoryBackend());
  const backups = findBackupsProbe(probes);
  const handlers = createHandlers({ core, progress, effects: NO_EFFECTS, locateBackup: (udid) => backups?.locate(udid) ?? null });
  const page = await context.newPage();
  await page.exposeFunction('__lifeboatInvoke', async (channel: RequestChannel, payload: unknown) => {
    try {
      return { ok: true, value: await handlers[channel](payload) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });
  await page.addInitScript({ content: await pageBridgeScript() });
  const stopEvents = forwardEvents({ core, progress }, (channel, payload) => {
    page.evaluate(([c, p]) => (window as unknown as { __lifeboatEmit(c: string, p: unknown): void }).__lifeboatEmit(c, p), [channel, payload] as const).catch(() => {
      // Between two loads there is no page to tell; the next one asks for the snapshot itself.
    });
  });
  await core.start();
  return {
    page,
    core,
    async close() {
      stopEvents();
      await page.close();
      await core.stop();
    },
  };
}

interface MarkedWindow {
  __benchFirstContent?: number;
}

/** From now on, every load of `page` records when an element matching `selector` first appears (ms after navigation start). */
export async function markFirstContent(page: Page, selector: string): Promise<void> {
  await page.addInitScript((wanted: string) => {
    const marked = window as unknown as MarkedWindow;
    const check = () => {
      if (marked.__benchFirstContent !== undefined || !document.querySelector(wanted)) return false;
      marked.__benchFirstContent = performance.now();
      return true;
    };
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  }, selector);
}

/** Loads `url` and resolves with when the marked content appeared, in ms after navigation start. */
export async function loadUntilFirstContent(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(() => (window as unknown as MarkedWindow).__benchFirstContent, undefined, { timeout: 15_000 });
  return (await handle.jsonValue()) as number;
}
