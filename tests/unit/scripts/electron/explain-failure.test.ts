import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  classifyInstallFailure,
  configuredMirror,
  explainInstallFailure,
  INSTALL_HELP_URL,
  INSTALLER_NODE_FLOOR,
  nodeAtLeast,
} from '../../../../scripts/electron/explain-failure.mjs';

/** What Electron 45's installer printed here, where github.com cannot be reached. */
const FETCH_FAILED = `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
    at async FetchDownloader.download (file:///p/node_modules/@electron/get/dist/FetchDownloader.js:46:30)
    at async useAndRemoveDirectory (file:///p/node_modules/@electron/get/dist/utils.js:10:18)`;

/** What an older Node prints when the installer's CommonJS requires @electron/get, which is ESM only. */
const REQUIRE_ESM = `node:internal/modules/cjs/loader:1275
Error [ERR_REQUIRE_ESM]: require() of ES Module /p/node_modules/@electron/get/dist/index.js from /p/node_modules/electron/install.js not supported.
    at Object.<anonymous> (/p/node_modules/electron/install.js:3:29)
Node.js v20.10.0`;

const base = { version: '45.5.0', nodeVersion: '22.12.0', platform: 'linux' as const, env: {}, packageDir: '/p/node_modules/electron' };

describe('scripts', () => {
  describe('electron/explain-failure', () => {
    it('holds the floor Electron’s installer declares, which package.json and the README pass on', () => {
      const engines = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { engines: { node: string } }).engines.node;
      for (const installer of ['node_modules/electron/package.json', 'node_modules/@electron/get/package.json']) {
        expect(engines(installer).replace(/^>=\s*/, ''), installer).toBe(INSTALLER_NODE_FLOOR);
      }
      const [major, minor] = INSTALLER_NODE_FLOOR.split('.');
      expect(engines('package.json')).toBe(`>=${major}.${minor}`);
      expect(readFileSync('README.md', 'utf8')).toContain(`Node.js](https://nodejs.org) ${major}.${minor} or newer`);
    });

    describe('nodeAtLeast', () => {
      it.each([
        ['22.12.0', '22.12.0', true],
        ['v22.12.1', '22.12.0', true],
        ['24.0.0', '22.12.0', true],
        ['22.11.9', '22.12.0', false],
        ['20.20.2', '22.12.0', false],
        ['20.19.0', '20.19.0', true],
      ])('%s ≥ %s is %s', (version, floor, expected) => expect(nodeAtLeast(version, floor)).toBe(expected));
    });

    describe('classifyInstallFailure', () => {
      it.each([
        ['network', FETCH_FAILED],
        ['network', 'Error: getaddrinfo ENOTFOUND github.com'],
        ['network', 'Error: connect ECONNREFUSED 127.0.0.1:9'],
        ['http', 'HTTPError: Response code 404 (Not Found) for https://mirror.example/v45.5.0/electron-v45.5.0-linux-x64.zip'],
        ['tls', 'Error: self-signed certificate in certificate chain'],
        ['checksum', 'Error: Generated checksum for "electron-v45.5.0-linux-x64.zip" did not match expected checksum.'],
        ['disk', 'Error: ENOSPC: no space left on device, write'],
        ['permission', "Error: EACCES: permission denied, open '/p/node_modules/electron/path.txt'"],
        ['unknown', 'Something else entirely'],
      ])('reads %s from the installer’s output', (kind, output) => expect(classifyInstallFailure(output, '22.12.0')).toBe(kind));

      it('blames Node for a module error only where Node is older than the installer’s floor', () => {
        expect(classifyInstallFailure(REQUIRE_ESM, '20.10.0')).toBe('node');
        expect(classifyInstallFailure(REQUIRE_ESM, '22.12.0')).toBe('unknown');
      });

      it('is not misled by file names in stack frames', () => {
        expect(classifyInstallFailure('Error: odd\n    at x (/p/node_modules/sumchecker/checksum-tls.js:1:1)', '22.12.0')).toBe('unknown');
      });
    });

    describe('configuredMirror', () => {
      it('reads the mirror from the variables @electron/get reads, ELECTRON_MIRROR first', () => {
        expect(configuredMirror({})).toBeNull();
        expect(configuredMirror({ npm_config_electron_mirror: 'https://b/' })).toBe('https://b/');
        expect(configuredMirror({ ELECTRON_MIRROR: 'https://a/', npm_config_electron_mirror: 'https://b/' })).toBe('https://a/');
      });
    });

    describe('explainInstallFailure', () => {
      it('says what failed, why, how to retry, and the mirror and proxy settings', () => {
        const message = explainInstallFailure({ ...base, output: FETCH_FAILED });
        expect(message).toContain('Electron 45.5.0, which runs its window, is not installed yet, and installing it failed.');
        expect(message).toContain('Why: the download could not reach github.com (fetch failed).');
        expect(message).toContain('run `npm start` again');
        expect(message).toContain('HTTPS_PROXY=http://proxy.example:8080 ELECTRON_GET_USE_PROXY=true npm start');
        expect(message).toContain('ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm start');
        expect(message).toContain(INSTALL_HELP_URL);
        expect(message).not.toContain('Node.js 22.12.0 or newer');
        expect(message).not.toMatch(/^\s+at /m);
      });

      it('names the command the person ran, in the retry and in both examples', () => {
        const message = explainInstallFailure({ ...base, output: FETCH_FAILED, command: 'npm run dev' });
        expect(message).toContain('run `npm run dev` again');
        expect(message).toContain('ELECTRON_GET_USE_PROXY=true npm run dev');
        expect(message).toContain('ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm run dev');
        expect(message).not.toContain('npm start');
      });

      it('writes the settings the way PowerShell takes them on Windows', () => {
        const message = explainInstallFailure({ ...base, platform: 'win32', output: FETCH_FAILED });
        expect(message).toContain('$env:ELECTRON_MIRROR="https://npmmirror.com/mirrors/electron/"; npm start');
        expect(message).toContain('$env:HTTPS_PROXY="http://proxy.example:8080"; $env:ELECTRON_GET_USE_PROXY="true"; npm start');
      });

      it('names the mirror that was asked when one is set', () => {
        const message = explainInstallFailure({ ...base, env: { ELECTRON_MIRROR: 'https://mirror.example/electron/' }, output: 'HTTPError: Response code 404 (Not Found)' });
        expect(message).toContain('Why: the mirror https://mirror.example/electron/ has no Electron files');
      });

      it('says plainly when the Node version is the reason, and what to install', () => {
        const message = explainInstallFailure({ ...base, nodeVersion: '20.10.0', output: REQUIRE_ESM });
        expect(message).toContain("Why: Electron's installer needs Node.js 22.12.0 or newer, and this is Node.js 20.10.0.");
        expect(message).toContain('install Node.js 22 LTS or newer from https://nodejs.org, then run `npm start` again');
        expect(message).not.toContain('ELECTRON_MIRROR');
      });

      it('adds the Node floor to a network failure on an older Node', () => {
        const message = explainInstallFailure({ ...base, nodeVersion: '20.20.2', output: FETCH_FAILED });
        expect(message).toContain('could not reach github.com');
        expect(message).toContain('Also: Electron\'s installer is made for Node.js 22.12.0 or newer, and this is Node.js 20.20.2.');
      });

      it('quotes the installer’s own error when the cause is unknown', () => {
        const message = explainInstallFailure({ ...base, output: 'Error: the zip had no electron in it\n    at extract (x.js:1:1)' });
        expect(message).toContain('Why: the installer stopped with: Error: the zip had no electron in it');
      });
    });
  });
});
