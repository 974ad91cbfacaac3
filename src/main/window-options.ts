/**
 * The main window's options, with Electron's security checklist applied. Only types come from
 * Electron here, so the options are unit-tested under plain Node.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

/** The window's options for a given preload script. */
export function getMainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'Backup Lifeboat',
    width: 1100,
    height: 780,
    minWidth: 720,
    minHeight: 560,
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}
