/**
 * Which program makes the local backup on this computer, by Apple's rule (support.apple.com
 * 108353): Finder on macOS 10.15 and later, iTunes on older macOS; on Windows the Apple Devices
 * app where it can run (Windows 10 version 22H2, build 19045, and later — its Microsoft Store
 * listing asks for that) unless only iTunes is installed, and iTunes everywhere else; Linux has
 * libimobiledevice's idevicebackup2.
 */
import type { HostInfo } from '../snapshot';
import { isAtLeast, parseVersion } from '../version';

/** The program the walkthrough uses. */
export type Route = 'finder' | 'apple-devices' | 'itunes' | 'idevicebackup2' | 'none';

/** The first Windows build Apple Devices runs on: Windows 10 version 22H2. */
export const APPLE_DEVICES_MIN_BUILD = 19045;

/** True when this Windows version can run Apple Devices; false for older Windows 10 builds and Windows 7/8. */
export function windowsRunsAppleDevices(version: string): boolean {
  const [major = 0, , build = 0] = parseVersion(version);
  return major > 10 || (major === 10 && build >= APPLE_DEVICES_MIN_BUILD);
}

/** Chooses the route for a host. */
export function chooseRoute(host: Pick<HostInfo, 'os' | 'version' | 'appleSoftware'>): Route {
  switch (host.os) {
    case 'macos':
      if (!host.version) return 'finder';
      return isAtLeast(host.version, '10.15') ? 'finder' : 'itunes';
    case 'windows': {
      if (!windowsRunsAppleDevices(host.version)) return 'itunes';
      const { appleDevices, itunes } = host.appleSoftware;
      const onlyItunes = appleDevices === false && (itunes === 'desktop' || itunes === 'store');
      return onlyItunes ? 'itunes' : 'apple-devices';
    }
    case 'linux':
      return 'idevicebackup2';
    default:
      return 'none';
  }
}

/** The program's name as the person sees it. */
export function routeProgramName(route: Route): string {
  switch (route) {
    case 'finder':
      return 'Finder';
    case 'apple-devices':
      return 'Apple Devices';
    case 'itunes':
      return 'iTunes';
    case 'idevicebackup2':
      return 'idevicebackup2';
    case 'none':
      return 'no supported program';
  }
}
