/**
 * The app's lifecycle — the real src/main/index.ts — against the Electron stand-in, with the real
 * probes on a scripted edge (a test usbmuxd with a phone on it, a scripted USB bus, a local status
 * feed, a temporary backups folder) and the real preload as the page's bridge: the app waits for
 * Electron to be ready, opens one locked window, answers its page, brings it forward on a second
 * launch, and tears everything down when it quits. A second copy only quits; a smoke start quits
 * on its own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StandInBrowserWindow } from '../../support/electron';
import { bundledPreload } from '../../support/electron/preload-bundle';
import { startTestUsbmuxd, type TestUsbmuxd } from '../../support/usbmuxd/test-usbmuxd';
import { ANAS_IPHONE } from '../../support/usbmuxd/scripted-device';
import { createScriptedUsbSource, usbIphone } from '../../support/usb/scripted-usb-source';
import { startStatusServer, statusFeed, type StatusServer } from '../../support/status-server';
import { makeTempRoot, removeTempRoot, writeBackup } from '../../support/backup-fixtures';
import { APP_PAGE_URL } from '../../../src/main/app-protocol';
import { Requests, type Bridge } from '../../../src/shared/ipc';
import type { WorldOptions } from '../../../src/main/core/default-probes';

const electron = await vi.hoisted(async () => (await import('../../support/electron')).createElectronStandIn());
vi.mock('electron', () => electron.module);
/** Where the app's probes look: set per test to its scripted edge; null makes creating them fail. */
const edge = vi.hoisted(() => ({ options: null as WorldOptions | null }));
vi.mock('../../../src/main/core/default-probes', async (original) => {
  const real = await original<typeof import('../../../src/main/core/default-probes')>();
  return {
    ...real,
    createDefaultProbes: () => {
      if (!edge.options) throw new Error('no probes today');
      return real.createDefaultProbes(edge.options);
    },
  };
});

/** Runs src/main/index.ts afresh, as a launch of the app does. */
async function launch(): Promise<void> {
  vi.resetModules();
  await import('../../../src/main/index');
}

/** Makes Electron ready and waits for the app's window. */
async function ready(): Promise<StandInBrowserWindow> {
  electron.app.becomeReady();
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
  return electron.windows[0] as StandInBrowserWindow;
}

/** Runs the real preload in the window and returns the page's bridge. */
async function pageOf(window: StandInBrowserWindow): Promise<Bridge> {
  return window.webContents.runPreload(await bundledPreload()).mainWorld.lifeboat as Bridge;
}

