/**
 * The real electron-store backend against the Electron stand-in: progress lives in the app's
 * user-data folder as Electron names it, survives a restart, and a damaged file is put aside.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createElectronProgressBackend } from '../../../src/main/store';
import { createProgressStore } from '../../../src/main/progress/progress-store';

const electron = await vi.hoisted(async () => (await import('../../support/electron')).createElectronStandIn());
vi.mock('electron', () => electron.module);

describe('main', () => {
  describe('store', () => {
    let userData = '';
    beforeEach(() => {
      electron.reset();
      userData = mkdtempSync(join(tmpdir(), 'lifeboat-user-data-'));
      electron.app.userDataDir = userData;
    });
    afterEach(() => rmSync(userData, { recursive: true, force: true }));

    it('keeps progress in the app’s user-data folder, across a restart', () => {
      const first = createProgressStore(createElectronProgressBackend());
      first.update({ kind: 'checklist', item: 'storage', mark: 'fine' });
      expect(JSON.parse(readFileSync(join(userData, 'progress.json'), 'utf8')).progress.checklist).toEqual({ storage: 'fine' });
      const second = createProgressStore(createElectronProgressBackend());
      expect(second.get().checklist).toEqual({ storage: 'fine' });
    });

    it('puts a damaged file aside under a new name and starts fresh, saying so', () => {
      writeFileSync(join(userData, 'progress.json'), '{ not json');
      const store = createProgressStore(createElectronProgressBackend());
      expect(store.get().notice).toMatchObject({ kind: 'reset-unreadable' });
      const keptAs = readdirSync(userData).find((name) => name.startsWith('progress.unreadable-'));
      expect(keptAs).toBeDefined();
      expect(readFileSync(join(userData, keptAs as string), 'utf8')).toBe('{ not json');
      expect(existsSync(join(userData, 'progress.json'))).toBe(true);
    });
  });
});
