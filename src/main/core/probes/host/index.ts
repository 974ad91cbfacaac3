/**
 * The host probe: which operating system and version this computer runs and, on Windows, which
 * of Apple's programs are installed. Reads once at start; an OS does not change under a running app.
 */
import os from 'node:os';
import type { HostInfo, OsFamily } from '../../../../shared/snapshot';
import { hostDisplayName } from '../../../../shared/host-names';
import { OK, type Probe } from '../../probe';
import { macosVersionFromDarwin } from './darwin-release';
import { portAnswers, readWindowsAppleSoftware, runCommand, type CommandRunner, type PortCheck } from './windows-checks';
import { MAC_SW_VERS } from '../../../system-programs';

/** A host to plan for instead of the real one (the doctor's `--host`). */
export interface HostOverride {
  os: OsFamily;
  version: string;
}

/** The machine the host probe reads; tests stand in a Mac or a Windows PC on any OS. */
export interface HostMachine {
  platform: NodeJS.Platform;
  /** The kernel release (`os.release()`): Darwin's on a Mac, the build on Windows. */
  release: string;
  /** Runs a program without a shell; null when it could not run. */
  run: CommandRunner;
  /** Whether something accepts TCP connections (Apple Mobile Device Service's port on Windows). */
  port: PortCheck;
}

/** The computer this app runs on. */
export const THIS_MACHINE: HostMachine = { platform: process.platform, release: os.release(), run: runCommand, port: portAnswers };

/** Options for the host probe. */
export interface HostProbeOptions {
  override?: HostOverride;
  machine?: HostMachine;
}

/** The OS family for a Node `process.platform` value. */
export function osFamily(platform: NodeJS.Platform): OsFamily {
  if (platform === 'darwin') return 'macos';
  if (platform === 'win32') return 'windows';
  if (platform === 'linux') return 'linux';
  return 'other';
}

/** Host facts with Apple software unknown; the Windows software check fills that in. */
export function hostInfo(family: OsFamily, version: string): HostInfo {
  return {
    os: family,
    version,
    displayName: hostDisplayName(family, version),
    appleSoftware: { appleDevices: null, itunes: null, mobileDeviceService: null },
  };
}

async function macosVersion(machine: HostMachine): Promise<string> {
  const answer = await machine.run(MAC_SW_VERS, ['-productVersion']);
  const version = answer?.exitCode === 0 ? answer.stdout.trim() : '';
  if (/^\d+(\.\d+)*$/.test(version)) return version;
  // sw_vers missing, blocked or odd: the kernel release still tells the major version.
  return macosVersionFromDarwin(machine.release) ?? machine.release;
}

/** Reads the real host, or reports the override as if it were real. */
export async function readHost(options: HostProbeOptions = {}): Promise<HostInfo> {
  if (options.override) return hostInfo(options.override.os, options.override.version);
  const machine = options.machine ?? THIS_MACHINE;
  const family = osFamily(machine.platform);
  const version = family === 'macos' ? await macosVersion(machine) : machine.release;
  const info = hostInfo(family, version);
  if (family !== 'windows') return info;
  return { ...info, appleSoftware: await readWindowsAppleSoftware(machine.run, machine.port) };
}

/** Creates the host probe. */
export function createHostProbe(options: HostProbeOptions = {}): Probe {
  return {
    source: 'host',
    async start(report) {
      report({ host: await readHost(options), source: OK });
    },
    stop() {},
  };
}
