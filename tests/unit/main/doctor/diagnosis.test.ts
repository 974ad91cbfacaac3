import { describe, expect, it } from 'vitest';
import { describeDevice, diagnose } from '../../../../src/main/doctor/diagnosis';
import { doctorReport } from '../../../../src/main/doctor/report';
import { formatText } from '../../../../src/main/doctor/format-text';
import { hostInfo } from '../../../../src/main/core/probes/host';
import { chooseRoute } from '../../../../src/shared/guidance/route';
import { emptySnapshot, type Device, type Snapshot } from '../../../../src/shared/snapshot';
import { PHONE_SAYS } from '../../../support/snapshots';

const OK = { state: 'ok', reason: null } as const;

function device(overrides: Partial<Device>): Device {
  return { udid: '00008120-001A2B3C4D5E001E', kind: 'iphone', name: "Ana's iPhone", iosVersion: '18.1', productType: 'iPhone15,2', connections: ['usb'], paired: true, seenBy: ['usbmux'], phoneSays: null, phoneSaysReason: 'not-trusted', ...overrides };
}

function snapshot(os: 'macos' | 'windows' | 'linux', version: string, devices: Device[], usbmux: Snapshot['sources']['usbmux'] = OK): Snapshot {
  const base = emptySnapshot();
  return { ...base, host: hostInfo(os, version), devices, sources: { ...base.sources, usbmux } };
}

const next = (s: Snapshot) => diagnose(s, chooseRoute(s.host)).next;

