/**
 * The TLS upgrade of a lockdown session, as the phone asks for it (`EnableSessionSSL`), with the
 * host certificate and key of the pair record (as pymobiledevice3 `lockdown.py` `ssl_file` and
 * go-ios `ios/deviceconnection.go` do; libimobiledevice `src/idevice.c` shows the root
 * certificate instead, and phones accept both).
 *
 * Versions and ciphers follow the clients that work with real phones: libimobiledevice
 * (`idevice_connection_enable_ssl`) allows TLS 1.0 and up, caps phones before iOS 10 at TLS 1.0,
 * and sets OpenSSL's security level to 0; pymobiledevice3 (`service_connection.py`) uses
 * `ALL:!aNULL:!eNULL:@SECLEVEL=0` and the legacy-renegotiation option (needed by iOS 5). Without
 * level 0, OpenSSL 3 (Node 20, 22) refuses TLS 1.0 and the SHA-1 and 1024-bit keys of old pair
 * records. Electron's BoringSSL has no security levels and refuses the `@SECLEVEL` directive, so
 * the list falls back to the same ciphers without it; BoringSSL still speaks TLS 1.0 when asked.
 *
 * Who the phone is: the three clients above accept any certificate. Here the phone must prove it
 * holds the key of the `DeviceCertificate` this computer made for it at pairing, or present a
 * certificate signed by the pair record's root (which only certificates made at pairing are,
 * and which go-ios's debug proxy notes Apple's own clients check). A peer that cannot is not the
 * phone this computer trusts, and nothing it says is read.
 */
import { constants, X509Certificate } from 'node:crypto';
import type { Duplex } from 'node:stream';
import tls, { type TLSSocket } from 'node:tls';
import type { PairRecord } from './pair-record';

const LEGACY_CIPHERS = 'ALL:!aNULL:!eNULL:@SECLEVEL=0';
const PLAIN_CIPHERS = 'ALL:!aNULL:!eNULL';

/** The cipher list a TLS library takes: with security level 0 where it knows levels (OpenSSL), without where it refuses them (BoringSSL). */
export function chooseCiphers(accepts: (list: string) => boolean): string {
  return accepts(LEGACY_CIPHERS) ? LEGACY_CIPHERS : PLAIN_CIPHERS;
}

let ciphers: string | null = null;

/** The cipher list for this runtime, worked out once. */
export function sessionCiphers(): string {
  ciphers ??= chooseCiphers(acceptsCiphers);
  return ciphers;
}

/** Whether this runtime's TLS library takes the cipher list `list`. */
export function acceptsCiphers(list: string): boolean {
  try {
    tls.createSecureContext({ ciphers: list });
    return true;
  } catch {
    return false;
  }
}

/** The TLS versions to offer a phone on `iosVersion` (null when unknown). */
export function tlsVersionsFor(iosVersion: string | null): { minVersion: tls.SecureVersion; maxVersion: tls.SecureVersion } {
  const major = Number.parseInt(iosVersion ?? '', 10);
  return { minVersion: 'TLSv1', maxVersion: Number.isFinite(major) && major < 10 ? 'TLSv1' : 'TLSv1.3' };
}

/** Whether `peer` proves to be the phone `record` was made with (see the module comment). */
export function isPairedPhone(peer: X509Certificate | undefined, record: PairRecord): boolean {
  if (!peer) return false;
  try {
    if (peer.publicKey.equals(new X509Certificate(record.deviceCertificate).publicKey)) return true;
    return peer.verify(new X509Certificate(record.rootCertificate).publicKey);
  } catch {
    return false;
  }
}

/**
 * Upgrades the session's stream to TLS and checks the phone's certificate; rejects when the
 * handshake fails or the phone is not the paired one. `hold` receives the TLS stream at once, so
 * the caller can close it whatever happens.
 */
export function upgradeToTls(stream: Duplex, record: PairRecord, iosVersion: string | null, hold: (stream: Duplex) => void): Promise<TLSSocket> {
  return new Promise((resolve, reject) => {
    const secure = tls.connect({
      socket: stream,
      cert: record.hostCertificate,
      key: record.hostPrivateKey,
      ciphers: sessionCiphers(),
      ...tlsVersionsFor(iosVersion),
      // Absent from BoringSSL's constants; it only matters to iOS 5.
      secureOptions: constants.SSL_OP_LEGACY_SERVER_CONNECT ?? 0,
      // The phone's certificate names no host and chains to no public authority: it is checked below instead.
      rejectUnauthorized: false,
      checkServerIdentity: () => undefined,
    });
    hold(secure);
    const fail = (error: Error) => {
      secure.destroy();
      reject(error);
    };
    secure.once('error', fail);
    secure.once('close', () => reject(new Error('The phone closed the connection during the secure handshake.')));
    secure.once('secureConnect', () => {
      secure.off('error', fail);
      if (isPairedPhone(secure.getPeerX509Certificate(), record)) resolve(secure);
      else fail(new Error('The phone could not prove it is the iPhone this computer trusts.'));
    });
  });
}
