import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runElectronInstaller } from '../../../../scripts/electron/run-installer.mjs';

/** A package folder whose install.js is `script`, standing in for Electron's installer. */
function packageWithInstaller(script: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'electron-installer-'));
  writeFileSync(join(dir, 'install.js'), script);
  return dir;
}

describe('scripts', () => {
  describe('electron/run-installer', () => {
    const made: string[] = [];
    afterEach(() => {
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    });
    const make = (script: string) => {
      const dir = packageWithInstaller(script);
      made.push(dir);
      return dir;
    };

    it('succeeds when the installer exits with 0', async () => {
      expect(await runElectronInstaller({ packageDir: make('process.exit(0)') })).toEqual({ ok: true });
    });

    it('keeps what a failing installer printed, for the explanation', async () => {
      const result = await runElectronInstaller({ packageDir: make("console.log('Downloading…'); console.error(new TypeError('fetch failed').stack); process.exit(1)") });
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.output).toMatch(/Downloading…[\s\S]*TypeError: fetch failed/);
    });

    it('keeps only the end of a very long output', async () => {
      const result = await runElectronInstaller({ packageDir: make("process.stderr.write('x'.repeat(100000) + 'the end'); process.exit(1)") });
      expect(result.ok ? '' : result.output).toHaveLength(16_000);
      expect(result.ok ? '' : result.output).toMatch(/the end$/);
    });

    it('says it is still at work while a download takes long', async () => {
      const heard: number[] = [];
      await runElectronInstaller({ packageDir: make('setTimeout(() => process.exit(0), 700)'), heartbeatMs: 200, onStillRunning: (seconds) => heard.push(seconds) });
      expect(heard.length).toBeGreaterThanOrEqual(2);
    });

    it('runs the installer with the given environment, in its package folder', async () => {
      const dir = make("require('node:fs').writeFileSync('seen.json', JSON.stringify({ mirror: process.env.ELECTRON_MIRROR, cwd: process.cwd() }))");
      await runElectronInstaller({ packageDir: dir, env: { ...process.env, ELECTRON_MIRROR: 'https://mirror.example/' } });
      const seen = JSON.parse(readFileSync(join(dir, 'seen.json'), 'utf8')) as { mirror: string; cwd: string };
      expect(seen).toEqual({ mirror: 'https://mirror.example/', cwd: realpathSync(dir) });
    });
  });
});
