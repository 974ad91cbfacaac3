/**
 * What stands behind the page in place of Electron's main process: a real core and progress
 * store, the real main-side handlers answering the preload's requests, and their change
 * events forwarded into the page. The end-to-end harness and the benchmark both build on it.
 */
import type { Page } from '@playwright/test';
import { createCore, type Core } from '../../../src/main/core/create-core';
import type { Probe } from '../../../src/main/core/probe';
import { findBackupsProbe } from '../../../src/main/core/probes/backups';
import { createHandlers, forwardEvents, type Handler } from '../../../src/main/handlers';
import { createProgressStore, memoryBackend, type ProgressBackend, type ProgressStore } from '../../../src/main/progress/progress-store';
import type { Effects } from '../../../src/main/actions/run-action';
import type { RequestChannel } from '../../../src/shared/ipc';
import type { InvokeAnswer } from './page-electron';

/** A running core and store, answering one page. */
export interface PageSession {
  core: Core;
  progress: ProgressStore;
  handlers: Record<RequestChannel, Handler>;
  /** Stops forwarding events and stops the core. */
  stop(): Promise<void>;
}

/** What a session is built from. */
export interface PageSessionOptions {
  probes: Probe[];
  progressBackend?: ProgressBackend;
  effects: Effects;
  /** Where every event pushed to the page is recorded, as JSON, when a test wants to look. */
  traffic?: string[];
}

/** Starts a core and a progress store and forwards their events to the page. */
export async function startPageSession(page: Page, options: PageSessionOptions): Promise<PageSession> {
  const core = createCore({ probes: options.probes });
  const progress = createProgressStore(options.progressBackend ?? memoryBackend());
  const backups = findBackupsProbe(options.probes);
  const handlers = createHandlers({ core, progress, effects: options.effects, locateBackup: (udid) => backups?.locate(udid) ?? null });
  const stopEvents = forwardEvents({ core, progress }, (channel, payload) => {
    options.traffic?.push(JSON.stringify([channel, payload]));
    page.evaluate(([c, p]) => (window as unknown as { __lifeboatEmit(c: string, p: unknown): void }).__lifeboatEmit(c, p), [channel, payload] as const).catch(() => {
      // The page may be closing or reloading; the next snapshot reaches it once it is back.
    });
  });
  await core.start();
  return {
    core,
    progress,
    handlers,
    stop: async () => {
      stopEvents();
      await core.stop();
    },
  };
}

/**
 * Lets the preload's requests reach the handlers of whichever session `current` returns (a restart
 * swaps it). A failure goes back as Electron sends it to the renderer: the error's text.
 */
export async function answerPageRequests(page: Page, current: () => Record<RequestChannel, Handler>, traffic?: string[]): Promise<void> {
  const answer = async (channel: RequestChannel, payload: unknown): Promise<InvokeAnswer> => {
    try {
      const handler = current()[channel];
      if (!handler) return { ok: false, error: `No handler registered for '${String(channel)}'` };
      return { ok: true, value: await handler(payload) };
    } catch (error) {
      return { ok: false, error: String(error) };
    }
  };
  await page.exposeFunction('__lifeboatInvoke', async (channel: RequestChannel, payload: unknown): Promise<InvokeAnswer> => {
    const answered = await answer(channel, payload);
    traffic?.push(JSON.stringify([channel, answered]));
    return answered;
  });
}
