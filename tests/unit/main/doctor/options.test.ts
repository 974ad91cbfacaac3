import { describe, expect, it } from 'vitest';
import { parseDoctorArgs, USAGE } from '../../../../src/main/doctor/options';

describe('doctor', () => {
  describe('parseDoctorArgs', () => {
    it('runs against the real world with no options', () => {
      expect(parseDoctorArgs([])).toEqual({ kind: 'run', json: false, world: {}, notChecked: [] });
    });

    it('passes every option on to the probes', () => {
      expect(
        parseDoctorArgs(['--json', '--usbmux', 'UNIX:/tmp/u', '--backups-dir', '/b', '--status-url', 'http://127.0.0.1:9/s.js', '--host', 'macos:10.14.6']),
      ).toEqual({
        kind: 'run',
        json: true,
        world: { usbmuxAddress: 'UNIX:/tmp/u', backupsDir: '/b', statusUrl: 'http://127.0.0.1:9/s.js', host: { os: 'macos', version: '10.14.6' } },
        notChecked: ['usb'],
      });
      expect(parseDoctorArgs(['--offline', '--usbmux', '127.0.0.1:27015'])).toEqual({ kind: 'run', json: false, world: { offline: true, usbmuxAddress: '127.0.0.1:27015' }, notChecked: [] });
      expect(parseDoctorArgs(['--no-verify'])).toEqual({ kind: 'run', json: false, world: { verifyBackups: false }, notChecked: [] });
    });

    it('with --host alone, leaves this computer’s USB, usbmuxd and backup folders unchecked', () => {
      expect(parseDoctorArgs(['--host', 'windows:10.0.19044'])).toMatchObject({ kind: 'run', notChecked: ['usb', 'usbmux', 'backups'] });
      expect(parseDoctorArgs(['--host', 'windows:10.0.19044', '--backups-dir', '/b'])).toMatchObject({ kind: 'run', notChecked: ['usb', 'usbmux'] });
    });

    it('reads --host with any case and stray spaces around it', () => {
      expect(parseDoctorArgs(['--host', ' MacOS:14.2 '])).toMatchObject({ kind: 'run', world: { host: { os: 'macos', version: '14.2' } } });
    });

    it('takes an https status feed as well as an http one', () => {
      expect(parseDoctorArgs(['--status-url', 'https://status.example/feed.js'])).toMatchObject({ kind: 'run', world: { statusUrl: 'https://status.example/feed.js' } });
    });

    it('shows help', () => {
      expect(parseDoctorArgs(['--help'])).toEqual({ kind: 'help' });
      expect(parseDoctorArgs(['-h'])).toEqual({ kind: 'help' });
    });

    it.each([
      [['--frobnicate'], 'unknown option --frobnicate'],
      [['stray'], "unexpected argument 'stray'"],
      [['--usbmux'], 'option --usbmux needs a value'],
      [['--usbmux', '/var/run/usbmuxd'], '--usbmux: "/var/run/usbmuxd" is not UNIX:/path, a named pipe, or a port on this computer such as 127.0.0.1:27015'],
      [['--usbmux', '192.168.1.20:27015'], '--usbmux: "192.168.1.20:27015" is not UNIX:/path, a named pipe, or a port on this computer such as 127.0.0.1:27015'],
      [['--status-url', 'not a url'], '--status-url: "not a url" is not an http(s) URL'],
      [['--status-url', 'http://x/', '--offline'], '--status-url and --offline cannot be used together'],
      [['--host', 'macos'], '--host: "macos" is not OS:VERSION (macos, windows or linux, e.g. macos:10.14.6)'],
      [['--host', 'haiku:1'], '--host: "haiku:1" is not OS:VERSION (macos, windows or linux, e.g. macos:10.14.6)'],
      [['--host', 'os-macos:14'], '--host: "os-macos:14" is not OS:VERSION (macos, windows or linux, e.g. macos:10.14.6)'],
      [['--host', 'macos:14 beta'], '--host: "macos:14 beta" is not OS:VERSION (macos, windows or linux, e.g. macos:10.14.6)'],
      [['--status-url', 'file:///etc/status.js'], '--status-url: "file:///etc/status.js" is not an http(s) URL'],
      [['--usbmux', '--json'], 'option --usbmux needs a value'],
      // A switch given a value is told so, not told it needs one.
      [['--json=yes'], 'option --json takes no value'],
      [['--help=yes'], 'option --help takes no value'],
      [['--backups-dir', ' '], '--backups-dir needs a folder'],
    ])('refuses %j in one line', (args, message) => {
      expect(parseDoctorArgs(args)).toEqual({ kind: 'error', message });
    });

    it('documents every option it accepts in the usage text', () => {
      for (const option of ['--json', '--usbmux ADDRESS', '--backups-dir DIR', '--status-url URL', '--offline', '--no-verify', '--host OS:VERSION', '-h, --help']) {
        expect(USAGE).toContain(`  ${option} `);
      }
      expect(USAGE).toMatch(/^Usage: npm run doctor -- \[options\]\n/);
    });
  });
});
