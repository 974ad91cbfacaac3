/**
 * Registers the request handlers with ipcMain behind one sender check, forwards events to the
 * window, and gives actions their Electron effects (shell, clipboard).
 */
import { clipboard, ipcMain, shell, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { spawn } from 'node:child_process';
import { Requests, type RequestChannel } from '../shared/ipc';
import { createHandlers, forwardEvents, type HandlerDeps } from './handlers';
import type { Effects } from './actions/run-action';
import { openAllowlisted } from './actions/external-links';
import { launchCommand } from './actions/launch-command';
import { guardHandlers, senderInfoFrom } from './trusted-sender';
import { appPageUrl } from './window';

/** Electron's shell and clipboard behind the Effects interface, with the URL allowlist as the last gate. */
export function electronEffects(): Effects {
  return {
    openExternal: (url) => openAllowlisted(url, (allowed) => shell.openExternal(allowed)),
    async openApplication(target) {
      const command = launchCommand(target, process.platform, process.env);
      if (!command) throw new Error('That program is not available on this computer.');
      // A program that cannot start is a failed action the page reports, never an uncaught 'error'.
      await new Promise<void>((started, failed) => {
        const child = spawn(command.file, command.args, { stdio: 'ignore', detached: true });
        child.once('error', failed);
        child.once('spawn', () => {
          child.unref();
          started();
        });
      });
    },
    showItemInFolder: (path) => shell.showItemInFolder(path),
    copyText: (text) => clipboard.writeText(text),
  };
}

/** Wires IPC for the window; returns the function that undoes it. */
export function setupIpc(window: BrowserWindow, deps: Omit<HandlerDeps, 'effects'>): () => void {
  const handlers = guardHandlers(createHandlers({ ...deps, effects: electronEffects() }), () => ({
    contentsId: window.webContents.id,
    appUrl: appPageUrl(),
  }));
  const channels = Object.values(Requests) as RequestChannel[];
  for (const channel of channels) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) => handlers[channel](senderInfoFrom(event), payload));
  }
  const stopEvents = forwardEvents(deps, (channel, payload) => {
    if (!window.isDestroyed()) window.webContents.send(channel, payload);
  });
  return () => {
    stopEvents();
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
