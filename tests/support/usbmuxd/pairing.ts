/**
 * Pairings for scripted phones, made at test time the way a host makes one when the person taps
 * Trust (libimobiledevice `common/userpref.c` `pair_record_generate_keys_and_certs`): a root
 * certificate authority, a host certificate and a device certificate over the phone's own public
 * key, both signed by the root. Keys come from Node's crypto, off the main thread (the probe under
 * test shares it, and must not see its timers starve); certificates are built with node-forge. The host's half is the pair record usbmuxd hands out; the phone's half
 * (its private key, the HostID it trusts) stays with the scripted lockdownd.
 */
import { generateKeyPair, randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import forge from 'node-forge';
import type { PlistValue } from 'plist';

/** How old the pairing's cryptography is: Apple's early pair records used 1024-bit keys and SHA-1. */
export interface PairingStrength {
  bits: 1024 | 2048;
  digest: 'sha1' | 'sha256';
}

/** Both halves of one pairing. */
export interface Pairing {
  hostId: string;
  systemBuid: string;
  /** The pair record usbmuxd's `ReadPairRecord` returns, as its plist dictionary. */
  record: Record<string, PlistValue>;
  /** PEM: what the phone presents in TLS and the key it proves it with. */
  deviceCertificate: string;
  deviceKey: string;
  /** PEM: the host's and the root's certificates, which the phone accepts from a client. */
  hostCertificate: string;
  rootCertificate: string;
  /** Every secret of the host's half, as PEM, for tests that look for them where they must never be. */
  hostSecrets: string[];
}

/** The BUID the test usbmuxd answers `ReadBUID` with, as this computer's own. */
export const TEST_SYSTEM_BUID = '5E4F3A2B-1C0D-4E9F-8A7B-6C5D4E3F2A1B';

const TEN_YEARS_MS = 10 * 365 * 24 * 60 * 60 * 1000;

const generateRsa = promisify(generateKeyPair);

function rsaKeys(bits: number): Promise<{ publicKey: string; privateKey: string }> {
  return generateRsa('rsa', {
    modulusLength: bits,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    // PKCS#1, as libimobiledevice writes it and its 1.3 release reads it (PEM_read_bio_RSAPrivateKey).
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
}

function certificate(subjectPublicKey: string, issuerPrivateKey: string, authority: boolean, strength: PairingStrength): string {
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(subjectPublicKey);
  cert.serialNumber = authority ? '00' : '01';
  cert.validity.notBefore = new Date();
  cert.validity.notAfter = new Date(Date.now() + TEN_YEARS_MS);
  cert.setExtensions([
    { name: 'basicConstraints', cA: authority, critical: true },
    ...(authority ? [] : [{ name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true }]),
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(issuerPrivateKey), forge.md[strength.digest].create());
  return forge.pki.certificateToPem(cert);
}

/** Makes a fresh pairing. */
export async function createPairing(strength: PairingStrength = { bits: 2048, digest: 'sha256' }): Promise<Pairing> {
  const [root, host, device] = await Promise.all([rsaKeys(strength.bits), rsaKeys(strength.bits), rsaKeys(strength.bits)]);
  const rootCertificate = certificate(root.publicKey, root.privateKey, true, strength);
  const hostCertificate = certificate(host.publicKey, root.privateKey, false, strength);
  const deviceCertificate = certificate(device.publicKey, root.privateKey, false, strength);
  const hostId = randomUUID().toUpperCase();
  const pem = (text: string) => Buffer.from(text);
  return {
    hostId,
    systemBuid: TEST_SYSTEM_BUID,
    record: {
      DeviceCertificate: pem(deviceCertificate),
      HostCertificate: pem(hostCertificate),
      HostPrivateKey: pem(host.privateKey),
      RootCertificate: pem(rootCertificate),
      RootPrivateKey: pem(root.privateKey),
      HostID: hostId,
      SystemBUID: TEST_SYSTEM_BUID,
      WiFiMACAddress: '00:11:22:33:44:55',
    },
    deviceCertificate,
    deviceKey: device.privateKey,
    hostCertificate,
    rootCertificate,
    hostSecrets: [host.privateKey, root.privateKey, hostCertificate, rootCertificate, deviceCertificate],
  };
}

const made = new Map<string, Promise<Pairing>>();

/** The pairing of a phone by UDID and strength, made once per test process (keys take a moment). */
export function pairingFor(udid: string, strength?: PairingStrength): Promise<Pairing> {
  const key = `${udid}/${strength?.bits ?? 2048}/${strength?.digest ?? 'sha256'}`;
  let pairing = made.get(key);
  if (!pairing) {
    pairing = createPairing(strength);
    made.set(key, pairing);
  }
  return pairing;
}
