import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../../src/main/doctor/diagnosis';
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
      expect(next(snapshot('linux', '6.8', [device({})]))).toBe('Run: idevicebackup2 -u 00008120-001A2B3C4D5E001E backup --full ~/iPhone-backups');
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

    it('says a phone in recovery mode cannot be backed up until it restarts', () => {
      const recovery = device({ udid: 'usb:1-4:7', kind: 'recovery', name: null, seenBy: ['usb'] });
      expect(next(snapshot('macos', '15.1', [recovery]))).toBe('An iPhone in recovery mode cannot be backed up in this mode: restart it normally, then plug it in again.');
    });

    it('tells apart no phone from no usbmuxd', () => {
      expect(next(snapshot('macos', '15.1', []))).toBe('Plug your iPhone into this computer with a cable that carries data, and unlock it.');
      expect(next(snapshot('windows', '10.0.19045', [], { state: 'unavailable', reason: 'x' }))).toContain('Apple Mobile Device Service is not answering');
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
      expect(text).toContain("  - Ana's iPhone (iPhone15,2, iOS 18.1) over Wi-Fi and USB; trusts this computer");
      expect(text).toContain('  Backups      unavailable: Nothing reported on this source.');
      expect(text).toMatch(/^Next: Open iTunes/m);
    });

    it('ends with what the app window would show, from the same planner', () => {
      const text = formatText(doctorReport(snapshot('macos', '15.1', [device({ paired: false })])));
      expect(text).toContain('What the app shows:');
      expect(text).toContain('  Walkthrough:  step 2 of 6: Unlock the phone and tap Trust.');
      expect(text).toMatch(/^ {2}Next step: {4}Back up Ana's iPhone with Finder\. Next: unlock the phone and tap Trust\.$/m);
    });

    it('lists under each phone what it said about itself, or why it said nothing', () => {
      const now = new Date('2026-11-26T12:00:00Z');
      const answering = device({ phoneSays: PHONE_SAYS, phoneSaysReason: null });
      const locked = device({ udid: '00008120-00AAAAAAAAAAAAAA', name: "Bea's iPhone", phoneSays: null, phoneSaysReason: 'locked' });
      const text = formatText(doctorReport(snapshot('macos', '15.1', [answering, locked])), now);
      expect(text).toContain(
        [
          "  - Ana's iPhone (iPhone15,2, iOS 18.1) over USB; trusts this computer",
          '      iCloud Backup is off on this iPhone.',
          '      The iPhone says: charging now (64%).',
          '      This iPhone holds about 87 GB. Taking that as a rough estimate of its backup, the free 5 GB cannot hold it — 200 GB would.',
          '      Last iCloud backup: 14 Sep (the phone’s own record).',
          '      Last backup to a computer: 3 Nov (the phone’s own record).',
          '      Local backups will be encrypted.',
          "  - Bea's iPhone (iPhone15,2, iOS 18.1) over USB; trusts this computer",
          '      Says nothing: Unlock the iPhone, and it can answer some of these checks itself.',
        ].join('\n'),
      );
    });
  });
});