describe('main', () => {
  describe('index (the app’s lifecycle)', () => {
    let usbmuxd: TestUsbmuxd;
    let status: StatusServer;
    let backupsDir: string;
    let userData: string;

    beforeEach(async () => {
      electron.reset();
      vi.unstubAllEnvs();
      usbmuxd = await startTestUsbmuxd({ devices: [ANAS_IPHONE] });
      status = await startStatusServer({ body: statusFeed([]) });
      backupsDir = await makeTempRoot('index-test');
      userData = mkdtempSync(join(tmpdir(), 'lifeboat-user-data-'));
      electron.app.userDataDir = userData;
      edge.options = {
        host: { os: 'macos', version: '15.1' },
        usbSource: createScriptedUsbSource([usbIphone('usb-1', ANAS_IPHONE.udid.replace('-', ''))]),
        usbmuxAddress: usbmuxd.address,
        statusUrl: status.url,
        backupsDir,
      };
    });

    afterEach(async () => {
      // Whatever a test left running is stopped as quitting the app stops it.
      if (!electron.app.quitCompleted) electron.app.quit();
      await vi.waitFor(() => expect(usbmuxd.connectionCount()).toBe(0));
      await usbmuxd.stop();
      await status.close();
      await removeTempRoot(backupsDir);
      rmSync(userData, { recursive: true, force: true });
    });

    it('prepares before Electron is ready: the app’s scheme is privileged and every web contents will be locked', async () => {
      await launch();
      expect(electron.protocol.privilegedSchemes.map((entry) => entry.scheme)).toEqual(['app']);
      expect(electron.app.listenerCount('web-contents-created')).toBe(1);
      expect(electron.windows).toEqual([]);
    });

    it('opens one locked window on its own page, shown once ready, and answers it with the real world', async () => {
      await launch();
      const window = await ready();
      expect(window.webContents.loadedUrls).toEqual([APP_PAGE_URL]);
      expect(window.webContents.pageOpensWindow('https://example.com/')).toBeNull();
      expect(window.webContents.pageNavigates('https://example.com/')).toBe(false);
      expect(await electron.session.pageRequestsPermission(window.webContents, 'notifications')).toBe(false);
      expect(electron.protocol.isProtocolHandled('app')).toBe(true);
      expect(window.isVisible()).toBe(false);
      window.becomeReadyToShow();
      expect(window.isVisible()).toBe(true);

      const page = await pageOf(window);
      await vi.waitFor(async () => expect((await page.getSnapshot()).devices.map((device) => device.name)).toEqual(["Ana's iPhone"]), { timeout: 10_000 });
      expect((await page.getSnapshot()).host.os).toBe('macos');
    });

    it('shows a backup the backups probe found in its folder', async () => {
      const written = await writeBackup(backupsDir, { udid: ANAS_IPHONE.udid });
      await launch();
      const page = await pageOf(await ready());
      await vi.waitFor(async () => expect((await page.getSnapshot()).backups).toHaveLength(1), { timeout: 10_000 });
      expect(await page.run({ action: 'reveal-backup', udid: ANAS_IPHONE.udid })).toMatchObject({ ok: true });
      expect(electron.shell.shownInFolder).toEqual([written.path]);
    });

    it('outside a smoke start, lets a failed start surface as Electron reports any error in main', async () => {
      edge.options = null;
      // The runner's own listeners would count the rejection as a failure of the test; they are set aside meanwhile.
      const runners = process.listeners('unhandledRejection');
      process.removeAllListeners('unhandledRejection');
      try {
        const surfaced = new Promise<unknown>((resolve) => process.once('unhandledRejection', resolve));
        await launch();
        electron.app.becomeReady();
        expect(await surfaced).toMatchObject({ message: 'no probes today' });
      } finally {
        process.removeAllListeners('unhandledRejection');
        for (const listener of runners) process.on('unhandledRejection', listener);
      }
    });

    it('keeps the person’s progress in the user-data folder', async () => {
      await launch();
      const page = await pageOf(await ready());
      await page.setProgress({ kind: 'checklist', item: 'storage', mark: 'culprit' });
      electron.app.quit();
      electron.reset();
      electron.app.userDataDir = userData;
      await launch();
      const again = await pageOf(await ready());
      expect((await again.getProgress()).checklist).toEqual({ storage: 'culprit' });
    });

    it('brings its window forward when the app is launched a second time', async () => {
      await launch();
      const window = await ready();
      window.becomeReadyToShow();
      window.minimize();
      electron.app.secondInstanceStarts(['--second']);
      expect(window.isMinimized()).toBe(false);
      expect(window.isFocused()).toBe(true);
      expect(electron.windows).toHaveLength(1);
    });

    it('quits when its window closes, removing every handler and stopping every probe', async () => {
      await launch();
      const window = await ready();
      await vi.waitFor(() => expect(usbmuxd.connectionCount()).toBeGreaterThan(0));
      expect(electron.ipcMain.handledChannels().sort()).toEqual(Object.values(Requests).sort());
      window.close();
      expect(electron.app.quitCompleted).toBe(true);
      expect(electron.ipcMain.handledChannels()).toEqual([]);
      await vi.waitFor(() => expect(usbmuxd.connectionCount()).toBe(0));
    });

    it('as a second copy, quits at once and opens nothing', async () => {
      electron.app.singleInstanceLockFree = false;
      await launch();
      expect(electron.app.quitCompleted).toBe(true);
      electron.app.becomeReady();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(electron.windows).toEqual([]);
      expect(electron.ipcMain.handledChannels()).toEqual([]);
    });

    describe('a smoke start (LIFEBOAT_SMOKE_TEST=1)', () => {
      it('quits normally once the window shows the first snapshot', async () => {
        vi.stubEnv('LIFEBOAT_SMOKE_TEST', '1');
        await launch();
        const window = await ready();
        let showsSnapshot = false;
        let looks = 0;
        window.webContents.page = {
          evaluate: (code) => {
            looks += 1;
            return code.includes('data-testid="host-name"') && showsSnapshot;
          },
        };
        window.becomeReadyToShow();
        // Its looks at the page are the signal: two of them found no snapshot, and it stayed.
        await vi.waitFor(() => expect(looks).toBeGreaterThanOrEqual(2));
        expect(electron.app.quitCalls).toBe(0);
        showsSnapshot = true;
        const said = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
        await vi.waitFor(() => expect(electron.app.quitCompleted).toBe(true));
        expect(said).toHaveBeenCalledWith(expect.stringMatching(/^Smoke test passed: the window shows the first snapshot after \d+ ms\.\n$/));
        said.mockRestore();
        expect(electron.app.exitCode).toBeNull();
      });

      it('exits with 1 when starting fails before any window exists', async () => {
        vi.stubEnv('LIFEBOAT_SMOKE_TEST', '1');
        edge.options = null;
        const said = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
        await launch();
        electron.app.becomeReady();
        await vi.waitFor(() => expect(electron.app.exitCode).toBe(1));
        expect(said).toHaveBeenCalledWith(expect.stringContaining('Smoke test FAILED: starting threw: Error: no probes today'));
        said.mockRestore();
        expect(electron.windows).toEqual([]);
      });

      it('is ignored by a packaged app', async () => {
        vi.stubEnv('LIFEBOAT_SMOKE_TEST', '1');
        electron.app.isPackaged = true;
        await launch();
        const window = await ready();
        window.webContents.page = { evaluate: () => true };
        window.becomeReadyToShow();
        await new Promise((resolve) => setTimeout(resolve, 400));
        expect(electron.app.quitCalls).toBe(0);
      });
    });
  });
});
