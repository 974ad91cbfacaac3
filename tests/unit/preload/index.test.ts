/**
 * The preload as Electron runs it — bundled to one CommonJS file, in a sandboxed frame of the
 * stand-in, with the contextBridge copying what crosses into the page — and the test playing
 * main: the page gets `window.lifeboat` and nothing else, listeners get payloads and never
 * Electron's event, and each unsubscribe removes its own listener and no other.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createElectronStandIn, type StandInBrowserWindow } from '../../support/electron';
import { bundledPreload } from '../../support/electron/preload-bundle';
import { Events, Requests, type Bridge } from '../../../src/shared/ipc';
import { snapshot } from '../../support/snapshots';

const electron = createElectronStandIn();

/** A sandboxed, isolated window on the app's page with the preload run in it. */
async function pageWithPreload() {
  const window = new electron.module.BrowserWindow({ webPreferences: { contextIsolation: true, sandbox: true, preload: '/app/out/preload/index.cjs' } }) as unknown as StandInBrowserWindow;
  await window.loadURL('app://lifeboat/index.html');
  const preloadErrors: unknown[] = [];
  window.webContents.on('preload-error', (_event, _path, error) => preloadErrors.push(error));
  const renderer = window.webContents.runPreload(await bundledPreload());
  return { window, renderer, preloadErrors, page: renderer.mainWorld.lifeboat as Bridge };
}

describe('preload', () => {
  beforeEach(() => electron.reset());

  it('runs in the sandbox, needing nothing but electron', async () => {
    const { preloadErrors } = await pageWithPreload();
    expect(preloadErrors).toEqual([]);
  });

  it('gives the page window.lifeboat, made of the six task functions, and nothing else', async () => {
    const { renderer, page } = await pageWithPreload();
    expect(Object.keys(renderer.mainWorld)).toEqual(['lifeboat']);
    expect(Object.keys(page).sort()).toEqual(['getProgress', 'getSnapshot', 'onProgress', 'onSnapshot', 'run', 'setProgress']);
    for (const value of Object.values(page)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(page)).toBe(true);
  });

  it('sends each request on its channel with the page’s payload, and hands back main’s answer', async () => {
    const { page } = await pageWithPreload();
    const asked: Array<[string, unknown]> = [];
    for (const channel of Object.values(Requests)) {
      electron.ipcMain.handle(channel, (_event, payload) => {
        asked.push([channel, payload]);
        return { answered: channel };
      });
    }
    expect(await page.getSnapshot()).toEqual({ answered: Requests.getSnapshot });
    await page.getProgress();
    await page.setProgress({ kind: 'reset' });
    await page.run({ action: 'open-system-status' });
    expect(asked).toEqual([
      [Requests.getSnapshot, undefined],
      [Requests.getProgress, undefined],
      [Requests.setProgress, { kind: 'reset' }],
      [Requests.runAction, { action: 'open-system-status' }],
    ]);
  });

  it('passes main’s refusal on as an error', async () => {
    const { page } = await pageWithPreload();
    electron.ipcMain.handle(Requests.getSnapshot, () => {
      throw new Error('Refused snapshot:get');
    });
    await expect(page.getSnapshot()).rejects.toThrow('Refused snapshot:get');
  });

  it('hands a listener the payload alone, never Electron’s event', async () => {
    const { window, page } = await pageWithPreload();
    const listener = vi.fn();
    page.onSnapshot(listener);
    const pushed = snapshot();
    window.webContents.send(Events.snapshotChanged, pushed);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([pushed]);
  });

  it('removes exactly the unsubscribed listener, so nothing piles up and other listeners still hear', async () => {
    const { window, renderer, page } = await pageWithPreload();
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = page.onSnapshot(first);
    const stopSecond = page.onSnapshot(second);
    page.onProgress(vi.fn());
    expect(renderer.ipcRenderer.listenerCount(Events.snapshotChanged)).toBe(2);

    stopFirst();
    expect(renderer.ipcRenderer.listenerCount(Events.snapshotChanged)).toBe(1);
    expect(renderer.ipcRenderer.listenerCount(Events.progressChanged)).toBe(1);
    window.webContents.send(Events.snapshotChanged, snapshot());
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);

    stopSecond();
    expect(renderer.ipcRenderer.listenerCount(Events.snapshotChanged)).toBe(0);
  });

  it('keeps a thousand subscribe-and-unsubscribe rounds from leaving any listener behind', async () => {
    const { renderer, page } = await pageWithPreload();
    for (let round = 0; round < 1000; round += 1) page.onSnapshot(() => {})();
    expect(renderer.ipcRenderer.listenerCount(Events.snapshotChanged)).toBe(0);
  });
});
