/**
 * The host probe: which operating system and version this computer runs and, on Windows, which
 * of Apple's programs are installed. Reads once at start; an OS does not change under a running app.
 */
import os from 'node:os';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { HostInfo, OsFamily } from '../../../../shared/snapshot';
import { hostDisplayName } from '../../../../shared/host-names';
import { OK, type Probe } from '../../probe';
import { macosVersionFromDarwin } from './darwin-release';
import { readWindowsAppleSoftware } from './windows-checks';
import { MAC_SW_VERS } from '../../../system-programs';

const run = promisify(execFile);

/** A host to plan for instead of the real one (the doctor's `--host`). */
export interface HostOverride {
  os: OsFamily;
  version: string;
}

/** Options for the host probe. */
export interface HostProbeOptions {
  override?: HostOverride;
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

async function macosVersion(): Promise<string> {
  try {
    const { stdout } = await run(MAC_SW_VERS, ['-productVersion'], { timeout: 3000 });
    const version = stdout.trim();
    if (/^\d+(\.\d+)*$/.test(version)) return version;
  } catch {
    // sw_vers missing or blocked: the kernel release still tells the major version.
  }
  return macosVersionFromDarwin(os.release()) ?? os.release();
}

/** Reads the real host, or reports the override as if it were real. */
export async function readHost(options: HostProbeOptions = {}): Promise<HostInfo> {
  if (options.override) return hostInfo(options.override.os, options.override.version);
  const family = osFamily(process.platform);
  const version = family === 'macos' ? await macosVersion() : os.release();
  const info = hostInfo(family, version);
  if (family !== 'windows') return info;
  return { ...info, appleSoftware: await readWindowsAppleSoftware() };
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
