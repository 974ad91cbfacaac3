import { describe, expect, it } from 'vitest';
import { cocoaDate, phoneSaysFrom } from '../../../../../../src/main/core/probes/usbmux/phone-says';
import { cocoaSeconds, phoneDomains } from '../../../../../support/usbmuxd/scripted-device';
import { PHONE_SAYS } from '../../../../../support/snapshots';

const NOW = new Date('2026-11-26T12:00:00Z');

describe('probes', () => {
  describe('usbmux', () => {
    describe('phoneSaysFrom', () => {
      it('reads the backup switch, encryption, both backup dates, the charge and the storage', () => {
        // The scripted phone's domains are the ones behind the page fixtures' PHONE_SAYS.
        expect(phoneSaysFrom(phoneDomains(), NOW)).toEqual(PHONE_SAYS);
      });

      it('says "not reported" (null) for every key a phone leaves out, and for a domain that did not answer', () => {
        const says = phoneSaysFrom({ 'com.apple.mobile.battery': { BatteryCurrentCapacity: 12 } }, NOW);
        expect(says).toEqual({
          icloudBackupEnabled: null,
          willEncrypt: null,
          lastComputerBackup: null,
          lastIcloudBackup: null,
          charging: null,
          onPower: null,
          batteryPercent: 12,
          storageUsedBytes: null,
          storageCapacityBytes: null,
        });
      });

      it('takes nothing of the wrong type or out of range as an answer', () => {
        const says = phoneSaysFrom(
          phoneDomains({
            backup: { CloudBackupEnabled: 'yes', WillEncrypt: 1, LastiTunesBackupDate: 'yesterday' },
            battery: { BatteryCurrentCapacity: 140, BatteryIsCharging: 'true' },
            disk: { TotalDataCapacity: -5, TotalDataAvailable: 1.5 },
          }),
          NOW,
        );
        expect(says).toMatchObject({ icloudBackupEnabled: null, willEncrypt: null, lastComputerBackup: null, batteryPercent: null, charging: null });
        expect(says.storageCapacityBytes).toBeNull();
        expect(says.storageUsedBytes).toBeNull();
      });

      it('takes the edges of each range: 0 and 100 percent, zero bytes, a phone with nothing free', () => {
        const says = phoneSaysFrom(phoneDomains({ battery: { BatteryCurrentCapacity: 0 }, disk: { TotalDataCapacity: 64, TotalDataAvailable: 64 } }), NOW);
        expect(says.batteryPercent).toBe(0);
        expect(says.storageUsedBytes).toBe(0);
        expect(phoneSaysFrom(phoneDomains({ battery: { BatteryCurrentCapacity: 100 } }), NOW).batteryPercent).toBe(100);
        expect(phoneSaysFrom(phoneDomains({ battery: { BatteryCurrentCapacity: 99.6 } }), NOW).batteryPercent).toBe(100);
        expect(phoneSaysFrom(phoneDomains({ battery: { BatteryCurrentCapacity: 100.5 } }), NOW).batteryPercent).toBeNull();
        expect(phoneSaysFrom(phoneDomains({ battery: { BatteryCurrentCapacity: -1 } }), NOW).batteryPercent).toBeNull();
        expect(phoneSaysFrom(phoneDomains({ battery: { BatteryCurrentCapacity: Number.NaN } }), NOW).batteryPercent).toBeNull();
        expect(phoneSaysFrom(phoneDomains({ battery: { BatteryCurrentCapacity: '80' } }), NOW).batteryPercent).toBeNull();
        const full = phoneSaysFrom(phoneDomains({ disk: { TotalDataCapacity: 64, TotalDataAvailable: 0 } }), NOW);
        expect(full.storageUsedBytes).toBe(64);
      });

      it('gives no used figure when only one of capacity and free space is known', () => {
        const disk = (answer: Record<string, number | string>) => phoneSaysFrom({ 'com.apple.disk_usage': answer }, NOW);
        expect(disk({ TotalDataCapacity: 64 })).toMatchObject({ storageCapacityBytes: 64, storageUsedBytes: null });
        expect(disk({ TotalDataAvailable: 10 })).toMatchObject({ storageCapacityBytes: null, storageUsedBytes: null });
        expect(disk({ TotalDataAvailable: 0 })).toMatchObject({ storageCapacityBytes: null, storageUsedBytes: null });
        expect(disk({ TotalDataCapacity: 2 ** 53, TotalDataAvailable: 10 })).toMatchObject({ storageCapacityBytes: null, storageUsedBytes: null });
        expect(disk({ TotalDataCapacity: '64', TotalDataAvailable: 10 })).toMatchObject({ storageCapacityBytes: null, storageUsedBytes: null });
      });

      it('does not make up a used figure when more is free than the phone holds', () => {
        const says = phoneSaysFrom(phoneDomains({ disk: { TotalDataCapacity: 10, TotalDataAvailable: 11 } }), NOW);
        expect(says.storageUsedBytes).toBeNull();
        expect(says.storageCapacityBytes).toBe(10);
      });
    });

    describe('cocoaDate', () => {
      it('reads seconds since 2001 as a moment in UTC, whatever zone the phone was in', () => {
        expect(cocoaDate(cocoaSeconds(new Date('2026-11-03T12:20:00Z')), NOW)).toBe('2026-11-03T12:20:00Z');
        expect(cocoaDate(0, new Date('2030-01-01T00:00:00Z'))).toBeNull();
      });

      it('also takes a plist date', () => {
        expect(cocoaDate(new Date('2026-10-01T08:00:00Z'), NOW)).toBe('2026-10-01T08:00:00Z');
      });

      it('refuses dates before the first iPhone and dates days in the future', () => {
        expect(cocoaDate(cocoaSeconds(new Date('2006-12-31T00:00:00Z')), NOW)).toBeNull();
        expect(cocoaDate(cocoaSeconds(new Date('2026-11-29T00:00:00Z')), NOW)).toBeNull();
        expect(cocoaDate(Number.NaN, NOW)).toBeNull();
        expect(cocoaDate('815386800', NOW)).toBeNull();
      });

      it('takes the first day of 2007 and a clock up to a day ahead, to the millisecond', () => {
        expect(cocoaDate(cocoaSeconds(new Date('2007-01-01T00:00:00Z')), NOW)).toBe('2007-01-01T00:00:00Z');
        const dayAhead = new Date(NOW.getTime() + 24 * 3600 * 1000);
        expect(cocoaDate(dayAhead, NOW)).toBe('2026-11-27T12:00:00Z');
        expect(cocoaDate(new Date(dayAhead.getTime() + 1), NOW)).toBeNull();
        // An hour ahead is a clock slightly off, not a date to refuse.
        expect(cocoaDate(new Date(NOW.getTime() + 3600 * 1000), NOW)).toBe('2026-11-26T13:00:00Z');
      });
    });
  });
});
