import { constants, X509Certificate } from 'node:crypto';
import net, { type AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import forge from 'node-forge';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { build } from 'plist';
import { parsePairRecord, type PairRecord } from '../../../../../../src/main/core/probes/usbmux/pair-record';
import { acceptsCiphers, chooseCiphers, isPairedPhone, sessionCiphers, tlsVersionsFor, upgradeToTls } from '../../../../../../src/main/core/probes/usbmux/session-tls';
import { createPairing, type Pairing } from '../../../../../support/usbmuxd/pairing';

/** A certificate for the key `privateKeyPem` holds, signed by that key itself rather than by any pairing's root. */
function selfSigned(privateKeyPem: string): string {
  const key = forge.pki.privateKeyFromPem(privateKeyPem);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = '02';
  cert.validity.notBefore = new Date();
  cert.validity.notAfter = new Date(Date.now() + 24 * 60 * 60 * 1000);
  cert.sign(key, forge.md.sha256.create());
  return forge.pki.certificateToPem(cert);
}

/** A phone's TLS side on a local port, showing `cert` for `key`; `silent` takes the connection and never answers the handshake. */
async function phoneEnd(identity: { key: string; cert: string } | 'silent'): Promise<{ port: number; close: () => void }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => socket.destroy());
    if (identity === 'silent') return;
    const secure = new tls.TLSSocket(socket, { isServer: true, key: identity.key, cert: identity.cert, minVersion: 'TLSv1' });
    secure.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

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

        it("asks this runtime's TLS library whether it takes a list, rather than assuming", () => {
          expect(acceptsCiphers('ALL:!aNULL:!eNULL:@SECLEVEL=0')).toBe(true);
          expect(acceptsCiphers('NO-SUCH-CIPHER')).toBe(false);
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

        it("accepts a certificate the pairing's root never signed when it carries the phone's own key", () => {
          expect(isPairedPhone(new X509Certificate(selfSigned(pairing.deviceKey)), record)).toBe(true);
          expect(isPairedPhone(new X509Certificate(selfSigned(stranger.deviceKey)), record)).toBe(false);
        });

        it("refuses another pairing's phone, a certificate-less peer and nonsense", () => {
          expect(isPairedPhone(new X509Certificate(stranger.deviceCertificate), record)).toBe(false);
          expect(isPairedPhone(new X509Certificate(stranger.rootCertificate), record)).toBe(false);
          expect(isPairedPhone(undefined, record)).toBe(false);
          const broken = { ...record, deviceCertificate: Buffer.from('nonsense'), rootCertificate: Buffer.from('nonsense') } as PairRecord;
          expect(isPairedPhone(new X509Certificate(pairing.deviceCertificate), broken)).toBe(false);
        });
      });

      describe('upgradeToTls', () => {
        let pairing: Pairing;
        let stranger: Pairing;
        let record: PairRecord;
        const closers: Array<() => void> = [];
        beforeAll(async () => {
          [pairing, stranger] = await Promise.all([createPairing(), createPairing()]);
          record = parsePairRecord(Buffer.from(build(pairing.record))) as PairRecord;
        });
        afterEach(() => {
          vi.restoreAllMocks();
          for (const close of closers.splice(0)) close();
        });

        /** Connects to a phone end showing `identity`, and upgrades; the promise and the stream handed to `hold`. */
        async function upgrade(identity: Parameters<typeof phoneEnd>[0]) {
          const phone = await phoneEnd(identity);
          closers.push(phone.close);
          const socket = net.connect(phone.port, '127.0.0.1');
          await new Promise((resolve) => socket.once('connect', resolve));
          let held: Duplex | undefined;
          const secured = upgradeToTls(socket, record, '18.1', (stream) => (held = stream));
          secured.then((secure) => closers.push(() => secure.destroy())).catch(() => {});
          return { secured, held: () => held };
        }

        it('gives a secure stream once the paired phone proves who it is', async () => {
          const { secured, held } = await upgrade({ key: pairing.deviceKey, cert: pairing.deviceCertificate });
          const secure = await secured;
          expect(secure.encrypted).toBe(true);
          expect(held()).toBe(secure);
        });

        it('refuses a phone that shows another pairing, and closes the stream', async () => {
          const { secured, held } = await upgrade({ key: stranger.deviceKey, cert: stranger.deviceCertificate });
          await expect(secured).rejects.toThrow('The phone could not prove it is the iPhone this computer trusts.');
          expect(held()?.destroyed).toBe(true);
        });

        it('gives up when the stream is closed mid-handshake, as when the session runs out of time', async () => {
          const { secured, held } = await upgrade('silent');
          held()?.destroy();
          await expect(secured).rejects.toThrow('The phone closed the connection during the secure handshake.');
        });

        it('offers the legacy renegotiation iOS 5 needs, and trusts the pairing rather than a public authority', async () => {
          const connect = vi.spyOn(tls, 'connect');
          const { secured } = await upgrade({ key: pairing.deviceKey, cert: pairing.deviceCertificate });
          await secured;
          expect(connect).toHaveBeenCalledWith(
            expect.objectContaining({ secureOptions: constants.SSL_OP_LEGACY_SERVER_CONNECT, rejectUnauthorized: false, minVersion: 'TLSv1', maxVersion: 'TLSv1.3' }),
          );
        });
      });
    });
  });
});
