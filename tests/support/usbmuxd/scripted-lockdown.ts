/**
 * A scripted phone's lockdownd, on the socket the test usbmuxd hands over after `Connect`: the
 * public `GetValue` anyone may ask, and for a computer it trusts a session as a real phone runs
 * it — `StartSession` checked against the HostID it was paired with, the TLS upgrade with its
 * device certificate (accepting only the host's or root's certificate of that pairing from the
 * client), `GetValue` by domain inside the session, and `StopSession`. Faults are scripted per
 * phone (see `LockdownBehaviour` and `SessionBehavior`).
 */
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { TLSSocket } from 'node:tls';
import { createPublicKey, X509Certificate } from 'node:crypto';
import { build } from 'plist';
import { encodeLockdownFrame, lockdownFrameReader } from '../../../src/main/core/probes/usbmux/frames';
import { decodePlistDict, type PlistDict } from '../../../src/main/core/probes/usbmux/plist-codec';
import { createPairing, pairingFor, type Pairing } from './pairing';
import type { ScriptedDevice } from './scripted-device';

/** Lets a test see what was asked: `lockdown:<Request>`, `lockdown:GetValue:<Domain>`, `tls:<version>`. */
export type RequestLog = (entry: string) => void;

let impostor: Promise<Pairing> | null = null;

/** A pairing nobody made with this computer, whose device certificate an impostor presents. */
function impostorPairing(): Promise<Pairing> {
  impostor ??= createPairing();
  return impostor;
}

/** Makes the keys a phone will need before anyone asks (they take a moment): its pairing, and an impostor's. */
export async function prepareKeys(device: ScriptedDevice): Promise<void> {
  if (device.paired) await pairingFor(device.udid, device.pairingStrength);
  if (device.session === 'impostor') await impostorPairing();
}

/** Reads lockdown frames from `stream` and hands each decoded message to `handle`; returns a function that stops reading. */
function readFrames(stream: Duplex, rest: Buffer, handle: (message: PlistDict) => void): () => void {
  const reader = lockdownFrameReader();
  const feed = (chunk: Buffer) => {
    reader.push(chunk);
    for (let frame = reader.next(); frame; frame = reader.next()) handle(decodePlistDict(frame.subarray(4)) ?? {});
  };
  stream.on('data', feed);
  if (rest.length) feed(rest);
  return () => stream.off('data', feed);
}

function sameKey(certificate: X509Certificate | undefined, pem: string): boolean {
  return certificate !== undefined && certificate.publicKey.equals(createPublicKey(pem));
}

