import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { commandRunner, portAnswers, portCheck, readWindowsAppleSoftware, runCommand } from '../../../../../../src/main/core/probes/host/windows-checks';
import { windowsDirectory } from '../../../../../../src/main/system-programs';

const servers: net.Server[] = [];
const sockets: net.Socket[] = [];
const children: ChildProcess[] = [];
afterEach(async () => {
  sockets.splice(0).forEach((socket) => socket.destroy());
  children.splice(0).forEach((child) => child.kill());
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function listening(): Promise<number> {
  const server = net.createServer((socket) => socket.end());
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

/**
 * A port that neither accepts nor refuses, as a hung service's: another process listens with room
 * for one waiting connection and never takes any, and a few connections fill that room, so the
 * system drops every further attempt unanswered.
 */
async function unanswering(): Promise<number> {
  const script = `
    const server = require('node:net').createServer();
    server.listen({ port: 0, host: '127.0.0.1', backlog: 1 }, () => {
      require('node:fs').writeSync(1, server.address().port + '\\n');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
    });`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'ignore'] });
  children.push(child);
  const port = await new Promise<number>((resolve) => child.stdout?.once('data', (data) => resolve(Number(String(data).trim()))));
  const filled = new Promise((resolve) => {
    for (let i = 0; i < 8; i += 1) {
      const socket = net.connect(port, '127.0.0.1');
      socket.on('error', () => {});
      socket.once('connect', resolve);
      sockets.push(socket);
    }
  });
  await filled;
  return port;
}

describe('probes', () => {
  describe('Windows checks', () => {
    it('asks the service, both registry keys, the Store packages and the usbmuxd port, exactly', async () => {
      const ran: string[][] = [];
      const ports: string[] = [];
      await readWindowsAppleSoftware(
        async (file, args) => {
          ran.push([file, ...args]);
          return null;
        },
        async (host, port) => {
          ports.push(`${host}:${port}`);
          return false;
        },
      );
      const windows = windowsDirectory();
      expect(ran).toEqual([
        [`${windows}\\System32\\sc.exe`, 'query', 'Apple Mobile Device Service'],
        [`${windows}\\System32\\reg.exe`, 'query', 'HKLM\\SOFTWARE\\Apple Inc.\\Apple Mobile Device Support', '/v', 'InstallDir'],
        [`${windows}\\System32\\reg.exe`, 'query', 'HKLM\\SOFTWARE\\Apple Computer, Inc.\\iTunes'],
        [`${windows}\\System32\\WindowsPowerShell\\v1.0\\powershell.exe`, '-NoProfile', '-NonInteractive', '-Command', "Get-AppxPackage -Name 'AppleInc.*' | ForEach-Object { $_.Name }"],
      ]);
      expect(ports).toEqual(['127.0.0.1:27015']);
    });

    it('leaves everything unknown when no command can run and the port is shut', async () => {
      expect(await readWindowsAppleSoftware(async () => null, async () => false)).toEqual({ appleDevices: null, itunes: null, mobileDeviceService: null });
    });

    it('runs a real program and returns what it printed and how it exited', async () => {
      expect(await runCommand(process.execPath, ['-e', 'process.stdout.write("STATE : 4 RUNNING")'])).toEqual({ stdout: 'STATE : 4 RUNNING', exitCode: 0 });
      expect(await runCommand(process.execPath, ['-e', 'process.stdout.write("ERROR"); process.exit(1)'])).toEqual({ stdout: 'ERROR', exitCode: 1 });
    });

    it('reads a program that cannot be started as unknown, not as an exit code', async () => {
      expect(await runCommand('/nonexistent/sc.exe', ['query'])).toBeNull();
    });

    it('stops a program that outlasts its time limit and counts it as not run', async () => {
      const hangs = ['-e', 'process.stdout.write("STATE : 4"); setTimeout(() => {}, 15000)'];
      expect(await commandRunner(300)(process.execPath, hangs)).toBeNull();
    });

    it('hears a refused connection at once, not at its time limit', async () => {
      const shut = await listening();
      await new Promise((resolve) => servers.pop()?.close(resolve));
      // A limit far beyond the test's own: only the refusal itself can end the check in time.
      expect(await portCheck(10 * 60_000)('127.0.0.1', shut)).toBe(false);
    });

    it('gives up on a port that never answers at its time limit, as no answer', async () => {
      const hung = await unanswering();
      expect(await portCheck(300)('127.0.0.1', hung)).toBe(false);
    });

    it('hears a listening port, and a shut one as no answer', async () => {
      const open = await listening();
      expect(await portAnswers('127.0.0.1', open)).toBe(true);
      const shut = await listening();
      await new Promise((resolve) => servers.pop()?.close(resolve));
      expect(await portAnswers('127.0.0.1', shut)).toBe(false);
    });
  });
});
