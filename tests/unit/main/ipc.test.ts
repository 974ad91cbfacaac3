/**
 * The real `setupIpc` against the Electron stand-in, with the real preload as the page's bridge:
 * the app's own page is answered, anything else — a sub-frame of the app's window, another window,
 * the window after it navigated away — is refused, and teardown leaves no handler behind.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import type { StandInBrowserWindow } from '../../support/electron';
import { bundledPreload } from '../../support/electron/preload-bundle';
import { setupIpc } from '../../../src/main/ipc';
import { createMainWindow } from '../../../src/main/window';
import { createCore } from '../../../src/main/core/create-core';
import { createHostProbe } from '../../../src/main/core/probes/host';
import { createProgressStore, memoryBackend } from '../../../src/main/progress/progress-store';
import { APP_PAGE_URL } from '../../../src/main/app-protocol';
import { EXTERNAL_LINKS } from '../../../src/main/actions/external-links';
import { Events, Requests, type Bridge } from '../../../src/shared/ipc';

const electron = await vi.hoisted(async () => (await import('../../support/electron')).createElectronStandIn());
vi.mock('electron', () => electron.module);
const spawned = vi.hoisted(() => [] as Array<{ file: string; args: string[]; options: unknown }>);
/** Whether the next program fails to start, as one that is missing does ('error' with ENOENT instead of 'spawn'). */
const startFails = vi.hoisted(() => ({ next: false }));
vi.mock('node:child_process', async (original) => ({
  ...(await original<typeof import('node:child_process')>()),
  // Starting another program is the edge of the computer: recorded, not done.
  spawn: (file: string, args: string[], options: unknown) => {
    spawned.push({ file, args, options });
    const outcome = startFails.next ? 'error' : 'spawn';
    startFails.next = false;
    const child = {
      once: (event: string, listener: (error?: Error) => void) => (event === outcome && setImmediate(() => listener(outcome === 'error' ? new Error(`spawn ${file} ENOENT`) : undefined)), child),
      unref: () => {},
    };
    return child;
  },
}));

/** Runs `work` as if on `platform`. */
async function on<T>(platform: NodeJS.Platform, work: () => Promise<T>): Promise<T> {
  const real = Object.getOwnPropertyDescriptor(process, 'platform') as PropertyDescriptor;
  Object.defineProperty(process, 'platform', { value: platform });
  try {
    return await work();
  } finally {
    Object.defineProperty(process, 'platform', real);
  }
}


/** The app as main sets it up: its window on its own page, the real IPC, and the real preload in the page. */
async function openApp() {
  electron.app.becomeReady();
  const window = createMainWindow() as unknown as StandInBrowserWindow;
  const core = createCore({ probes: [createHostProbe({ override: { os: 'macos', version: '15.1' } })] });
  await core.start();
  const progress = createProgressStore(memoryBackend());
  const teardown = setupIpc(window as unknown as BrowserWindow, { core, progress, locateBackup: (udid) => (udid.startsWith('00008') ? `/backups/${udid}` : null) });
  const renderer = window.webContents.runPreload(await bundledPreload());
  return { window, core, progress, teardown, renderer, page: renderer.mainWorld.lifeboat as Bridge };
}

