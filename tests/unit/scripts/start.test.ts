/**
 * `npm start` and `npm run dev` as a person runs them on a fresh clone: the Electron binary is
 * installed by Electron's own installer before electron-vite starts, a failed download ends within
 * seconds with one message that says what to do, and a binary already in place is started at once.
 */
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { electronPackageDir, findInstalledElectron } from '../../../scripts/electron/installed.mjs';
import { makeStartProject, runNpm, type CommandResult, type StartProject } from '../../support/start-project';

const ELECTRON_VERSION = findInstalledElectron(electronPackageDir(process.cwd())).version;
/**
 * "Within seconds": here the download fails in 1 to 15 s (as long as the DNS lookup of Electron's
 * host takes); the bound is the "within a minute", with room for a busy machine.
 */
const FAILS_WITHIN_MS = 45_000;
/** Each npm run may take that long, so the test may too. */
const NPM_TEST_TIMEOUT_MS = 60_000;

/** A local address nothing listens on, so a download from it is refused at once, with or without internet. */
async function closedLocalUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  await new Promise((closed) => server.close(closed));
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 1}/`;
}

/** What every failed first start must say, and must not. */
function expectTheClearMessage(result: CommandResult, command: string) {
  expect(result.code, result.stderr).toBe(1);
  expect(result.ms).toBeLessThan(FAILS_WITHIN_MS);
  expect(result.stdout).toContain(`Electron ${ELECTRON_VERSION}`);
  expect(result.stdout).toContain('about 100 MB, once');
  expect(result.stderr).toContain(`Electron ${ELECTRON_VERSION}, which runs its window, is not installed yet, and installing it failed.`);
  expect(result.stderr).toMatch(/^Why: /m);
  expect(result.stderr).toContain(`run \`${command}\` again`);
  expect(result.stderr).toContain('ELECTRON_MIRROR');
  expect(result.stderr).toContain('ELECTRON_GET_USE_PROXY');
  expect(result.stderr).not.toContain('Electron uninstall');
  // The installer's stack trace stays out of it: one message, in words.
  expect(result.stderr).not.toMatch(/^\s+at /m);
  // It stops before electron-vite builds or serves anything.
  expect(result.stdout + result.stderr).not.toMatch(/building|dev server/i);
}

describe('scripts', () => {
  describe('start', () => {
    let project: StartProject | undefined;
    afterEach(() => {
      project?.remove();
      project = undefined;
    });

    describe('in this checkout, on a machine that cannot reach Electron’s download host', () => {
      const missingHere = findInstalledElectron(electronPackageDir(process.cwd())).binary === null;
      const why = 'the Electron binary is installed in this checkout, so npm start would open the app; the copy below covers a missing binary';

      it('`npm start` fails within seconds with the clear message', async (context) => {
        context.skip(!missingHere, why);
        expectTheClearMessage(await runNpm(['start'], process.cwd()), 'npm start');
      }, NPM_TEST_TIMEOUT_MS);

      it('`npm run dev` fails the same way, before any dev server starts', async (context) => {
        context.skip(!missingHere, why);
        expectTheClearMessage(await runNpm(['run', 'dev'], process.cwd()), 'npm run dev');
      }, NPM_TEST_TIMEOUT_MS);
    });

    describe('in a fresh copy whose Electron has no binary yet', () => {
      it('runs Electron’s installer, and names the mirror when its download is refused', async () => {
        project = makeStartProject('missing');
        const mirror = await closedLocalUrl();
        const result = await runNpm(['start'], project.dir, { ELECTRON_MIRROR: mirror, electron_config_cache: join(project.dir, 'cache') });
        expectTheClearMessage(result, 'npm start');
        expect(result.stderr).toContain(`could not reach ${new URL(mirror).host}`);
      }, NPM_TEST_TIMEOUT_MS);
    });

    describe('with the binary in place', () => {
      it('starts it through electron-vite at once, without running the installer', async () => {
        project = makeStartProject('stand-in');
        const result = await runNpm(['start', '--', '--skipBuild'], project.dir);
        expect(result.code, result.stderr).toBe(0);
        expect(project.installerRan()).toBe(false);
        expect(result.stdout).not.toContain('downloading');
        const started = project.startedAs();
        expect(started).not.toBeNull();
        // electron-vite starts the binary on the project folder, told exactly which binary it is.
        expect(started?.argv).toEqual([project.dir]);
        expect(started?.electronExecPath).toContain(join('node_modules', 'electron', 'dist'));
        expect(result.ms).toBeLessThan(FAILS_WITHIN_MS);
      }, NPM_TEST_TIMEOUT_MS);

      it('ends with the app’s own exit code, so a failed smoke start fails the command', async () => {
        project = makeStartProject('stand-in');
        const result = await runNpm(['start', '--', '--skipBuild'], project.dir, { STAND_IN_EXIT_CODE: '3' });
        expect(project.startedAs()).not.toBeNull();
        expect(result.code).toBe(3);
      }, NPM_TEST_TIMEOUT_MS);
    });
  });
});
