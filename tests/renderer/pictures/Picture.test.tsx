import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { Picture } from '../../../src/renderer/src/pictures/Picture';
import { pictureAlt, pictureDevice, type PictureDevice, type PictureSpec } from '../../../src/shared/content/pictures';
import { APPLE_DEVICES, FINDER, FULL_DISK_ACCESS, ICLOUD_SCREENS, ITUNES, SAMPLE, TERMINAL, TRUST_PROMPT } from '../../../src/shared/content/program-labels';
import { annasPhone, everyPictureSpec, pictureDevices } from '../../support/picture-specs';
import { PHONES } from '../../support/snapshots';

const ANNA = annasPhone();

function draw(spec: PictureSpec, device: PictureDevice = ANNA) {
  const { container } = render(<Picture spec={spec} device={device} />);
  const svg = container.querySelector('svg');
  if (!svg) throw new Error('no svg drawn');
  return { svg, figure: container.querySelector('figure')!, texts: [...svg.querySelectorAll('text')].map((text) => text.textContent ?? '') };
}

function number(element: Element, name: string): number {
  return Number(element.getAttribute(name));
}

/** Whether the one target's ring encloses where a piece of text is drawn (its anchor point on the baseline). */
function ringHolds(svg: SVGSVGElement, text: string): boolean {
  const ring = svg.querySelector('[data-picture-target]')!;
  const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((name) => number(ring, name)) as [number, number, number, number];
  return [...svg.querySelectorAll('text')]
    .filter((element) => element.textContent === text)
    .some((element) => {
      const tx = number(element, 'x');
      const ty = number(element, 'y');
      return tx >= x && tx <= x + w && ty >= y && ty <= y + h;
    });
}

const program = (name: 'finder' | 'apple-devices' | 'itunes-mac' | 'itunes-windows' | 'terminal', target: 'device' | 'all-data' | 'back-up-now' | 'progress'): PictureSpec => ({
  scene: 'program',
  program: name,
  target,
});