describe('main', () => {
  describe('ipc', () => {
    beforeEach(() => {
      electron.reset();
      spawned.length = 0;
    });

    it('registers a handler for every request channel', async () => {
      await openApp();
      expect(electron.ipcMain.handledChannels().sort()).toEqual(Object.values(Requests).sort());
    });

    describe('the app’s own page', () => {
      it('is answered through the preload’s bridge', async () => {
        const { page } = await openApp();
        const snapshot = await page.getSnapshot();
        expect(snapshot.host.os).toBe('macos');
        const progress = await page.setProgress({ kind: 'icloud-last-backup', date: '2026-01-02' });
        expect(progress.icloudLastBackup?.date).toBe('2026-01-02');
        expect((await page.getProgress()).icloudLastBackup?.date).toBe('2026-01-02');
      });

      it('hears of every change, and no more once it unsubscribes', async () => {
        const { page, renderer } = await openApp();
        const heard: unknown[] = [];
        const unsubscribe = page.onProgress((progress) => heard.push(progress.icloudLastBackup?.date));
        await page.setProgress({ kind: 'icloud-last-backup', date: '2026-01-02' });
        expect(heard).toEqual(['2026-01-02']);
        unsubscribe();
        expect(renderer.ipcRenderer.listenerCount(Events.progressChanged)).toBe(0);
        await page.setProgress({ kind: 'icloud-last-backup', date: '2026-01-03' });
        expect(heard).toEqual(['2026-01-02']);
      });

      it('gets a clear error for a payload that does not fit, and nothing changes', async () => {
        const { page, progress } = await openApp();
        await expect(page.setProgress({ kind: 'icloud-last-backup', date: 'yesterday' } as never)).rejects.toThrow(/Invalid payload for progress:set/);
        expect(progress.get().icloudLastBackup).toBeNull();
      });

      it('opens only allowlisted pages and known programs, by absolute path', async () => {
        const { page } = await openApp();
        expect(await page.run({ action: 'open-system-status' })).toMatchObject({ ok: true });
        expect(electron.shell.openedExternal).toEqual([EXTERNAL_LINKS.systemStatus]);
        expect(await page.run({ action: 'copy-text', text: 'for Apple Support' })).toMatchObject({ ok: true });
        expect(electron.clipboard.readText()).toBe('for Apple Support');
        expect(await page.run({ action: 'reveal-backup', udid: '00008130001A2B3C4D5E001E' })).toMatchObject({ ok: true });
        expect(electron.shell.shownInFolder).toEqual(['/backups/00008130001A2B3C4D5E001E']);
        expect(await on('darwin', () => page.run({ action: 'open-finder' }))).toMatchObject({ ok: true });
        // Started on its own, holding none of the app's streams, so it outlives the app and never blocks it.
        expect(spawned).toEqual([{ file: '/usr/bin/open', args: ['-a', 'Finder'], options: { stdio: 'ignore', detached: true } }]);
      });

      it('reports a program that cannot start, or that this computer does not have, as a failed action', async () => {
        const { page } = await openApp();
        startFails.next = true;
        const failed = await on('darwin', () => page.run({ action: 'open-finder' }));
        expect(failed).toEqual({ ok: false, message: expect.stringContaining('spawn /usr/bin/open ENOENT') });
        // The page plans for a Mac, but this computer has no `open` to start Finder with.
        const missing = await on('linux', () => page.run({ action: 'open-finder' }));
        expect(missing).toEqual({ ok: false, message: expect.stringContaining('(That program is not available on this computer.)') });
      });

      it('sends no event to a window that has closed', async () => {
        const { window, progress } = await openApp();
        window.close();
        expect(() => progress.update({ kind: 'reset' })).not.toThrow();
      });
    });

    describe('refuses', () => {
      it('a sub-frame of the app’s own window, even one showing the app’s own page', async () => {
        const { window } = await openApp();
        for (const url of [APP_PAGE_URL, 'https://evil.example/']) {
          const frame = window.webContents.mainFrame.addChild(url);
          const subFrame = window.webContents.rendererOf(frame);
          for (const channel of Object.values(Requests)) {
            await expect(subFrame.ipcRenderer.invoke(channel), `${channel} from a sub-frame at ${url}`).rejects.toThrow(/did not come from Backup Lifeboat's own window/);
          }
        }
      });

      it('another window, even one on the app’s page with the app’s preload', async () => {
        await openApp();
        const stranger = new electron.module.BrowserWindow({ show: false, webPreferences: { contextIsolation: true, sandbox: true } }) as unknown as StandInBrowserWindow;
        await stranger.loadURL(APP_PAGE_URL);
        const page = stranger.webContents.runPreload(await bundledPreload()).mainWorld.lifeboat as Bridge;
        await expect(page.getSnapshot()).rejects.toThrow(/did not come from Backup Lifeboat's own window/);
      });

      it('the app’s window once its page has been navigated away', async () => {
        const { window, renderer } = await openApp();
        // No navigation lock in this test: this checks the second line, the sender check.
        expect(window.webContents.pageNavigates('https://evil.example/')).toBe(true);
        await expect(renderer.ipcRenderer.invoke(Requests.getSnapshot)).rejects.toThrow(/did not come from Backup Lifeboat's own window/);
      });
    });

    it('teardown removes every handler and stops the events', async () => {
      const { teardown, progress, renderer } = await openApp();
      const heard = vi.fn();
      renderer.ipcRenderer.on(Events.progressChanged, heard);
      teardown();
      expect(electron.ipcMain.handledChannels()).toEqual([]);
      progress.update({ kind: 'reset' });
      expect(heard).not.toHaveBeenCalled();
    });
  });
});