describe('doctor', () => {
  describe('diagnose', () => {
    it('sends a trusted phone to the program that backs it up', () => {
      expect(next(snapshot('macos', '15.1', [device({})]))).toBe("Open Finder, select Ana's iPhone in the sidebar under Locations, and click Back Up Now.");
      expect(next(snapshot('macos', '10.14.6', [device({})]))).toContain('Open iTunes');
      expect(next(snapshot('linux', '6.8', [device({})]))).toBe(
        `Run: mkdir -p "$HOME/iPhone-backups" && idevicebackup2 -u '00008120-001A2B3C4D5E001E' backup --full "$HOME/iPhone-backups"`,
      );
    });

    it('asks for Trust first when the phone does not trust this computer', () => {
      expect(next(snapshot('windows', '10.0.22631', [device({ paired: false })]))).toBe("Unlock Ana's iPhone, tap Trust when it asks about this computer, and enter your passcode.");
    });

    it("explains a phone Windows sees on USB but Apple's device support does not", () => {
      const usbOnly = device({ udid: 'usb:1-4:7', name: null, iosVersion: null, productType: null, paired: null, seenBy: ['usb'] });
      const s = snapshot('windows', '10.0.22631', [usbOnly], { state: 'unavailable', reason: 'Nothing answers at 127.0.0.1:27015.' });
      expect(next(s)).toContain('install Apple Devices from the Microsoft Store (or iTunes)');
      expect(diagnose(s, 'apple-devices').findings).toContain('An iPhone over USB; trust not known.');
    });

    it('names each device by its marketing name', () => {
      expect(diagnose(snapshot('macos', '15.1', [device({ productType: 'iPhone11,8' })]), 'finder').findings).toContain("Ana's iPhone (iPhone XR, iOS 18.1) over USB; trusts this computer.");
    });

    it('with --host, reports nothing of this computer’s phones or usbmuxd as the other computer’s', () => {
      const here = snapshot('windows', '10.0.19044', [], { state: 'pending', reason: 'Still looking.' });
      const { findings, next: advice } = diagnose(here, 'itunes', ['usb', 'usbmux', 'backups']);
      expect(findings[0]).toBe('The computer planned for runs Windows 10; local backups are made with iTunes.');
      expect(findings).toContain('Not checked, because they are this computer’s and not that one’s: USB, usbmuxd (phones), backup folders and free space.');
      expect(findings).not.toContain('No phone is connected.');
      expect(advice).not.toMatch(/usbmuxd|Apple Mobile Device Service is not answering/);
      expect(advice).toContain('On that computer, plug the phone in');
      expect(advice).toContain('Open iTunes');
    });

    it('says a phone in recovery mode cannot be backed up until it restarts', () => {
      const recovery = device({ udid: 'usb:1-4:7', kind: 'recovery', name: null, seenBy: ['usb'] });
      expect(next(snapshot('macos', '15.1', [recovery]))).toBe('An iPhone in recovery mode cannot be backed up in this mode: restart it normally, then plug it in again.');
    });

    it('tells apart no phone from no usbmuxd', () => {
      expect(next(snapshot('macos', '15.1', []))).toBe('Plug your iPhone into this computer with a cable that carries data, and unlock it.');
      expect(next(snapshot('windows', '10.0.19045', [], { state: 'unavailable', reason: 'x' }))).toContain('Apple Mobile Device Service is not answering');
    });

    it('names a device with no name by its kind, and says when it does not trust this computer', () => {
      const unnamed = (kind: Device['kind']) => diagnose(snapshot('macos', '15.1', [device({ kind, name: '\u202e', productType: null, iosVersion: null, paired: false })]), 'finder').findings.at(-1);
      expect(['iphone', 'ipad', 'ipod', 'recovery', 'dfu', 'other'].map((kind) => unnamed(kind as Device['kind']))).toEqual([
        'An iPhone over USB; does not trust this computer yet.',
        'An iPad over USB; does not trust this computer yet.',
        'An iPod touch over USB; does not trust this computer yet.',
        'An iPhone in recovery mode over USB; does not trust this computer yet.',
        'An iPhone in DFU mode over USB; does not trust this computer yet.',
        'An Apple device over USB; does not trust this computer yet.',
      ]);
      expect(next(snapshot('macos', '15.1', [device({ name: null, paired: false })]))).toBe('Unlock your iPhone, tap Trust when it asks about this computer, and enter your passcode.');
    });

    it('says what to do on each system when USB sees a phone that nothing else does, or usbmuxd does not answer', () => {
      const usbOnly = device({ udid: 'usb:1-4:7', name: null, iosVersion: null, productType: null, paired: null, seenBy: ['usb'] });
      const down = { state: 'unavailable', reason: 'x' } as const;
      expect(next(snapshot('linux', '6.8', [usbOnly], down))).toBe('USB sees an Apple device, but usbmuxd does not: install usbmuxd (apt install usbmuxd), then unplug the phone and plug it in again.');
      expect(next(snapshot('macos', '15.1', [usbOnly], down))).toBe('USB sees an Apple device that the system does not talk to: unplug it, plug it in again and unlock it.');
      expect(next(snapshot('linux', '6.8', [], down))).toBe('usbmuxd is not running: install it if it is missing (apt install usbmuxd); it starts by itself when a phone is plugged in.');
      expect(next(snapshot('macos', '15.1', [], down))).toBe('usbmuxd, which lets this Mac talk to iPhones, is not answering: restart the Mac.');
      const dfu = device({ udid: 'usb:1-4:8', kind: 'dfu', name: null, seenBy: ['usb'] });
      expect(next(snapshot('macos', '15.1', [dfu]))).toBe('An iPhone in DFU mode cannot be backed up in this mode: restart it normally, then plug it in again.');
    });

    it('sends the phone on a cable to the program, by name or as "your iPhone", and says so where no program exists', () => {
      const wifi = device({ udid: '00008030-000E45A02E38802E', name: 'Bea’s iPhone', connections: ['network'] });
      expect(next(snapshot('windows', '10.0.22631', [wifi, device({})]))).toBe("Open Apple Devices, select Ana's iPhone, and click Back Up Now on the General page.");
      expect(next(snapshot('windows', '10.0.22631', [device({ name: null })]))).toBe('Open Apple Devices, select your iPhone, and click Back Up Now on the General page.');
      expect(diagnose(snapshot('macos', '15.1', [device({})]), 'none').next).toBe('This computer has no program that makes iPhone backups: use a Mac or a Windows PC.');
      expect(diagnose(snapshot('macos', '15.1', []), 'finder').findings[0]).toBe('This computer runs macOS Sequoia 15.1; local backups are made with Finder.');
      expect(diagnose(snapshot('macos', '15.1', []), 'finder').findings).toContain('No phone is connected.');
      expect(diagnose(snapshot('macos', '15.1', [device({})]), 'finder').findings).not.toContain('No phone is connected.');
    });

    it('mentions iCloud Backup only when Apple reports a problem, not when it is up or unknown', () => {
      const withStatus = (state: 'available' | 'unknown' | 'maintenance') => diagnose({ ...snapshot('macos', '15.1', []), icloudBackupStatus: { state, message: 'Msg.' } }, 'finder').findings.filter((finding) => finding.startsWith('Apple reports'));
      expect(withStatus('available')).toEqual([]);
      expect(withStatus('unknown')).toEqual([]);
      expect(withStatus('maintenance')).toEqual(['Apple reports a problem with iCloud Backup (maintenance): Msg.']);
    });

    it("mentions Apple's own trouble with iCloud Backup", () => {
      const s = { ...snapshot('macos', '15.1', []), icloudBackupStatus: { state: 'outage' as const, message: 'Backups are failing.' } };
      expect(diagnose(s, 'finder').findings).toContain('Apple reports a problem with iCloud Backup (outage): Backups are failing.');
    });
  });

  describe('formatText', () => {
    it('lays out the computer, program, phones, sources and next step', () => {
      const text = formatText(doctorReport(snapshot('macos', '10.14.6', [device({ connections: ['network', 'usb'] })])));
      expect(text).toContain('Computer:       macOS Mojave 10.14.6');
      expect(text).toContain('Backup program: iTunes');
      expect(text).toMatch(/^Backup Lifeboat doctor \d+\.\d+\.\d+$/m);
      expect(text).toContain("  - Ana's iPhone (iPhone 14 Pro, iOS 18.1) over Wi-Fi and USB; trusts this computer");
      expect(text).toContain('  Backups      unavailable: Nothing reported on this source.');
      expect(text).toMatch(/^Next: Open iTunes/m);
    });

    it('gives each device its marketing name in the JSON, and the raw code only as a fallback', () => {
      const report = doctorReport(snapshot('macos', '15.1', [device({ productType: 'iPad13,4', kind: 'ipad' }), device({ udid: 'X', productType: 'iPhone99,1' })]));
      expect(report.devices.map((d) => d.modelName)).toEqual(['iPad Pro 11-inch (3rd generation)', 'iPhone (iPhone99,1)']);
    });

    it('describes a device with no known connection without saying how it is connected', () => {
      expect(describeDevice(device({ connections: [] }))).toBe("Ana's iPhone (iPhone 14 Pro, iOS 18.1); trusts this computer");
    });

    it('made from a snapshot alone, names no folder read and nothing left unchecked', () => {
      const report = doctorReport(snapshot('macos', '15.1', []));
      expect([report.backupFolders, report.notChecked]).toEqual([[], []]);
    });

    it('prints the folders it checked, the free space there and its own version', () => {
      const base = { ...snapshot('macos', '15.1', []), disk: { freeBytes: 12_400_000_000 } };
      const report = doctorReport(base, new Date(), { notChecked: [], backupFolders: ['/Users/ana/Library/Application Support/MobileSync/Backup'] });
      expect(report.doctor.version).toMatch(/^\d+\.\d+\.\d+$/);
      const text = formatText(report);
      expect(text).toContain('Folders checked:\n  - /Users/ana/Library/Application Support/MobileSync/Backup\nFree space:     12.4 GB where backups go');
    });

    it('with --host, marks this computer’s sources as not checked instead of reporting them as the other computer’s', () => {
      const report = doctorReport(snapshot('windows', '10.0.19044', []), new Date(), { notChecked: ['usb', 'usbmux', 'backups'], backupFolders: [] });
      for (const source of ['usb', 'usbmux', 'backups'] as const) expect(report.sources[source].reason).toMatch(/^Not checked: --host plans for another computer/);
      const text = formatText(report);
      expect(text).toContain('Computer:       Windows 10 (planned for with --host; not this computer)');
      expect(text).toMatch(/^Phones: +not checked/m);
      expect(text).toMatch(/^Backups: +not checked/m);
      expect(text).not.toMatch(/usbmuxd is not running|Apple Mobile Device Service is not answering|The service that talks to phones/);
    });

    it('ends with what the app window would show, from the same planner', () => {
      const text = formatText(doctorReport(snapshot('macos', '15.1', [device({ paired: false })])));
      expect(text).toContain('What the app shows:');
      expect(text).toContain('  Walkthrough:  step 2 of 6: Unlock the iPhone and tap Trust.');
      expect(text).toMatch(/^ {2}Next step: {4}Back up Ana's iPhone with Finder\. Next: unlock the iPhone and tap Trust\.$/m);
    });
  });
});

describe('doctor', () => {
  describe('hostile device text', () => {
    const evil = device({ name: 'Ana\u001b]52;c;cm0gLXJmIH4=\u0007\u001b[2J\u202Eenohp', productType: 'iPhone15,2\u001b[31m', udid: '$(touch ~/pwned) ; echo #' });

    it('prints no command with a UDID that is not shaped like one, and quotes the ones it prints', () => {
      expect(next(snapshot('linux', '6.8', [evil]))).toBe('Run: mkdir -p "$HOME/iPhone-backups" && idevicebackup2 backup --full "$HOME/iPhone-backups"');
      expect(next(snapshot('linux', '6.8', [device({})]))).toBe(`Run: mkdir -p "$HOME/iPhone-backups" && idevicebackup2 -u '00008120-001A2B3C4D5E001E' backup --full "$HOME/iPhone-backups"`);
    });

    it('writes no control or bidi character to the terminal, whatever the phone calls itself', () => {
      const text = formatText(doctorReport(snapshot('linux', '6.8', [evil])));
      // eslint-disable-next-line no-control-regex -- looking for exactly these.
      expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(text).toContain('Ana ]52;c;cm0gLXJmIH4= [2Jenohp');
      expect(text).not.toContain('touch ~/pwned');
    });
  });

  describe('what the phones say', () => {
    it('lists under each phone what it said about itself, or why it said nothing', () => {
      const now = new Date('2026-11-26T12:00:00Z');
      const answering = device({ phoneSays: PHONE_SAYS, phoneSaysReason: null });
      const locked = device({ udid: '00008120-00AAAAAAAAAAAAAA', name: "Bea's iPhone", phoneSays: null, phoneSaysReason: 'locked' });
      const text = formatText(doctorReport(snapshot('macos', '15.1', [answering, locked])), now);
      expect(text).toContain(
        [
          "  - Ana's iPhone (iPhone 14 Pro, iOS 18.1) over USB; trusts this computer",
          '      iCloud Backup is off on this iPhone.',
          '      The iPhone says: charging now (64%).',
          '      This iPhone holds about 87 GB. Taking that as a rough estimate of its backup, the free 5 GB cannot hold it — 200 GB would.',
          '      Last iCloud backup: Sep 14 (the phone’s own record).',
          '      Last backup to a computer: Nov 3 (the phone’s own record).',
          '      Local backups will be encrypted.',
          "  - Bea's iPhone (iPhone 14 Pro, iOS 18.1) over USB; trusts this computer",
          '      Says nothing: Unlock the iPhone, and it can answer some of these checks itself.',
        ].join('\n'),
      );
    });
  });
});
