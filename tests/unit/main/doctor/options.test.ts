import { describe, expect, it } from 'vitest';
import { parseDoctorArgs } from '../../../../src/main/doctor/options';

describe('doctor', () => {
  describe('parseDoctorArgs', () => {
    it('runs against the real world with no options', () => {
      expect(parseDoctorArgs([])).toEqual({ kind: 'run', json: false, world: {} });
    });

    it('passes every option on to the probes', () => {
      expect(
        parseDoctorArgs(['--json', '--usbmux', 'UNIX:/tmp/u', '--backups-dir', '/b', '--status-url', 'http://127.0.0.1:9/s.js', '--host', 'macos:10.14.6']),
      ).toEqual({
        kind: 'run',
        json: true,
        world: { usbmuxAddress: 'UNIX:/tmp/u', backupsDir: '/b', statusUrl: 'http://127.0.0.1:9/s.js', host: { os: 'macos', version: '10.14.6' } },
      });
      expect(parseDoctorArgs(['--offline', '--usbmux', '127.0.0.1:27015'])).toEqual({ kind: 'run', json: false, world: { offline: true, usbmuxAddress: '127.0.0.1:27015' } });
      expect(parseDoctorArgs(['--no-verify'])).toEqual({ kind: 'run', json: false, world: { verifyBackups: false } });
    });

    it('shows help', () => {
      expect(parseDoctorArgs(['--help'])).toEqual({ kind: 'help' });
      expect(parseDoctorArgs(['-h'])).toEqual({ kind: 'help' });
    });

    it.each([
      [['--frobnicate'], 'unknown option --frobnicate'],
      [['stray'], "unexpected argument 'stray'"],
      [['--usbmux'], 'option --usbmux needs a value'],
      [['--usbmux', '/var/run/usbmuxd'], '--usbmux: "/var/run/usbmuxd" is not UNIX:/path or host:port'],
      [['--status-url', 'not a url'], '--status-url: "not a url" is not an http(s) URL'],
      [['--status-url', 'http://x/', '--offline'], '--status-url and --offline cannot be used together'],
      [['--host', 'macos'], '--host: "macos" is not OS:VERSION (macos, windows or linux, e.g. macos:10.14.6)'],
      [['--host', 'haiku:1'], '--host: "haiku:1" is not OS:VERSION (macos, windows or linux, e.g. macos:10.14.6)'],
      [['--backups-dir', ' '], '--backups-dir needs a folder'],
    ])('refuses %j in one line', (args, message) => {
      expect(parseDoctorArgs(args)).toEqual({ kind: 'error', message });
    });
  });
});
