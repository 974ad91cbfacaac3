/**
 * Which program makes the local backup on this computer, by Apple's rule (support.apple.com
 * 108353): Finder on macOS 10.15 and later, iTunes on older macOS; on Windows 10 and later the
 * Apple Devices app unless only iTunes is installed, iTunes on older Windows; Linux has
 * libimobiledevice's idevicebackup2.
 */
import type { HostInfo } from '../snapshot';
import { isAtLeast, parseVersion } from '../version';

/** The program the walkthrough uses. */
export type Route = 'finder' | 'apple-devices' | 'itunes' | 'idevicebackup2' | 'none';

/** Chooses the route for a host. */
export function chooseRoute(host: Pick<HostInfo, 'os' | 'version' | 'appleSoftware'>): Route {
  switch (host.os) {
    case 'macos':
      if (!host.version) return 'finder';
      return isAtLeast(host.version, '10.15') ? 'finder' : 'itunes';
    case 'windows': {
      const [major = 0] = parseVersion(host.version);
      if (major < 10) return 'itunes';
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
