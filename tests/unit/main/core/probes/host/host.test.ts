import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { createHostProbe, osFamily, readHost } from '../../../../../../src/main/core/probes/host';
import { macosVersionFromDarwin } from '../../../../../../src/main/core/probes/host/darwin-release';
import type { ProbeReport } from '../../../../../../src/main/core/probe';

describe('probes', () => {
  describe('host', () => {
    it('maps Node platforms to OS families', () => {
      expect(osFamily('darwin')).toBe('macos');
      expect(osFamily('win32')).toBe('windows');
      expect(osFamily('linux')).toBe('linux');
      expect(osFamily('freebsd')).toBe('other');
    });

    it('reads this machine as Linux with its kernel release', async () => {
      const host = await readHost();
      expect(host.os).toBe(osFamily(process.platform));
      expect(host.version).toBe(process.platform === 'darwin' ? host.version : os.release());
    });

    it('plans for an overridden host as if it were real', async () => {
      const reports: ProbeReport[] = [];
      await createHostProbe({ override: { os: 'macos', version: '10.14.6' } }).start((r) => reports.push(r));
      expect(reports[0]?.host?.displayName).toBe('macOS Mojave 10.14.6');
      expect(reports[0]?.source?.state).toBe('ok');
    });

    it('names itself the host source', () => {
      expect(createHostProbe().source).toBe('host');
    });

    it('knows macOS from the Darwin release when sw_vers cannot run', () => {
      expect(macosVersionFromDarwin('18.7.0')).toBe('10.14');
      expect(macosVersionFromDarwin('19.6.0')).toBe('10.15');
      expect(macosVersionFromDarwin('24.1.0')).toBe('15');
      expect(macosVersionFromDarwin('25.0.0')).toBe('26');
      expect(macosVersionFromDarwin('99.0.0')).toBeNull();
    });
  });
});
