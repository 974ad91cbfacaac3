import { describe, expect, it } from 'vitest';
import { readHost, type HostMachine } from '../../../../../../src/main/core/probes/host';
import type { CommandResult } from '../../../../../../src/main/core/probes/host/windows-software';

/** A stand-in computer: answers each program by name, and records what was run. */
function machine(platform: NodeJS.Platform, release: string, answers: Record<string, CommandResult> = {}, portOpen = false) {
  const ran: string[][] = [];
  const ports: string[] = [];
  const fake: HostMachine = {
    platform,
    release,
    run: async (file, args) => {
      ran.push([file, ...args]);
      return answers[file.split(/[\\/]/).pop() ?? file] ?? null;
    },
    port: async (host, port) => {
      ports.push(`${host}:${port}`);
      return portOpen;
    },
  };
  return { fake, ran, ports };
}

const UNKNOWN_SOFTWARE = { appleDevices: null, itunes: null, mobileDeviceService: null };

describe('probes', () => {
  describe('host on each kind of computer', () => {
    it('asks sw_vers for the macOS version and names the release', async () => {
      const mac = machine('darwin', '24.1.0', { sw_vers: { stdout: '15.1.1\n', exitCode: 0 } });
      const host = await readHost({ machine: mac.fake });
      expect(host).toEqual({ os: 'macos', version: '15.1.1', displayName: 'macOS Sequoia 15.1.1', appleSoftware: UNKNOWN_SOFTWARE });
      expect(mac.ran).toEqual([['/usr/bin/sw_vers', '-productVersion']]);
      expect(mac.ports).toEqual([]);
    });

    it('keeps a two-digit minor or patch version as sw_vers prints it', async () => {
      const host = await readHost({ machine: machine('darwin', '19.6.0', { sw_vers: { stdout: '10.15.7\n', exitCode: 0 } }).fake });
      expect(host.version).toBe('10.15.7');
      const sonoma = await readHost({ machine: machine('darwin', '23.6.0', { sw_vers: { stdout: '14.6.10\n', exitCode: 0 } }).fake });
      expect(sonoma.version).toBe('14.6.10');
    });

    it('falls back to the Darwin release when sw_vers cannot run, fails or prints something else', async () => {
      for (const answer of [null, { stdout: '15.1\n', exitCode: 1 }, { stdout: 'ProductVersion: 15.1', exitCode: 0 }, { stdout: '15.1 beta', exitCode: 0 }, { stdout: '', exitCode: 0 }]) {
        const host = await readHost({ machine: machine('darwin', '19.6.0', { sw_vers: answer }).fake });
        expect(host.version, JSON.stringify(answer)).toBe('10.15');
        expect(host.displayName).toBe('macOS Catalina 10.15');
      }
    });

    it('keeps the raw Darwin release when no table row knows it', async () => {
      const host = await readHost({ machine: machine('darwin', '99.1.0').fake });
      expect(host.os).toBe('macos');
      expect(host.version).toBe('99.1.0');
    });

    it('reads Apple software on Windows, from its own tools and the service port', async () => {
      const pc = machine(
        'win32',
        '10.0.22631',
        {
          'sc.exe': { stdout: 'STATE              : 1  STOPPED', exitCode: 0 },
          'reg.exe': { stdout: '', exitCode: 1 },
          'powershell.exe': { stdout: 'AppleInc.AppleDevices\r\n', exitCode: 0 },
        },
        true,
      );
      const host = await readHost({ machine: pc.fake });
      expect(host.os).toBe('windows');
      expect(host.version).toBe('10.0.22631');
      // The port answering outranks sc's "stopped": something serves usbmuxd there.
      expect(host.appleSoftware).toEqual({ appleDevices: true, itunes: 'none', mobileDeviceService: 'running' });
      expect(pc.ports).toEqual(['127.0.0.1:27015']);
      expect(pc.ran.map((command) => command[0]?.split('\\').pop())).toEqual(['sc.exe', 'reg.exe', 'reg.exe', 'powershell.exe']);
    });

    it('reads neither sw_vers nor Windows tools on Linux', async () => {
      const linux = machine('linux', '6.8.0-45-generic');
      const host = await readHost({ machine: linux.fake });
      expect(host).toEqual({ os: 'linux', version: '6.8.0-45-generic', displayName: expect.stringContaining('Linux'), appleSoftware: UNKNOWN_SOFTWARE });
      expect(linux.ran).toEqual([]);
      expect(linux.ports).toEqual([]);
    });

    it('prefers the override to the machine', async () => {
      const linux = machine('linux', '6.8.0');
      const host = await readHost({ override: { os: 'windows', version: '10.0.19045' }, machine: linux.fake });
      expect(host.os).toBe('windows');
      expect(host.appleSoftware).toEqual(UNKNOWN_SOFTWARE);
      expect(linux.ran).toEqual([]);
    });
  });
});
