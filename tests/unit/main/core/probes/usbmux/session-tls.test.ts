import { X509Certificate } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from 'plist';
import { parsePairRecord, type PairRecord } from '../../../../../../src/main/core/probes/usbmux/pair-record';
import { chooseCiphers, isPairedPhone, sessionCiphers, tlsVersionsFor } from '../../../../../../src/main/core/probes/usbmux/session-tls';
import { createPairing, type Pairing } from '../../../../../support/usbmuxd/pairing';

describe('probes', () => {
  describe('usbmux', () => {
    describe('session TLS', () => {
      describe('tlsVersionsFor', () => {
        it('offers TLS 1.0 up to 1.3, and only TLS 1.0 to phones before iOS 10, as libimobiledevice does', () => {
          expect(tlsVersionsFor('18.1')).toEqual({ minVersion: 'TLSv1', maxVersion: 'TLSv1.3' });
          expect(tlsVersionsFor('10.0')).toEqual({ minVersion: 'TLSv1', maxVersion: 'TLSv1.3' });
          expect(tlsVersionsFor('9.3.5')).toEqual({ minVersion: 'TLSv1', maxVersion: 'TLSv1' });
          expect(tlsVersionsFor(null)).toEqual({ minVersion: 'TLSv1', maxVersion: 'TLSv1.3' });
        });
      });

      describe('sessionCiphers', () => {
        it("asks OpenSSL for security level 0, which old phones' TLS 1.0 and SHA-1 certificates need", () => {
          expect(sessionCiphers()).toBe('ALL:!aNULL:!eNULL:@SECLEVEL=0');
        });

        it('leaves the level out for a TLS library that refuses it (BoringSSL in Electron), keeping the same ciphers', () => {
          expect(chooseCiphers((list) => !list.includes('@SECLEVEL'))).toBe('ALL:!aNULL:!eNULL');
        });
      });

      describe('isPairedPhone', () => {
        let pairing: Pairing;
        let stranger: Pairing;
        let record: PairRecord;
        beforeAll(async () => {
          [pairing, stranger] = await Promise.all([createPairing(), createPairing()]);
          record = parsePairRecord(Buffer.from(build(pairing.record))) as PairRecord;
        });

        it('accepts the certificate made for the phone at pairing', () => {
          expect(isPairedPhone(new X509Certificate(pairing.deviceCertificate), record)).toBe(true);
        });

        it("refuses another pairing's phone, a certificate-less peer and nonsense", () => {
          expect(isPairedPhone(new X509Certificate(stranger.deviceCertificate), record)).toBe(false);
          expect(isPairedPhone(new X509Certificate(stranger.rootCertificate), record)).toBe(false);
          expect(isPairedPhone(undefined, record)).toBe(false);
          const broken = { ...record, deviceCertificate: Buffer.from('nonsense'), rootCertificate: Buffer.from('nonsense') } as PairRecord;
          expect(isPairedPhone(new X509Certificate(pairing.deviceCertificate), broken)).toBe(false);
        });
      });
    });
  });
});