describe('Picture', () => {
  it('rings exactly one target in every picture, for every kind of phone', () => {
    for (const spec of everyPictureSpec()) {
      for (const [who, device] of Object.entries(pictureDevices())) {
        const { svg } = draw(spec, device);
        expect(svg.querySelectorAll('[data-picture-target]').length, `${JSON.stringify(spec)} for ${who}`).toBe(1);
        svg.closest('figure')?.parentElement?.remove();
      }
    }
  });

  it('is one image, named by the words that describe it, with an inert drawing inside', () => {
    for (const spec of everyPictureSpec()) {
      const { figure, svg } = draw(spec);
      expect(screen.getByRole('img', { name: pictureAlt(spec, ANNA) })).toBe(figure);
      expect(svg.closest('[inert]')?.parentElement).toBe(figure);
      figure.parentElement?.remove();
    }
  });

  describe('rings the very thing the step asks for', () => {
    it.each<[string, PictureSpec, string]>([
      ['Finder: the phone under Locations', program('finder', 'device'), 'Anna’s iPhone'],
      ['Finder: the full backup to this Mac', program('finder', 'all-data'), FINDER.allData('iPhone')],
      ['Finder: Back Up Now', program('finder', 'back-up-now'), FINDER.backUpNow],
      ['Apple Devices: the phone in the sidebar', program('apple-devices', 'device'), 'Anna’s iPhone'],
      ['Apple Devices: the full backup to this computer', program('apple-devices', 'all-data'), APPLE_DEVICES.allData('iPhone')],
      ['Apple Devices: Back Up Now', program('apple-devices', 'back-up-now'), APPLE_DEVICES.backUpNow],
      ['Apple Devices: the progress line', program('apple-devices', 'progress'), APPLE_DEVICES.backingUp('Anna’s iPhone')],
      ['iTunes on a Mac: This Computer', program('itunes-mac', 'all-data'), ITUNES.thisComputer],
      ['iTunes on a Mac: Back Up Now', program('itunes-mac', 'back-up-now'), ITUNES.backUpNow],
      ['iTunes for Windows: This Computer', program('itunes-windows', 'all-data'), ITUNES.thisComputer],
      ['iTunes for Windows: Back Up Now', program('itunes-windows', 'back-up-now'), ITUNES.backUpNow],
      ['iTunes for Windows: the status display', program('itunes-windows', 'progress'), ITUNES.backingUp('Anna’s iPhone')],
      ['the terminal: the phone’s ID', program('terminal', 'device'), SAMPLE.udid],
      ['the terminal: the folder for the backup', program('terminal', 'all-data'), TERMINAL.makeFolder],
      ['the terminal: the backup command', program('terminal', 'back-up-now'), TERMINAL.backUp],
      ['the terminal: the line that says it worked', program('terminal', 'progress'), TERMINAL.successful],
      ['the phone: Trust', { scene: 'trust-prompt' }, TRUST_PROMPT.trust],
      ['Full Disk Access: the + button', { scene: 'full-disk-access', settings: 'system-settings', target: 'add' }, FULL_DISK_ACCESS.add],
      ['iCloud Backup: Back Up Now', { scene: 'icloud-backup', target: 'back-up-now' }, ICLOUD_SCREENS.backUpNow],
    ])('%s', (_name, spec, text) => {
      const { svg } = draw(spec);
      expect(ringHolds(svg, text)).toBe(true);
    });

    it('and not something else beside it', () => {
      const { svg } = draw(program('finder', 'all-data'));
      expect(ringHolds(svg, FINDER.icloud('iPhone'))).toBe(false);
      expect(ringHolds(svg, FINDER.backUpNow)).toBe(false);
    });
  });

  describe('uses the program’s exact US-English labels', () => {
    it('Finder: the General tab’s backup choices, encryption and the last backup line', () => {
      const { texts } = draw(program('finder', 'all-data'));
      for (const label of ['General', 'Locations', 'Backups:', FINDER.icloud('iPhone'), FINDER.allData('iPhone'), FINDER.encrypt, FINDER.backUpNow, FINDER.manageBackups, FINDER.restoreBackup]) {
        expect(texts).toContain(label);
      }
      expect(texts.some((text) => text.startsWith('Last backup to this Mac:'))).toBe(true);
    });

    it('Apple Devices: General and Back Up Now, in a Windows window', () => {
      const { svg, texts } = draw(program('apple-devices', 'back-up-now'));
      for (const label of ['Apple Devices', 'General', APPLE_DEVICES.allData('iPhone'), APPLE_DEVICES.encrypt, 'Back Up Now']) expect(texts).toContain(label);
      expect(svg.querySelector('.pic-mac-close')).toBeNull();
    });

    it('iTunes for Windows is drawn as Windows: a menu bar and no Mac window buttons', () => {
      const { svg, texts } = draw(program('itunes-windows', 'all-data'));
      for (const label of [...ITUNES.windowsMenus, 'Summary', ITUNES.automatically, ITUNES.thisComputer, ITUNES.manually, ITUNES.backUpNow]) expect(texts).toContain(label);
      expect(svg.querySelector('.pic-mac-close')).toBeNull();
    });

    it('iTunes on a Mac is drawn as a Mac app: window buttons at the top left, no Windows menu bar', () => {
      const { svg, texts } = draw(program('itunes-mac', 'all-data'));
      expect(svg.querySelector('.pic-mac-close')).not.toBeNull();
      expect(texts).not.toContain('Controls');
      expect(texts).toContain(ITUNES.thisComputer);
    });

    it('Full Disk Access: System Settings on macOS 13 and later, System Preferences with its lock before', () => {
      const settings = draw({ scene: 'full-disk-access', settings: 'system-settings', target: 'switch' }).texts;
      expect(settings).toEqual(expect.arrayContaining(['Privacy & Security', 'Full Disk Access', 'Backup Lifeboat', '+']));
      const preferences = draw({ scene: 'full-disk-access', settings: 'system-preferences', target: 'switch' }).texts;
      expect(preferences).toEqual(expect.arrayContaining(['Security & Privacy', 'Privacy', 'Full Disk Access', 'Backup Lifeboat', FULL_DISK_ACCESS.lock]));
    });
  });

  describe('draws the phone that is plugged in', () => {
    it('writes its real name in the program, wherever the program shows it', () => {
      for (const name of ['finder', 'apple-devices', 'itunes-mac', 'itunes-windows'] as const) {
        const { texts } = draw(program(name, 'back-up-now'));
        expect(texts, name).toContain('Anna’s iPhone');
      }
    });

    it('draws an iPad as an iPad: the labels say iPad, the screen is wider', () => {
      const ipad = pictureDevice({ ...PHONES.ready, kind: 'ipad', name: 'Studio iPad', productType: 'iPad13,1' });
      expect(draw(program('finder', 'all-data'), ipad).texts).toContain('Back up all of the data on your iPad to this Mac');
      expect(draw({ scene: 'trust-prompt' }, ipad).figure.className).toContain('picture-tablet');
      expect(draw({ scene: 'trust-prompt' }, ANNA).figure.className).not.toContain('picture-tablet');
    });

    it('cuts a long name short with an ellipsis rather than running off the window', () => {
      const long = pictureDevice({ ...PHONES.ready, name: 'The family’s shared iPhone from the kitchen drawer' });
      const { texts } = draw(program('finder', 'device'), long);
      expect(texts).not.toContain('The family’s shared iPhone from the kitchen drawer');
      expect(texts.filter((text) => text.startsWith('The family’s') && text.endsWith('…')).length).toBe(2);
    });
  });
});
