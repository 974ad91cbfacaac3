/** Phones for the test usbmuxd: what usbmuxd lists for them and what their lockdownd answers. */
import type { SecureVersion } from 'node:tls';
import type { PlistValue } from 'plist';
import type { PairingStrength } from './pairing';

/** How a scripted phone's lockdownd behaves. */
export type LockdownBehaviour = 'answers' | 'silent' | 'refuses' | 'garbage' | 'closes';

/**
 * How a trusted phone's lockdown session goes: it `opens`; the phone is `locked` (StartSession
 * answers PasswordProtected); it trusts `another-host` (the record here has a HostID it does not
 * know, so StartSession answers InvalidHostID); the TLS handshake `tls-fails` (the phone hangs up)
 * or `tls-stalls` (it never answers); or an `impostor` answers, with a certificate that is not the
 * one made at pairing. The protocol's rarer turns: the session opens `plain` (the phone does not ask
 * for TLS), with `no-session-id`, or the phone `hangs-up-at-stop` after answering every question.
 */
export type SessionBehavior =
  | 'opens'
  | 'locked'
  | 'another-host'
  | 'tls-fails'
  | 'tls-stalls'
  | 'impostor'
  | 'plain'
  | 'no-session-id'
  | 'hangs-up-at-stop';

/** What a phone's lockdown domains hold, by domain name, as `GetValue` with `Domain` returns them in a session. */
export type ScriptedDomains = Record<string, Record<string, PlistValue>>;

/** One connection of one scripted phone. */
export interface ScriptedDevice {
  udid: string;
  connection?: 'USB' | 'Network';
  productId?: number;
  /** The public lockdown values `GetValue` returns without a session. */
  values?: Record<string, PlistValue>;
  lockdown?: LockdownBehaviour;
  /** When set, lockdownd answers every request with exactly these plist bytes (framed), whatever they hold. */
  lockdownReply?: Buffer;
  /** Whether usbmuxd holds a pair record for it (the phone trusts this computer). */
  paired?: boolean;
  /** Its lockdown domains, read in a session. */
  domains?: ScriptedDomains;
  session?: SessionBehavior;
  /** In a session, the `Error` a domain answers instead of its values (`PasswordProtected` when the phone locks mid-read). */
  domainErrors?: Record<string, string>;
  /** The newest TLS version it speaks: TLS 1.0 for phones before iOS 10 (see session-tls.ts). */
  tlsMaxVersion?: SecureVersion;
  /** The cryptography of its pairing; 2048-bit keys and SHA-256 by default. */
  pairingStrength?: PairingStrength;
}

/** Seconds from 2001-01-01 UTC, as the phone keeps its backup dates. */
export function cocoaSeconds(date: Date): number {
  return Math.round((date.getTime() - Date.UTC(2001, 0, 1)) / 1000);
}

/** A phone's backup, battery and storage domains, with the values a test overrides. */
export function phoneDomains(
  overrides: { backup?: Record<string, PlistValue>; battery?: Record<string, PlistValue>; disk?: Record<string, PlistValue> } = {},
): ScriptedDomains {
  return {
    'com.apple.mobile.backup': {
      CloudBackupEnabled: false,
      WillEncrypt: true,
      LastiTunesBackupDate: cocoaSeconds(new Date('2026-11-03T08:20:00Z')),
      LastiTunesBackupTZ: 'Europe/Lisbon',
      LastCloudBackupDate: cocoaSeconds(new Date('2026-09-14T08:05:00Z')),
      LastCloudBackupTZ: 'Europe/Lisbon',
      ...overrides.backup,
    },
    'com.apple.mobile.battery': { BatteryCurrentCapacity: 64, BatteryIsCharging: true, ExternalConnected: true, ...overrides.battery },
    'com.apple.disk_usage': {
      TotalDiskCapacity: 128_000_000_000,
      TotalDataCapacity: 113_000_000_000,
      TotalDataAvailable: 26_000_000_000,
      TotalSystemCapacity: 15_000_000_000,
      TotalSystemAvailable: 2_000_000_000,
      AmountDataAvailable: 26_000_000_000,
      ...overrides.disk,
    },
  };
}

/** The public values of a phone, as an unpaired `GetValue` returns them (ideviceinfo -s). */
export function phoneValues(udid: string, name: string, overrides: Record<string, PlistValue> = {}): Record<string, PlistValue> {
  return {
    BasebandVersion: '2.10.02',
    BuildVersion: '22B83',
    DeviceClass: 'iPhone',
    DeviceColor: '1',
    DeviceName: name,
    HardwareModel: 'D83AP',
    ProductName: 'iPhone OS',
    ProductType: 'iPhone15,2',
    ProductVersion: '18.1',
    ProtocolVersion: '2',
    TimeZone: 'Europe/Lisbon',
    UniqueDeviceID: udid,
    ...overrides,
  };
}

/** Ana's iPhone 14 Pro on iOS 18.1, over USB, trusting this computer. */
export const ANAS_IPHONE: ScriptedDevice = {
  udid: '00008120-001A2B3C4D5E001E',
  productId: 0x12a8,
  values: phoneValues('00008120-001A2B3C4D5E001E', "Ana's iPhone"),
  paired: true,
  domains: phoneDomains(),
};

/** Bruno's iPad on iPadOS 17.5, over USB, not trusting this computer yet. */
export const BRUNOS_IPAD: ScriptedDevice = {
  udid: '3f1c2b7a9e8d4c6b5a4f3e2d1c0b9a8f7e6d5c4b',
  productId: 0x12ab,
  values: phoneValues('3f1c2b7a9e8d4c6b5a4f3e2d1c0b9a8f7e6d5c4b', "Bruno's iPad", {
    DeviceClass: 'iPad',
    ProductType: 'iPad13,1',
    ProductVersion: '17.5',
    BuildVersion: '21F79',
  }),
  paired: false,
};
