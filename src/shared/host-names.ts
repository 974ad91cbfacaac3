/** Names people use for their operating system, from the version numbers the system reports. */
import { parseVersion } from './version';
import type { OsFamily } from './snapshot';

const MACOS_NAMES: Array<[string, string]> = [
  ['26', 'Tahoe'],
  ['15', 'Sequoia'],
  ['14', 'Sonoma'],
  ['13', 'Ventura'],
  ['12', 'Monterey'],
  ['11', 'Big Sur'],
  ['10.15', 'Catalina'],
  ['10.14', 'Mojave'],
  ['10.13', 'High Sierra'],
  ['10.12', 'Sierra'],
  ['10.11', 'El Capitan'],
  ['10.10', 'Yosemite'],
  ['10.9', 'Mavericks'],
];

/** "Sequoia" for 15.1, "Mojave" for 10.14.6; null when the release is unknown. */
export function macosName(version: string): string | null {
  const [major = 0, minor = 0] = parseVersion(version);
  const key = major === 10 ? `10.${minor}` : String(major);
  return MACOS_NAMES.find(([release]) => release === key)?.[1] ?? null;
}

/** Windows 11 reports itself as 10.0 with a build of 22000 or more. */
export function windowsName(version: string): string {
  const [major = 0, minor = 0, build = 0] = parseVersion(version);
  if (major === 10 && build >= 22000) return 'Windows 11';
  if (major === 10) return 'Windows 10';
  const older: Record<string, string> = { '6.3': 'Windows 8.1', '6.2': 'Windows 8', '6.1': 'Windows 7' };
  return older[`${major}.${minor}`] ?? 'Windows';
}

/** The whole display name: "macOS Sequoia 15.1", "Windows 11", "Linux 6.8". */
export function hostDisplayName(os: OsFamily, version: string): string {
  switch (os) {
    case 'macos': {
      const name = macosName(version);
      return name ? `macOS ${name} ${version}` : `macOS ${version}`;
    }
    case 'windows':
      return windowsName(version);
    case 'linux':
      return version ? `Linux ${version}` : 'Linux';
    default:
      return 'This computer';
  }
}
