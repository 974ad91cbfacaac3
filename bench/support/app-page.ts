/**
 * The built renderer in Chromium, as the end-to-end tests run it: served on 127.0.0.1, given
 * `window.lifeboat` by the built preload (and with it the real `createBridge`), and answered by the real
 * handlers over a real core. Also marks, inside the page, when chosen content first appears, so
 * a load is timed from the page's own navigation start and not from the test process.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { Core } from '../../src/main/core/create-core';
import type { Probe } from '../../src/main/core/probe';
import type { Effects } from '../../src/main/actions/run-action';
import { pagePreloadScript } from '../../tests/support/e2e/preload-script';
import { answerPageRequests, startPageSession } from '../../tests/support/e2e/page-session';

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
  const page = await context.newPage();
  const session = await startPageSession(page, { probes, effects: NO_EFFECTS });
  await answerPageRequests(page, () => session.handlers);
  await page.addInitScript({ content: await pagePreloadScript() });
  return {
    page,
    core: session.core,
    async close() {
      await page.close();
      await session.stop();
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
