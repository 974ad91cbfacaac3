/**
 * The Electron suite's precondition, run as CI runs it: here, with no binary, `npm run
 * test:electron` passes with every test shown as skipped and the reason printed; with
 * GITHUB_ACTIONS=true the same missing binary fails it, since the workflow's `npm start` must have
 * installed it.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary, SKIP_REASON } from '../../support/electron-binary';

const require = createRequire(import.meta.url);
const PLAYWRIGHT_CLI = join(dirname(require.resolve('@playwright/test/package.json')), 'cli.js');
/** Playwright starts, finds no binary and reports; a busy machine may take a while to load it. */
const RUN_TIMEOUT_MS = 90_000;

/** Runs the Electron suite's config for real with `env` added; resolves with its code and output. */
function runElectronSuite(env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, [PLAYWRIGHT_CLI, 'test', '-c', 'playwright.electron.config.ts', '--reporter=list'], {
      env: { ...process.env, CI: undefined, GITHUB_ACTIONS: undefined, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', failed);
    child.on('close', (code) => done({ code, output }));
  });
}

describe('support', () => {
  describe('electron-binary', () => {
    const installed = findElectronBinary() !== null;
    const why = 'the Electron binary is installed here, so the Electron suite runs for real instead';

    it('here, without the binary, the Electron suite is a visible skip with its reason', async (context) => {
      context.skip(installed, why);
      const { code, output } = await runElectronSuite({});
      expect(code, output).toBe(0);
      expect(output).toContain(`tests/electron: SKIPPED — ${SKIP_REASON}.`);
      expect(output).toMatch(/\d+ skipped/);
      expect(output).not.toMatch(/\d+ passed/);
    }, RUN_TIMEOUT_MS);

    it('on GitHub Actions, a missing binary fails the Electron suite', async (context) => {
      context.skip(installed, why);
      const { code, output } = await runElectronSuite({ GITHUB_ACTIONS: 'true' });
      expect(code, output).not.toBe(0);
      expect(output).toContain('tests/electron: FAILING — the Electron binary is not installed');
      expect(output).toMatch(/1 failed/);
      expect(output).toContain('the Electron binary is installed');
    }, RUN_TIMEOUT_MS);
  });
});
