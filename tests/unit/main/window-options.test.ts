import { describe, expect, it } from 'vitest';
import { getMainWindowOptions } from '../../../src/main/window-options';

describe('window-options', () => {
  describe('getMainWindowOptions', () => {
    const prefs = getMainWindowOptions('/app/out/preload/index.cjs').webPreferences ?? {};
    it('isolates and sandboxes the page with no Node access', () => {
      expect(prefs.contextIsolation).toBe(true);
      expect(prefs.sandbox).toBe(true);
      expect(prefs.nodeIntegration).toBe(false);
      expect(prefs.nodeIntegrationInWorker).toBe(false);
      expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    });
    it('keeps web security on and insecure content, experiments and webviews off', () => {
      expect(prefs.webSecurity).toBe(true);
      expect(prefs.allowRunningInsecureContent).toBe(false);
      expect(prefs.experimentalFeatures).toBe(false);
      expect(prefs.enableBlinkFeatures).toBeUndefined();
      expect(prefs.webviewTag).toBe(false);
    });
    it('opens nothing dropped on the window, and leaves typing unspellchecked (its dictionaries would be fetched from the network)', () => {
      expect(prefs.navigateOnDragDrop).toBe(false);
      expect(prefs.spellcheck).toBe(false);
    });
    it('names the window after the app, hidden until its page is ready', () => {
      expect(getMainWindowOptions('/p.cjs')).toMatchObject({ title: 'Backup Lifeboat', show: false });
    });
    it('uses the bundled CommonJS preload', () => {
      expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    });
  });
});
