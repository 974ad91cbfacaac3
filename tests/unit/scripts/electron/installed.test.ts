import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { binaryPathInDist, findInstalledElectron } from '../../../../scripts/electron/installed.mjs';

/** An electron package folder as npm leaves it, optionally with what the installer adds. */
function electronPackage(installed: { distVersion?: string; pathTxt?: string; binary?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'electron-package-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.5.0' }));
  if (installed.distVersion !== undefined) {
    mkdirSync(join(dir, 'dist'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'version'), installed.distVersion);
  }
  if (installed.pathTxt !== undefined) writeFileSync(join(dir, 'path.txt'), installed.pathTxt);
  if (installed.binary) {
    const binary = join(dir, 'dist', binaryPathInDist());
    mkdirSync(dirname(binary), { recursive: true });
    writeFileSync(binary, '');
  }
  return dir;
}

describe('scripts', () => {
  describe('electron/installed', () => {
    const made: string[] = [];
    const make = (installed?: Parameters<typeof electronPackage>[0]) => {
      const dir = electronPackage(installed);
      made.push(dir);
      return dir;
    };
    afterEach(() => {
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    });

    it('names each platform’s binary as Electron’s installer does', () => {
      expect(binaryPathInDist({ ELECTRON_INSTALL_PLATFORM: 'darwin' })).toBe('Electron.app/Contents/MacOS/Electron');
      expect(binaryPathInDist({ ELECTRON_INSTALL_PLATFORM: 'win32' })).toBe('electron.exe');
      expect(binaryPathInDist({ ELECTRON_INSTALL_PLATFORM: 'linux' })).toBe('electron');
    });

    it('finds no binary in a package fresh from npm', () => {
      expect(findInstalledElectron(make())).toEqual({ version: '45.5.0', binary: null });
    });

    it('finds the binary once the installer has finished', () => {
      const dir = make({ distVersion: '45.5.0', pathTxt: binaryPathInDist(), binary: true });
      expect(findInstalledElectron(dir).binary).toBe(join(dir, 'dist', binaryPathInDist()));
    });

    it('accepts the version file with a leading v, as some releases write it', () => {
      expect(findInstalledElectron(make({ distVersion: 'v45.5.0\n', pathTxt: binaryPathInDist(), binary: true })).binary).not.toBeNull();
    });

    it.each([
      ['another version’s binary', { distVersion: '44.0.0', pathTxt: binaryPathInDist(), binary: true }],
      ['an unpacked binary without path.txt (an interrupted install)', { distVersion: '45.5.0', binary: true }],
      ['path.txt naming another platform’s binary', { distVersion: '45.5.0', pathTxt: 'Electron.app/Contents/MacOS/Electron-x', binary: true }],
      ['path.txt without the binary', { distVersion: '45.5.0', pathTxt: binaryPathInDist() }],
    ])('does not count %s as installed', (_name, installed) => {
      expect(findInstalledElectron(make(installed)).binary).toBeNull();
    });

    it('looks for the binary in ELECTRON_OVERRIDE_DIST_PATH when it is set, as Electron does', () => {
      const dir = make({ distVersion: '45.5.0', pathTxt: binaryPathInDist() });
      const elsewhere = make({ binary: true });
      expect(findInstalledElectron(dir, { ELECTRON_OVERRIDE_DIST_PATH: join(elsewhere, 'dist') }).binary).toBe(join(elsewhere, 'dist', binaryPathInDist()));
    });
  });
});
