import { describe, expect, it } from 'vitest';
import { macosVersionFromDarwin } from '../../../../../../src/main/core/probes/host/darwin-release';
import { hostDisplayName } from '../../../../../../src/shared/host-names';
import { chooseRoute } from '../../../../../../src/shared/guidance/route';

const unknownSoftware = { appleDevices: null, itunes: null, mobileDeviceService: null };

/** Every Darwin major the app knows, with the macOS it ships in (Apple's release notes; the macos-release package). */
const ROWS: Array<[string, string, string, 'finder' | 'itunes']> = [
  ['13.4.0', '10.9', 'macOS Mavericks 10.9', 'itunes'],
  ['14.5.0', '10.10', 'macOS Yosemite 10.10', 'itunes'],
  ['15.6.0', '10.11', 'macOS El Capitan 10.11', 'itunes'],
  ['16.7.0', '10.12', 'macOS Sierra 10.12', 'itunes'],
  ['17.7.0', '10.13', 'macOS High Sierra 10.13', 'itunes'],
  ['18.7.0', '10.14', 'macOS Mojave 10.14', 'itunes'],
  ['19.6.0', '10.15', 'macOS Catalina 10.15', 'finder'],
  ['20.6.0', '11', 'macOS Big Sur 11', 'finder'],
  ['21.6.0', '12', 'macOS Monterey 12', 'finder'],
  ['22.6.0', '13', 'macOS Ventura 13', 'finder'],
  ['23.6.0', '14', 'macOS Sonoma 14', 'finder'],
  ['24.1.0', '15', 'macOS Sequoia 15', 'finder'],
  ['25.0.0', '26', 'macOS Tahoe 26', 'finder'],
];

describe('probes', () => {
  describe('host', () => {
    describe('darwin-release', () => {
      it.each(ROWS)('Darwin %s is macOS %s (%s), backed up with %s', (release, version, displayName, route) => {
        expect(macosVersionFromDarwin(release)).toBe(version);
        expect(hostDisplayName('macos', version)).toBe(displayName);
        expect(chooseRoute({ os: 'macos', version, appleSoftware: unknownSoftware })).toBe(route);
      });

      it('knows no Darwin release outside the table', () => {
        expect(macosVersionFromDarwin('12.6.0')).toBeNull();
        expect(macosVersionFromDarwin('26.0.0')).toBeNull();
        expect(macosVersionFromDarwin('not a release')).toBeNull();
      });
    });
  });
});
