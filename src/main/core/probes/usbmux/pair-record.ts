/**
 * The pair record this computer already holds for a phone: usbmuxd's `ReadPairRecord` answers
 * with it when the phone trusts this computer (libusbmuxd `usbmuxd_read_pair_record`). It holds
 * the host's private key, so it is read only to open one lockdown session, kept in memory only,
 * and wiped as soon as that session is over. It is never written, logged or sent anywhere: the
 * held record prints as a placeholder, even by accident (`JSON.stringify`, `console.log`).
 *
 * Fields as libimobiledevice writes them (`common/userpref.c`: `HostID`, `SystemBUID`,
 * `HostCertificate`, `HostPrivateKey`, `RootCertificate`, `DeviceCertificate`, each certificate
 * and key as PEM inside a plist data field) and as pymobiledevice3 (`lockdown.py`) and go-ios
 * (`ios/connect.go`) read them.
 */
import { MESSAGE_LIMITS } from '../../plist/plist-limits';
import { decodePlistBytes } from '../../plist/read-plist';
import type { UsbmuxAddress } from './address';
import { resultNumber } from './messages';
import { stringField, type PlistDict } from './plist-codec';
import { askUsbmuxd } from './requests';

/** The parts of a pair record one read-only session needs. */
export interface PairRecord {
  hostId: string;
  systemBuid: string;
  /** PEM: the certificate this computer shows the phone. */
  hostCertificate: Buffer;
  /** PEM: its private key. */
  hostPrivateKey: Buffer;
  /** PEM: the certificate that signed the host's and the phone's certificates at pairing. */
  rootCertificate: Buffer;
  /** PEM: the phone's certificate, made at pairing from the phone's own public key. */
  deviceCertificate: Buffer;
}

/** What usbmuxd said about a phone's pair record. */
export type PairRecordAnswer =
  | { state: 'present'; record: PairRecord }
  /** usbmuxd holds a record, but it lacks what a session needs. */
  | { state: 'unusable' }
  /** usbmuxd has no record: the phone does not trust this computer (yet). */
  | { state: 'absent' }
  /** usbmuxd could not be asked. */
  | { state: 'unknown' };

/** A real record is a few kilobytes (with the escrow bag); anything far larger is not one. */
export const MAX_PAIR_RECORD_BYTES = 256 * 1024;
/** A PEM certificate or RSA key of any size Apple or libimobiledevice makes fits easily. */
const MAX_PEM_BYTES = 32 * 1024;
const MAX_ID_LENGTH = 256;

const WITHHELD = '[pair record withheld]';

/**
 * The only keys built from the record: the bounded reader passes over the rest (the root's private
 * key, the escrow bag, Wi-Fi address) without making a copy of them in memory at all.
 */
const SESSION_KEYS: ReadonlySet<string> = new Set(['HostID', 'SystemBUID', 'HostCertificate', 'HostPrivateKey', 'RootCertificate', 'DeviceCertificate']);

function pemField(dict: PlistDict, key: string, label: RegExp): Buffer | null {
  const value = dict[key];
  if (!(value instanceof Uint8Array) || value.length === 0 || value.length > MAX_PEM_BYTES) return null;
  const bytes = Buffer.from(value);
  return label.test(bytes.subarray(0, 64).toString('latin1')) ? bytes : null;
}

function idField(dict: PlistDict, key: string): string | null {
  const value = stringField(dict, key);
  return value && value.length <= MAX_ID_LENGTH ? value : null;
}

/** Makes a record that refuses to show its contents when printed or serialized. */
function withheld(fields: PairRecord): PairRecord {
  const record = { ...fields };
  for (const key of Object.keys(record)) Object.defineProperty(record, key, { enumerable: false });
  Object.defineProperties(record, {
    toJSON: { value: () => WITHHELD, enumerable: false },
    [Symbol.for('nodejs.util.inspect.custom')]: { value: () => WITHHELD, enumerable: false },
    toString: { value: () => WITHHELD, enumerable: false },
  });
  return record;
}

/** Reads a pair record's plist (XML or binary); null when it lacks a field a session needs. */
export function parsePairRecord(data: Uint8Array): PairRecord | null {
  if (data.length === 0 || data.length > MAX_PAIR_RECORD_BYTES) return null;
  const decoded = decodePlistBytes(data, { limits: MESSAGE_LIMITS, keys: SESSION_KEYS });
  const value = decoded.ok ? decoded.value : null;
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date || value instanceof Uint8Array) return null;
  const dict: PlistDict = value;
  const certificate = /-----BEGIN CERTIFICATE-----/;
  const privateKey = /-----BEGIN (RSA )?PRIVATE KEY-----/;
  const fields = {
    hostId: idField(dict, 'HostID'),
    systemBuid: idField(dict, 'SystemBUID'),
    hostCertificate: pemField(dict, 'HostCertificate', certificate),
    hostPrivateKey: pemField(dict, 'HostPrivateKey', privateKey),
    rootCertificate: pemField(dict, 'RootCertificate', certificate),
    deviceCertificate: pemField(dict, 'DeviceCertificate', certificate),
  };
  // The decoded plist holds copies of the key; they go with it, but the bytes we keep are wiped later.
  if (Object.values(fields).some((value) => value === null)) {
    for (const value of Object.values(fields)) if (value instanceof Buffer) value.fill(0);
    return null;
  }
  return withheld(fields as PairRecord);
}

/** Overwrites the record's keys and certificates in memory once its session is over. */
export function wipePairRecord(record: PairRecord): void {
  for (const bytes of [record.hostCertificate, record.hostPrivateKey, record.rootCertificate, record.deviceCertificate]) bytes.fill(0);
}

/** Asks usbmuxd for the pair record it holds for `udid`. */
export async function readPairRecord(address: UsbmuxAddress, udid: string, timeoutMs: number, signal?: AbortSignal): Promise<PairRecordAnswer> {
  let reply: PlistDict;
  try {
    reply = await askUsbmuxd(address, { MessageType: 'ReadPairRecord', PairRecordID: udid }, timeoutMs, signal);
  } catch {
    return { state: 'unknown' };
  }
  const data = reply.PairRecordData;
  if (data instanceof Uint8Array) {
    const record = parsePairRecord(data);
    data.fill(0);
    return record ? { state: 'present', record } : { state: 'unusable' };
  }
  const result = resultNumber(reply) ?? (typeof reply.Number === 'number' ? reply.Number : null);
  return result !== null && result !== 0 ? { state: 'absent' } : { state: 'unknown' };
}

/**
 * Whether this computer holds a pair record for the phone, i.e. the phone trusts it: true when
 * usbmuxd has one, false when it says it has none, null when it cannot tell. The record itself is
 * wiped at once.
 */
export async function hasPairRecord(address: UsbmuxAddress, udid: string, timeoutMs: number, signal?: AbortSignal): Promise<boolean | null> {
  const answer = await readPairRecord(address, udid, timeoutMs, signal);
  if (answer.state === 'present') wipePairRecord(answer.record);
  return answer.state === 'present' || answer.state === 'unusable' ? true : answer.state === 'absent' ? false : null;
}
