/**
 * Runs the Windows checks for Apple's software: the commands in parallel, each with a time limit,
 * and a TCP connect to Apple Mobile Device Service's usbmuxd port. A command that cannot run
 * leaves its answer unknown; nothing here throws.
 */
import { execFile } from 'node:child_process';
import net from 'node:net';
import type { AppleSoftware } from '../../../../shared/snapshot';
import { appleSoftwareFrom, type CommandResult } from './windows-software';
import { windowsProgram } from '../../../system-programs';

/** Runs a program and returns what it printed, or null when it could not run. */
export type CommandRunner = (file: string, args: string[]) => Promise<CommandResult>;

/** Whether something accepts TCP connections at host:port. */
export type PortCheck = (host: string, port: number) => Promise<boolean>;

const COMMAND_TIMEOUT_MS = 8000;
const PORT_TIMEOUT_MS = 1500;

/** A real runner: no shell, hidden window; a program still running after `timeoutMs` is stopped and counts as not run. */
export function commandRunner(timeoutMs = COMMAND_TIMEOUT_MS): CommandRunner {
  return (file, args) =>
    new Promise((resolve) => {
      execFile(file, args, { timeout: timeoutMs, windowsHide: true }, (error, stdout) => {
        if (!error) return resolve({ stdout: String(stdout), exitCode: 0 });
        const code = (error as { code?: unknown }).code;
        resolve(typeof code === 'number' ? { stdout: String(stdout), exitCode: code } : null);
      });
    });
}

/** The runner the host probe uses. */
export const runCommand: CommandRunner = commandRunner();

/** A real port check: a TCP connect, given up as no answer after `timeoutMs`. */
export function portCheck(timeoutMs = PORT_TIMEOUT_MS): PortCheck {
  return (host, port) =>
    new Promise((resolve) => {
      const socket = net.connect(port, host);
      const done = (answer: boolean) => {
        clearTimeout(timer);
        socket.destroy();
        resolve(answer);
      };
      const timer = setTimeout(() => done(false), timeoutMs);
      socket.once('connect', () => done(true));
      socket.once('error', () => done(false));
    });
}

/** The port check the host probe uses. */
export const portAnswers: PortCheck = portCheck();

/** Reads Apple's software on this Windows machine. */
export async function readWindowsAppleSoftware(run: CommandRunner = runCommand, port: PortCheck = portAnswers): Promise<AppleSoftware> {
  const [service, mobileDeviceSupportKey, itunesKey, appx, answers] = await Promise.all([
    run(windowsProgram('sc.exe'), ['query', 'Apple Mobile Device Service']),
    run(windowsProgram('reg.exe'), ['query', 'HKLM\\SOFTWARE\\Apple Inc.\\Apple Mobile Device Support', '/v', 'InstallDir']),
    run(windowsProgram('reg.exe'), ['query', 'HKLM\\SOFTWARE\\Apple Computer, Inc.\\iTunes']),
    run(windowsProgram('powershell.exe'), ['-NoProfile', '-NonInteractive', '-Command', "Get-AppxPackage -Name 'AppleInc.*' | ForEach-Object { $_.Name }"]),
    port('127.0.0.1', 27015),
  ]);
  return appleSoftwareFrom({ service, mobileDeviceSupportKey, itunesKey, appx, portAnswers: answers });
}
