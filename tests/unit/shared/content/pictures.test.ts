import { describe, expect, it } from 'vitest';
import { fullDiskAccessPicture, isPhoneScreen, pictureAlt, pictureDevice, stepPicture, type ProgramWindow } from '../../../../src/shared/content/pictures';
import { APPLE_DEVICES, FINDER, ITUNES, TERMINAL } from '../../../../src/shared/content/program-labels';
import { stepContent } from '../../../../src/shared/content/walkthrough-steps';
import { STEP_IDS } from '../../../../src/shared/guidance/types';
import { annasPhone, everyPictureSpec, HOST_SPECS, pictureDevices, planned } from '../../../support/picture-specs';
import { PHONES } from '../../../support/snapshots';

/** The window each computer's steps are drawn in, written out by hand rather than derived. */
const EXPECTED_WINDOW: Record<string, ProgramWindow> = {
  'macOS 15': 'finder',
  'macOS 12': 'finder',
  'macOS 10.14': 'itunes-mac',
  'Windows 11': 'apple-devices',
  'Windows 10 with only iTunes': 'itunes-windows',
  'Windows 7': 'itunes-windows',
  Linux: 'terminal',
  // No supported program: the words fall back to Finder's, and so does the picture.
  'an unknown system': 'finder',
};

function stepWords(route: Parameters<typeof stepContent>[1], step: Parameters<typeof stepContent>[0]): string {
  return stepContent(step, route).body.join(' ').toLowerCase();
}

