import { describe, expect, it } from 'vitest';
import { chooseRoute, routeProgramName, type Route } from '../../../../src/shared/guidance/route';
import type { AppleSoftware, OsFamily } from '../../../../src/shared/snapshot';

const unknown: AppleSoftware = { appleDevices: null, itunes: null, mobileDeviceService: null };

describe('guidance', () => {
  describe('route', () => {
    it.each<[OsFamily, string, Partial<AppleSoftware>, Route]>([
      ['macos', '10.9.5', {}, 'itunes'],
      ['macos', '10.13.6', {}, 'itunes'],
      ['macos', '10.14.6', {}, 'itunes'],
      ['macos', '10.15', {}, 'finder'],
      ['macos', '10.15.7', {}, 'finder'],
      ['macos', '11.7.10', {}, 'finder'],
      ['macos', '15.1', {}, 'finder'],
      ['macos', '26.0', {}, 'finder'],
      ['macos', '26.1.2', {}, 'finder'],
      // sw_vers unreadable and no Darwin row: any Mac this app runs on is new enough for Finder.
      ['macos', '', {}, 'finder'],
      ['windows', '6.1.7601', {}, 'itunes'],
      ['windows', '6.3.9600', { itunes: 'desktop' }, 'itunes'],
      ['windows', '6.2.9200', {}, 'itunes'],
      ['windows', '10.0.10240', {}, 'itunes'],
      ['windows', '10.0.19041', {}, 'itunes'],
      ['windows', '10.0.19044', {}, 'itunes'],
      ['windows', '10.0.19044', { appleDevices: false, itunes: 'none' }, 'itunes'],
      ['windows', '10.0.19045', {}, 'apple-devices'],
      ['windows', '10.0.19046', {}, 'apple-devices'],
      ['windows', '10.0.21999', {}, 'apple-devices'],
      ['windows', '10.0.22000', {}, 'apple-devices'],
      ['windows', '10.0.22631', {}, 'apple-devices'],
      // A later Windows that numbers itself 11 or more still runs Apple Devices, whatever its build.
      ['windows', '11.0.100', {}, 'apple-devices'],
      ['windows', '10.0.22631', { appleDevices: true, itunes: 'desktop' }, 'apple-devices'],
      ['windows', '10.0.22631', { appleDevices: false, itunes: 'desktop' }, 'itunes'],
      ['windows', '10.0.19045', { appleDevices: false, itunes: 'store' }, 'itunes'],
      ['windows', '10.0.19045', { appleDevices: false, itunes: 'none' }, 'apple-devices'],
      ['linux', '6.8.0', {}, 'idevicebackup2'],
      ['other', '14.0', {}, 'none'],
    ])('on %s %s with %o uses %s', (os, version, software, route) => {
      expect(chooseRoute({ os, version, appleSoftware: { ...unknown, ...software } })).toBe(route);
    });

    it('names each program as the person sees it', () => {
      const routes: Route[] = ['finder', 'apple-devices', 'itunes', 'idevicebackup2', 'none'];
      expect(routes.map(routeProgramName)).toEqual(['Finder', 'Apple Devices', 'iTunes', 'idevicebackup2', 'no supported program']);
    });
  });
});