/** Serves a phone's lockdownd on `socket`; `rest` holds bytes that came with the `Connect`. */
export function serveLockdown(socket: Socket, device: ScriptedDevice, rest: Buffer, log: RequestLog): void {
  let stream: Duplex = socket;
  let session: string | null = null;
  const answer = (dict: PlistDict) => {
    if (!stream.destroyed) stream.write(encodeLockdownFrame(Buffer.from(build(dict))));
  };

  let stopPlain = () => {};
  const startTls = (pairing: Pairing, identity: Pairing) => {
    stopPlain();
    if (device.session === 'tls-stalls') return; // Takes the ClientHello and never answers.
    if (device.session === 'tls-fails') return void socket.once('data', () => socket.destroy());
    const secure = new TLSSocket(socket, {
      isServer: true,
      key: identity.deviceKey,
      cert: identity.deviceCertificate,
      requestCert: true,
      rejectUnauthorized: false,
      minVersion: 'TLSv1',
      maxVersion: device.tlsMaxVersion ?? 'TLSv1.3',
      // Old phones speak TLS 1.0 with SHA-1 certificates, which OpenSSL 3 allows only at level 0.
      ciphers: 'ALL:!aNULL:!eNULL:@SECLEVEL=0',
    });
    secure.on('error', () => socket.destroy());
    secure.once('secure', () => {
      const client = secure.getPeerX509Certificate();
      // A phone talks only to the computer it was paired with: the pairing's host or root certificate.
      if (!(sameKey(client, pairing.hostCertificate) || sameKey(client, pairing.rootCertificate))) return void secure.destroy();
      log(`tls:${secure.getProtocol() ?? 'unknown'}`);
      stream = secure;
      readFrames(secure, Buffer.alloc(0), handle);
    });
  };

  const getValue = (message: PlistDict) => {
    const domain = typeof message.Domain === 'string' ? message.Domain : null;
    if (domain) {
      log(`lockdown:GetValue:${domain}`);
      const error = session ? device.domainErrors?.[domain] : undefined;
      if (error) return answer({ Request: 'GetValue', Domain: domain, Error: error });
      const values = session ? device.domains?.[domain] : undefined;
      if (!values) return answer({ Request: 'GetValue', Domain: domain, Error: 'MissingValue' });
      const value = typeof message.Key === 'string' ? values[message.Key] : values;
      return answer(value === undefined ? { Request: 'GetValue', Domain: domain, Error: 'MissingValue' } : { Request: 'GetValue', Domain: domain, Value: value });
    }
    log('lockdown:GetValue');
    const values = device.values ?? {};
    if (typeof message.Key !== 'string') return answer({ Request: 'GetValue', Value: values });
    const value = values[message.Key];
    return answer(value === undefined ? { Request: 'GetValue', Key: message.Key, Error: 'MissingValue' } : { Request: 'GetValue', Key: message.Key, Value: value });
  };

  const startSession = async (message: PlistDict) => {
    log('lockdown:StartSession');
    if (device.session === 'locked') return answer({ Request: 'StartSession', Error: 'PasswordProtected' });
    const pairing = device.paired ? await pairingFor(device.udid, device.pairingStrength) : null;
    const trusted = pairing && device.session !== 'another-host' ? pairing.hostId : null;
    if (!pairing || message.HostID !== trusted) return answer({ Request: 'StartSession', Error: 'InvalidHostID' });
    const identity = device.session === 'impostor' ? await impostorPairing() : pairing;
    session = `SESSION-${pairing.hostId.slice(0, 8)}`;
    const plain = device.session === 'plain';
    answer({ Request: 'StartSession', ...(device.session === 'no-session-id' ? {} : { SessionID: session }), EnableSessionSSL: !plain });
    if (!plain) startTls(pairing, identity);
  };

  function handle(message: PlistDict) {
    const request = String(message.Request);
    const behaviour = device.lockdown ?? 'answers';
    if (behaviour !== 'answers') {
      log(`lockdown:${request}`);
      if (behaviour === 'closes') socket.end(Buffer.from([0, 0, 1, 0, 0x3c, 0x3f])); // 256 bytes announced, 2 sent.
      if (behaviour === 'garbage') socket.write(encodeLockdownFrame(Buffer.from('not a plist at all')));
      return;
    }
    if (device.lockdownReply) {
      log(`lockdown:${request}`);
      return void stream.write(encodeLockdownFrame(device.lockdownReply));
    }
    switch (request) {
      case 'QueryType':
        log('lockdown:QueryType');
        return answer({ Request: 'QueryType', Type: 'com.apple.mobile.lockdown' });
      case 'GetValue':
        return getValue(message);
      case 'StartSession':
        return void startSession(message);
      case 'StopSession':
        // A real lockdownd ends only the session it is named: any other ID leaves that one open.
        if (message.SessionID !== session) {
          log('lockdown:StopSession:unknown-session');
          return answer({ Request: 'StopSession', Error: 'InvalidSessionID' });
        }
        log('lockdown:StopSession');
        if (device.session === 'hangs-up-at-stop') return void socket.destroy();
        session = null;
        return answer({ Request: 'StopSession', Result: 'Success' });
      case 'Goodbye':
        log('lockdown:Goodbye');
        answer({ Request: 'Goodbye', Result: 'Success' });
        return void stream.end();
      default:
        // Pair, SetValue, StartService …: what this app must never ask lands here and is logged.
        log(`lockdown:${request}`);
        return answer({ Request: request, Error: 'InvalidHostID' });
    }
  }

  stopPlain = readFrames(socket, rest, handle);
}
