import { inspect } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from 'plist';
import bplistCreator from 'bplist-creator';
import { hasPairRecord, MAX_PAIR_RECORD_BYTES, parsePairRecord, readPairRecord, wipePairRecord, type PairRecord } from '../../../../../../src/main/core/probes/usbmux/pair-record';
import { parseUsbmuxAddress, type UsbmuxAddress } from '../../../../../../src/main/core/probes/usbmux/address';
import { startTestUsbmuxd, tempSocketPath } from '../../../../../support/usbmuxd/test-usbmuxd';
import { startAnsweringUsbmuxd } from '../../../../../support/usbmuxd/answering-usbmuxd';
import { ANAS_IPHONE, BRUNOS_IPAD } from '../../../../../support/usbmuxd/scripted-device';
import { createPairing, type Pairing } from '../../../../../support/usbmuxd/pairing';
import { machineStretch } from '../../../../../support/machine-load';
import { dictionaryBomb } from '../../../../../support/hostile/binary-plist-bytes';

/** A line from the middle of a PEM body: bytes that appear nowhere else. */
function bodyLine(pem: string): string {
  return pem.split('\n')[3] as string;
}

describe('probes', () => {
  describe('usbmux', () => {
    describe('pair record', () => {
      let pairing: Pairing;
      beforeAll(async () => {
        pairing = await createPairing();
      });

      it('reads the fields a session needs from an XML record, as usbmuxd on Linux keeps it', () => {
        const record = parsePairRecord(Buffer.from(build(pairing.record))) as PairRecord;
        expect(record.hostId).toBe(pairing.hostId);
        expect(record.systemBuid).toBe(pairing.systemBuid);
        expect(record.hostPrivateKey.toString()).toBe(pairing.record.HostPrivateKey?.toString());
        expect(record.deviceCertificate.toString()).toBe(pairing.deviceCertificate);
      });

      it('reads a binary record, as macOS keeps it', () => {
        const record = parsePairRecord(bplistCreator(pairing.record as never));
        expect(record?.hostId).toBe(pairing.hostId);
        expect(record?.rootCertificate.toString()).toBe(pairing.rootCertificate);
      });

      it('refuses a record without a field a session needs, or with a field that is not what it says', () => {
        const { HostPrivateKey: _key, ...withoutKey } = pairing.record;
        expect(parsePairRecord(Buffer.from(build(withoutKey)))).toBeNull();
        expect(parsePairRecord(Buffer.from(build({ ...pairing.record, DeviceCertificate: Buffer.from('not a certificate') })))).toBeNull();
        expect(parsePairRecord(Buffer.from(build({ ...pairing.record, HostID: 42 })))).toBeNull();
        expect(parsePairRecord(Buffer.from('not a plist'))).toBeNull();
      });

      it('refuses a record far larger than any real one without reading it', () => {
        const huge = Buffer.alloc(MAX_PAIR_RECORD_BYTES + 1, 0x20);
        expect(parsePairRecord(huge)).toBeNull();
      });

      it('reads a record of exactly the size limit, and refuses an empty one', () => {
        const xml = (padding: string) => Buffer.from(build({ ...pairing.record, Padding: padding }));
        const exact = xml('x'.repeat(MAX_PAIR_RECORD_BYTES - xml('x').length + 1));
        expect(exact.length).toBe(MAX_PAIR_RECORD_BYTES);
        expect(parsePairRecord(exact)?.hostId).toBe(pairing.hostId);
        // One byte more, and a record that would read perfectly well is refused unread.
        const over = xml('x'.repeat(MAX_PAIR_RECORD_BYTES - xml('x').length + 2));
        expect(over.length).toBe(MAX_PAIR_RECORD_BYTES + 1);
        expect(parsePairRecord(over)).toBeNull();
        expect(parsePairRecord(new Uint8Array(0))).toBeNull();
      });

      it('takes a host key in either PEM form libimobiledevice writes: PKCS#1 ("RSA PRIVATE KEY") and PKCS#8 ("PRIVATE KEY")', () => {
        const key = pairing.record.HostPrivateKey?.toString() ?? '';
        const pkcs8 = key.includes('RSA PRIVATE KEY') ? key.replaceAll('RSA PRIVATE KEY', 'PRIVATE KEY') : key;
        const pkcs1 = pkcs8.replaceAll('PRIVATE KEY', 'RSA PRIVATE KEY');
        for (const pem of [pkcs1, pkcs8]) {
          expect(parsePairRecord(Buffer.from(build({ ...pairing.record, HostPrivateKey: Buffer.from(pem) }))), pem.split('\n')[0]).not.toBeNull();
        }
        expect(parsePairRecord(Buffer.from(build({ ...pairing.record, HostPrivateKey: Buffer.from(pkcs8.replaceAll('PRIVATE KEY', 'PUBLIC KEY')) })))).toBeNull();
      });

      it('takes a certificate of up to 32 KiB and an id of up to 256 characters, and nothing longer', () => {
        const pem = (size: number) => {
          const label = Buffer.from('-----BEGIN CERTIFICATE-----\n');
          return Buffer.concat([label, Buffer.alloc(size - label.length, 0x41)]);
        };
        const withField = (fields: Record<string, unknown>) => parsePairRecord(Buffer.from(build({ ...pairing.record, ...fields } as never)));
        expect(withField({ RootCertificate: pem(32 * 1024) })).not.toBeNull();
        expect(withField({ RootCertificate: pem(32 * 1024 + 1) })).toBeNull();
        expect(withField({ RootCertificate: Buffer.alloc(0) })).toBeNull();
        expect(withField({ HostID: 'H'.repeat(256) })?.hostId).toBe('H'.repeat(256));
        expect(withField({ HostID: 'H'.repeat(257) })).toBeNull();
        expect(withField({ SystemBUID: '' })).toBeNull();
      });

      it('refuses a record whose top level is not a dictionary', () => {
        for (const body of ['<array/>', '<string>HostID</string>', '<date>2026-11-20T12:00:00Z</date>', '<data>AAEC</data>']) {
          expect(parsePairRecord(Buffer.from(`<?xml version="1.0"?><plist version="1.0">${body}</plist>`)), body).toBeNull();
        }
      });

      it('reads the record through the bounded plist reader: a 200-byte reference bomb is refused at once, not expanded', () => {
        const bomb = dictionaryBomb('HostID');
        expect(bomb.length).toBeLessThan(400);
        const started = performance.now();
        expect(parsePairRecord(bomb)).toBeNull();
        // Naively expanded it would be 2 ** 32 values; the reader stops at its budget of 20,000.
        expect(performance.now() - started).toBeLessThan(1000 * machineStretch());
      });

      it('never shows its keys when printed, logged or serialized', () => {
        const record = parsePairRecord(Buffer.from(build(pairing.record))) as PairRecord;
        const shown = [JSON.stringify(record), JSON.stringify({ record }), inspect(record, { showHidden: true, depth: 5 }), String(record), `${record}`, inspect({ nested: [record] })];
        for (const text of shown) {
          for (const secret of pairing.hostSecrets) expect(text).not.toContain(bodyLine(secret));
          expect(text).not.toContain(pairing.hostId);
        }
        expect(Object.keys(record)).toEqual([]);
      });

      it('prints as a placeholder that says a record was there and was held back', () => {
        // A log line then tells the reader the record was withheld on purpose, not missing or empty.
        const record = parsePairRecord(Buffer.from(build(pairing.record))) as PairRecord;
        expect(String(record)).toBe('[pair record withheld]');
        expect(JSON.stringify({ record })).toBe('{"record":"[pair record withheld]"}');
        expect(inspect(record, { showHidden: true })).toBe('[pair record withheld]');
        expect(inspect({ nested: [record] })).toBe("{ nested: [ [pair record withheld] ] }");
      });

      it('overwrites its keys and certificates once wiped', () => {
        const record = parsePairRecord(Buffer.from(build(pairing.record))) as PairRecord;
        wipePairRecord(record);
        for (const bytes of [record.hostPrivateKey, record.hostCertificate, record.rootCertificate, record.deviceCertificate]) {
          expect(bytes.every((byte) => byte === 0)).toBe(true);
        }
      });

      it('asks usbmuxd: a phone that trusts this computer has a record, one that does not has none, and no usbmuxd tells nothing', async () => {
        const usbmuxd = await startTestUsbmuxd({ devices: [ANAS_IPHONE, { ...BRUNOS_IPAD, paired: false }] });
        const address = parseUsbmuxAddress(usbmuxd.address) as UsbmuxAddress;
        try {
          const answer = await readPairRecord(address, ANAS_IPHONE.udid, 5000);
          expect(answer.state).toBe('present');
          expect(await hasPairRecord(address, ANAS_IPHONE.udid, 5000)).toBe(true);
          expect(await readPairRecord(address, BRUNOS_IPAD.udid, 5000)).toEqual({ state: 'absent' });
          expect(await hasPairRecord(address, BRUNOS_IPAD.udid, 5000)).toBe(false);
        } finally {
          await usbmuxd.stop();
        }
        const nowhere = { kind: 'unix', path: tempSocketPath() } as const;
        expect(await readPairRecord(nowhere, ANAS_IPHONE.udid, 2000)).toEqual({ state: 'unknown' });
        expect(await hasPairRecord(nowhere, ANAS_IPHONE.udid, 2000)).toBeNull();
      });

      it.each([
        ['a damaged record', { PairRecordData: Buffer.from('not a pair record') }, { state: 'unusable' }, true],
        ['a result number that is not 0', { MessageType: 'Result', Number: 2 }, { state: 'absent' }, false],
        ['a bare number that is not 0, as some daemons answer', { Number: 2 }, { state: 'absent' }, false],
        ['a result of 0 with no record', { MessageType: 'Result', Number: 0 }, { state: 'unknown' }, null],
        ['nothing it understands', { MessageType: 'Result' }, { state: 'unknown' }, null],
      ] as const)('reads %s from usbmuxd as the phone’s trust', async (_what, reply, answer, trusted) => {
        const usbmuxd = await startAnsweringUsbmuxd(reply as never);
        try {
          expect(await readPairRecord(usbmuxd.address, ANAS_IPHONE.udid, 5000)).toEqual(answer);
          // A damaged record still means the phone was paired with this computer.
          expect(await hasPairRecord(usbmuxd.address, ANAS_IPHONE.udid, 5000)).toBe(trusted);
        } finally {
          await usbmuxd.close();
        }
      });
    });
  });
});