describe('content', () => {
  describe('pictures', () => {
    describe('stepPicture', () => {
      it.each(HOST_SPECS.map((spec) => [spec.label, spec] as const))('gives every walkthrough step a picture on %s, in its own program', (label, spec) => {
        const host = planned(spec);
        const scenes = STEP_IDS.map((step) => stepPicture(step, host.route, host.os));
        expect(scenes[0]).toEqual({ scene: 'connect', computer: host.os === 'macos' ? 'mac' : host.os === 'windows' ? 'windows' : 'linux' });
        expect(scenes[1]).toEqual({ scene: 'trust-prompt' });
        expect(scenes.slice(2)).toEqual([
          { scene: 'program', program: EXPECTED_WINDOW[label], target: 'device' },
          { scene: 'program', program: EXPECTED_WINDOW[label], target: 'all-data' },
          { scene: 'program', program: EXPECTED_WINDOW[label], target: 'back-up-now' },
          { scene: 'program', program: EXPECTED_WINDOW[label], target: 'progress' },
        ]);
      });
    });

    describe('pictureDevice', () => {
      it('draws the phone with its own name and model', () => {
        expect(pictureDevice(PHONES.ready)).toEqual({ name: 'Anna’s iPhone', noun: 'iPhone', model: 'iPhone 15 Pro', tablet: false });
      });

      it('draws an iPad as an iPad, by its marketing name, in the programs’ words too', () => {
        expect(pictureDevice({ ...PHONES.ready, kind: 'ipad', name: 'Studio iPad', productType: 'iPad13,1' })).toEqual({ name: 'Studio iPad', noun: 'iPad', model: 'iPad Air (4th generation)', tablet: true });
      });

      it('falls back to the kind of device before the phone has said its name', () => {
        expect(pictureDevice(null)).toEqual({ name: 'iPhone', noun: 'iPhone', model: null, tablet: false });
        expect(pictureDevice(PHONES.usbOnly).name).toBe('iPhone');
      });

      it('draws the model by the kind of device when the identifier is not read yet, and no model for an unknown kind', () => {
        expect(pictureDevice(PHONES.usbOnly)).toEqual({ name: 'iPhone', noun: 'iPhone', model: 'iPhone', tablet: false });
        expect(pictureDevice({ ...PHONES.usbOnly, kind: 'other' }).model).toBeNull();
      });
    });

    describe('fullDiskAccessPicture', () => {
      it.each([
        ['15.1', 'system-settings'],
        ['13.0', 'system-settings'],
        ['12.7.4', 'system-preferences'],
        ['10.14.6', 'system-preferences'],
      ])('shows macOS %s its own settings app', (version, settings) => {
        expect(fullDiskAccessPicture(version, 'switch')).toEqual({ scene: 'full-disk-access', settings, target: 'switch' });
      });
    });

    describe('pictureAlt', () => {
      it('describes every picture, for every phone, in words that say what is highlighted', () => {
        for (const spec of everyPictureSpec()) {
          for (const [who, device] of Object.entries(pictureDevices())) {
            const alt = pictureAlt(spec, device);
            expect(alt.length, `${JSON.stringify(spec)} for ${who}`).toBeGreaterThan(60);
            expect(alt, `${JSON.stringify(spec)} for ${who}`).toMatch(/highlighted/);
          }
        }
      });

      it('names the phone in the program pictures that show its name', () => {
        const device = annasPhone();
        for (const spec of everyPictureSpec()) {
          if (spec.scene === 'program' && spec.program !== 'terminal') expect(pictureAlt(spec, device), JSON.stringify(spec)).toContain('Anna’s iPhone');
        }
      });
    });

    describe('pictureAlt for each variant', () => {
      it('tells apart the four Full Disk Access pictures by their layout and what is highlighted', () => {
        const alt = (settings: 'system-settings' | 'system-preferences', target: 'add' | 'switch') => pictureAlt({ scene: 'full-disk-access', settings, target }, annasPhone());
        expect(alt('system-settings', 'switch')).toMatch(/^System Settings, .*The switch beside Backup Lifeboat is highlighted/);
        expect(alt('system-settings', 'add')).toMatch(/^System Settings, .*button, which is highlighted\.$/);
        expect(alt('system-preferences', 'switch')).toMatch(/^System Preferences, .*the checkbox beside Backup Lifeboat is highlighted\.$/);
        expect(alt('system-preferences', 'add')).toMatch(/^System Preferences, .*button below the list of apps is highlighted\.$/);
      });

      it('tells apart the iCloud Backup pictures by the switch or the Back Up Now button', () => {
        expect(pictureAlt({ scene: 'icloud-backup', target: 'switch' }, annasPhone())).toMatch(/switch, turned on and green, is highlighted/);
        expect(pictureAlt({ scene: 'icloud-backup', target: 'back-up-now' } as never, annasPhone())).toMatch(/button, which is highlighted/);
      });

      it('describes each program’s window in its own words', () => {
        const device = (program: ProgramWindow) => pictureAlt({ scene: 'program', program, target: 'device' }, annasPhone());
        expect(device('finder')).toMatch(/^A Finder window: in the sidebar, under /);
        expect(device('apple-devices')).toMatch(/^The Apple Devices app on Windows: /);
        expect(device('itunes-mac')).toMatch(/^iTunes on a Mac: the small iPhone button/);
        expect(device('itunes-windows')).toMatch(/^iTunes for Windows: the small iPhone button/);
        expect(device('terminal')).toMatch(/^A terminal window: the command /);
      });

      it('walks through the Apple Devices app in its own words, page by page', () => {
        const alt = (target: 'device' | 'all-data' | 'back-up-now' | 'progress') => pictureAlt({ scene: 'program', program: 'apple-devices', target }, annasPhone());
        expect(alt('device')).toBe('The Apple Devices app on Windows: “Anna’s iPhone” is highlighted in the sidebar, with General below it. Click it to open its General page.');
        expect(alt('all-data')).toBe(
          'The Apple Devices app on Windows showing “Anna’s iPhone” on the General page. Under Backups, “Back up all of the data on your iPhone to this computer” is highlighted, and “Encrypt local backup” is checked below it.',
        );
        expect(alt('back-up-now')).toBe(
          'The Apple Devices app on Windows showing “Anna’s iPhone” on the General page, with “Back up all of the data on your iPhone to this computer” chosen. The “Back Up Now” button is highlighted.',
        );
        expect(alt('progress')).toBe('The Apple Devices app on Windows while it backs up: the line at the top of the window, Backing up “Anna’s iPhone”…, is highlighted with its progress bar.');
      });

      it('draws the cable going into the computer for the first step', () => {
        expect(pictureAlt({ scene: 'connect', computer: 'windows' }, annasPhone())).toBe(
          'A Windows laptop with a USB cable running to an unlocked iPhone. The cable’s plug in the computer’s USB port is highlighted.',
        );
      });

      it('draws the trust prompt and the iCloud screens as phone screens, and the rest as computer windows', () => {
        expect(isPhoneScreen({ scene: 'trust-prompt' })).toBe(true);
        expect(isPhoneScreen({ scene: 'icloud-backup', target: 'switch' })).toBe(true);
        expect(isPhoneScreen({ scene: 'manage-storage' })).toBe(true);
        expect(isPhoneScreen({ scene: 'connect', computer: 'mac' })).toBe(false);
        expect(isPhoneScreen({ scene: 'program', program: 'finder', target: 'device' })).toBe(false);
        expect(isPhoneScreen({ scene: 'full-disk-access', settings: 'system-settings', target: 'add' })).toBe(false);
      });
    });

    describe('agreement with the walkthrough’s words', () => {
      it('Finder: the words name the choice the picture rings, and Back Up Now', () => {
        expect(stepWords('finder', 'options')).toContain(FINDER.allData('iPhone').toLowerCase());
        expect(stepWords('finder', 'back-up-now')).toContain(FINDER.backUpNow.toLowerCase());
        expect(stepWords('finder', 'open-program')).toContain(FINDER.locations.toLowerCase());
      });

      it('Apple Devices: the words send the person to the General page and Back Up Now', () => {
        expect(stepWords('apple-devices', 'options')).toContain(APPLE_DEVICES.pages[0].toLowerCase());
        expect(stepWords('apple-devices', 'options')).toContain(APPLE_DEVICES.allData('iPhone').toLowerCase());
        expect(stepWords('apple-devices', 'back-up-now')).toContain(APPLE_DEVICES.backUpNow.toLowerCase());
      });

      it('iTunes: the words name Summary, “This Computer” and Back Up Now', () => {
        expect(stepWords('itunes', 'open-program')).toContain(ITUNES.pages[0].toLowerCase());
        expect(stepWords('itunes', 'options')).toContain(ITUNES.thisComputer.toLowerCase());
        expect(stepWords('itunes', 'back-up-now')).toContain(ITUNES.backUpNow.toLowerCase());
      });

      it('idevicebackup2: the terminal shows the very commands the words give', () => {
        expect(stepWords('idevicebackup2', 'open-program')).toContain(TERMINAL.listDevices.toLowerCase());
        expect(stepWords('idevicebackup2', 'options')).toContain(TERMINAL.makeFolder.toLowerCase());
        expect(stepWords('idevicebackup2', 'options')).toContain(TERMINAL.encryptionOn.toLowerCase());
        expect(stepWords('idevicebackup2', 'back-up-now')).toContain(TERMINAL.backUp.toLowerCase());
      });
    });
  });
});
