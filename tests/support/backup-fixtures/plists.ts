/**
 * The plists of a real-format backup, as Finder and iTunes write them: Info.plist (XML, or binary
 * as seen in the wild) with its app-icon section, and binary Manifest.plist and Status.plist.
 * Binary files are written with `bplist-creator`, a different library from the one the app reads
 * with, so a shared bug cannot hide; XML is written with `plist`'s builder.
 */
import { createHash } from 'node:crypto';
import creator from 'bplist-creator';
import { build } from 'plist';

/** Which encoding a fixture file is written in. */
export type Encoding = 'xml' | 'binary';

/** Who and when a fixture backup is of. */
export interface DeviceSpec {
  udid: string;
  deviceName: string;
  productType: string;
  iosVersion: string;
  date: Date;
}

type PlistObject = Record<string, unknown>;

/** Encodes a dictionary in the given encoding. */
export function encodePlist(value: PlistObject, encoding: Encoding): Buffer {
  return encoding === 'binary' ? creator(value) : Buffer.from(build(value as Parameters<typeof build>[0]), 'utf8');
}

/** Deterministic bytes that look like nothing in particular (icon data, encrypted file contents). */
export function noise(length: number, seed: string): Buffer {
  const out = Buffer.alloc(length);
  let block = createHash('sha256').update(seed).digest();
  for (let offset = 0; offset < length; offset += block.length) {
    block.copy(out, offset, 0, Math.min(block.length, length - offset));
    block = createHash('sha256').update(block).digest();
  }
  return out;
}

/** Status.plist; `snapshotState` is "finished" once a backup completed (apple-facts §3). */
export function statusPlist(device: DeviceSpec, snapshotState: string | number, encoding: Encoding = 'binary'): Buffer {
  return encodePlist(
    {
      BackupState: 'new',
      Date: device.date,
      IsFullBackup: false,
      SnapshotState: snapshotState,
      UUID: createHash('md5').update(device.udid).digest('hex').toUpperCase(),
      Version: '3.3',
    },
    encoding,
  );
}

/** Manifest.plist with its `Lockdown` dictionary and a small `Applications` section. */
export function manifestPlist(device: DeviceSpec, encrypted: boolean, encoding: Encoding = 'binary'): Buffer {
  return encodePlist(
    {
      Applications: {
        'com.example.notes': { CFBundleIdentifier: 'com.example.notes', CFBundleVersion: '412', ContainerContentClass: 'Data/Application' },
      },
      BackupKeyBag: noise(encrypted ? 1200 : 600, `${device.udid}-keybag`),
      Date: device.date,
      IsEncrypted: encrypted,
      ...(encrypted ? { ManifestKey: noise(44, `${device.udid}-manifest-key`) } : {}),
      Lockdown: {
        BuildVersion: '21F90',
        DeviceName: device.deviceName,
        ProductType: device.productType,
        ProductVersion: device.iosVersion,
        SerialNumber: 'F2LXK0ABCDEF',
        UniqueDeviceID: device.udid,
        'com.apple.MobileDeviceCrashCopy': {},
        'com.apple.TerminalFlashr': {},
        'com.apple.mobile.data_sync': {},
        'com.apple.Accessibility': { ClosedCaptioningEnabledByiTunes: false, InvertDisplayEnabledByiTunes: false },
      },
      SystemDomainsVersion: '24.0',
      Version: '10.0',
      WasPasscodeSet: true,
    },
    encoding,
  );
}

function infoFields(device: DeviceSpec): PlistObject {
  return {
    'Build Version': '21F90',
    'Device Name': device.deviceName,
    'Display Name': device.deviceName,
    GUID: createHash('md5').update(`${device.udid}-guid`).digest('hex').toUpperCase(),
    'Installed Applications': ['com.example.notes'],
    'Last Backup Date': device.date,
    'Product Name': 'iPhone',
    'Product Type': device.productType,
    'Product Version': device.iosVersion,
    'Serial Number': 'F2LXK0ABCDEF',
    'Target Identifier': device.udid,
    'Target Type': 'Device',
    'Unique Identifier': device.udid,
    'iTunes Settings': {},
    'iTunes Version': '12.13.2.3',
  };
}

const ICON_BYTES = 24 * 1024;

function base64Lines(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,68}/g) ?? []).join('\n\t\t\t');
}

/**
 * The XML of an `Applications` section about `bytes` long: one entry per app with its icon and
 * store metadata, the part that makes real Info.plist files several megabytes. It sorts first,
 * so in a real file it stands before every key the app might want.
 */
function applicationsXml(bytes: number): string {
  const icon = base64Lines(noise(ICON_BYTES, 'icon'));
  const metadata = base64Lines(noise(2048, 'metadata'));
  const entries: string[] = [];
  let total = 0;
  for (let index = 0; total < bytes; index += 1) {
    const entry = `\t\t<key>com.example.app${String(index).padStart(4, '0')}</key>\n\t\t<dict>\n\t\t\t<key>PlaceholderIcon</key>\n\t\t\t<data>\n\t\t\t${icon}\n\t\t\t</data>\n\t\t\t<key>iTunesMetadata</key>\n\t\t\t<data>\n\t\t\t${metadata}\n\t\t\t</data>\n\t\t</dict>\n`;
    entries.push(entry);
    total += entry.length;
  }
  return entries.join('');
}

/** Info.plist; `appBytes` sets how much app-icon data it carries (4 MB is common, 50 MB happens). */
export function infoPlist(device: DeviceSpec, encoding: Encoding, appBytes = 0): Buffer {
  if (encoding === 'binary') {
    const apps: PlistObject = {};
    for (let index = 0; index * (ICON_BYTES + 2048) < appBytes; index += 1) {
      apps[`com.example.app${index}`] = { PlaceholderIcon: noise(ICON_BYTES, 'icon'), iTunesMetadata: noise(2048, 'metadata') };
    }
    return encodePlist({ Applications: apps, ...infoFields(device) }, 'binary');
  }
  const marker = '__applications__';
  const xml = build({ Applications: { [marker]: marker }, ...infoFields(device) } as Parameters<typeof build>[0], { pretty: true, indent: '\t' });
  const placeholder = new RegExp(`\\s*<key>${marker}</key>\\s*<string>${marker}</string>\\s*`);
  if (!placeholder.test(xml)) throw new Error('The Info.plist template changed shape; update the fixture builder.');
  return Buffer.from(xml.replace(placeholder, `\n${applicationsXml(appBytes)}\t`), 'utf8');
}
