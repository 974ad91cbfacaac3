import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deviceFactsComplete, INFO_PLIST_KEYS, infoFacts, manifestFacts, statusFacts } from '../../../../../../src/main/core/probes/backups/plist-facts';
import type { PlistValue } from '../../../../../../src/main/core/probes/backups/plist';

const anyPlistValue: fc.Arbitrary<PlistValue> = fc.letrec<{ value: PlistValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.date({ noInvalidDate: false }),
    fc.uint8Array({ maxLength: 4 }),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('SnapshotState', 'Date', 'IsEncrypted', 'Lockdown', 'UniqueDeviceID', 'DeviceName', 'Device Name', 'Last Backup Date', 'x'), tie('value'), { maxKeys: 5 }),
  ),
})).value;

describe('backups probe', () => {
  describe('statusFacts', () => {
    it('knows finished, unfinished and unknown', () => {
      const date = new Date('2024-05-01T09:30:00Z');
      expect(statusFacts({ SnapshotState: 'finished', Date: date })).toEqual({ state: 'finished', date, oddity: null });
      expect(statusFacts({ SnapshotState: 'uploading' })).toEqual({ state: 'unfinished', date: null, oddity: null });
      expect(statusFacts({ SnapshotState: 3, Date: 'yesterday' })).toMatchObject({ state: 'unknown', date: null, oddity: expect.stringMatching(/not readable/) });
      expect(statusFacts({ Date: date })).toMatchObject({ state: 'unknown', oddity: expect.stringMatching(/does not say/) });
      expect(statusFacts(['finished'])).toMatchObject({ state: 'unknown', oddity: expect.stringMatching(/usual settings/) });
    });
    it('treats an invalid date as no date', () => {
      expect(statusFacts({ SnapshotState: 'finished', Date: new Date(Number.NaN) }).date).toBeNull();
    });
    it('keeps the date of a Status.plist that does not say, or says unreadably, whether the backup finished', () => {
      // The date still tells when the backup was made, which the list shows whatever the state.
      const date = new Date('2024-05-01T09:30:00Z');
      expect(statusFacts({ Date: date })).toMatchObject({ state: 'unknown', date });
      expect(statusFacts({ SnapshotState: 3, Date: date })).toMatchObject({ state: 'unknown', date });
    });
  });

  describe('manifestFacts', () => {
    it('reads encryption and the Lockdown device facts', () => {
      const facts = manifestFacts({ IsEncrypted: true, Lockdown: { UniqueDeviceID: 'abc', DeviceName: ' Ann ', ProductType: 'iPhone14,5', ProductVersion: '17.5' } });
      expect(facts).toEqual({ encrypted: true, date: null, oddity: null, device: { udid: 'abc', deviceName: 'Ann', productType: 'iPhone14,5', iosVersion: '17.5' } });
      expect(deviceFactsComplete(facts.device)).toBe(true);
    });
    it('calls an IsEncrypted of the wrong type unknown, and says so', () => {
      expect(manifestFacts({ IsEncrypted: 'yes', Lockdown: 5 })).toMatchObject({ encrypted: null, oddity: expect.stringMatching(/encrypted/), device: { udid: null } });
    });
    it('reads the date, a plain false, and says nothing odd when IsEncrypted is simply absent', () => {
      const date = new Date('2024-05-01T09:30:00Z');
      expect(manifestFacts({ IsEncrypted: false, Date: date })).toMatchObject({ encrypted: false, date, oddity: null });
      expect(manifestFacts({ Date: date })).toMatchObject({ encrypted: null, date, oddity: null });
    });
    it('finds no settings in a value that is not a dictionary, whatever kind it is', () => {
      for (const value of [new Date('2024-05-01T09:30:00Z'), new Uint8Array([1, 2]), ['IsEncrypted'], 'IsEncrypted', null] as PlistValue[]) {
        expect(manifestFacts(value)).toEqual({ encrypted: null, date: null, oddity: expect.stringMatching(/usual settings/), device: { udid: null, deviceName: null, productType: null, iosVersion: null } });
      }
      for (const lockdown of [new Date(), new Uint8Array([1]), [{ UniqueDeviceID: 'abc' }]] as PlistValue[]) {
        expect(manifestFacts({ IsEncrypted: true, Lockdown: lockdown }).device.udid).toBeNull();
      }
    });
    it('counts a name of spaces alone as no name', () => {
      expect(manifestFacts({ Lockdown: { DeviceName: '   ', UniqueDeviceID: '' } }).device).toMatchObject({ deviceName: null, udid: null });
    });
  });

  describe('deviceFactsComplete', () => {
    it('is false while any one fact is missing', () => {
      const whole = { udid: 'abc', deviceName: 'Ann', productType: 'iPhone14,5', iosVersion: '17.5' };
      expect(deviceFactsComplete(whole)).toBe(true);
      for (const key of Object.keys(whole)) expect(deviceFactsComplete({ ...whole, [key]: null }), key).toBe(false);
    });
  });

  describe('infoFacts', () => {
    it('reads the last backup date and every device fact', () => {
      const date = new Date('2024-05-01T09:30:00Z');
      const info = {
        'Last Backup Date': date,
        'Unique Identifier': 'abc',
        'Target Identifier': 'def',
        'Device Name': 'Ann',
        'Display Name': 'Bob',
        'Product Type': 'iPhone14,5',
        'Product Version': '17.5',
      };
      const expected = { lastBackupDate: date, device: { udid: 'abc', deviceName: 'Ann', productType: 'iPhone14,5', iosVersion: '17.5' } };
      expect(infoFacts(info)).toEqual(expected);
      // A big Info.plist is read only as far as INFO_PLIST_KEYS: they must be every key the facts come from.
      expect(new Set(Object.keys(info))).toEqual(INFO_PLIST_KEYS);
    });
    it('falls back from Device Name to Display Name and from Unique to Target Identifier', () => {
      expect(infoFacts({ 'Display Name': 'Bob', 'Target Identifier': 'def', 'Device Name': 7 }).device).toMatchObject({ deviceName: 'Bob', udid: 'def' });
    });
  });

  describe('every reader', () => {
    it('never throws and always gives well-typed facts, whatever the plist holds', () => {
      fc.assert(
        fc.property(anyPlistValue, (value) => {
          const status = statusFacts(value);
          const manifest = manifestFacts(value);
          const info = infoFacts(value);
          expect(['finished', 'unfinished', 'unknown']).toContain(status.state);
          expect([true, false, null]).toContain(manifest.encrypted);
          for (const date of [status.date, manifest.date, info.lastBackupDate]) {
            if (date !== null) expect(Number.isNaN(date.getTime())).toBe(false);
          }
          for (const text of Object.values({ ...manifest.device, ...info.device })) expect(text === null || typeof text === 'string').toBe(true);
        }),
        { numRuns: 300 },
      );
    });
  });
});
