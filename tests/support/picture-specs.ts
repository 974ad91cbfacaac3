/** Every computer the planner plans for and every picture the app can draw, for tests that must cover them all. */
import { ILLUSTRATIONS } from '../../src/shared/content/illustrations';
import { fullDiskAccessPicture, pictureDevice, stepPicture, type PictureDevice, type PictureSpec } from '../../src/shared/content/pictures';
import { chooseRoute, type Route } from '../../src/shared/guidance/route';
import { STEP_IDS } from '../../src/shared/guidance/types';
import type { AppleSoftware, OsFamily } from '../../src/shared/snapshot';
import { PHONES } from './snapshots';

/** A computer, with the route the planner picks for it. */
export interface PlannedHost {
  label: string;
  os: OsFamily;
  version: string;
  software: AppleSoftware;
  route: Route;
}

const UNKNOWN: AppleSoftware = { appleDevices: null, itunes: null, mobileDeviceService: null };
const ONLY_ITUNES: AppleSoftware = { appleDevices: false, itunes: 'desktop', mobileDeviceService: 'running' };

function host(label: string, os: OsFamily, version: string, software: AppleSoftware = UNKNOWN): PlannedHost {
  return { label, os, version, software, route: chooseRoute({ os, version, appleSoftware: software }) };
}

/** One computer of each kind the planner tells apart: every route, and iTunes on both systems. */
export const HOSTS: PlannedHost[] = [
  host('macOS 15', 'macos', '15.1'),
  host('macOS 12', 'macos', '12.7.4'),
  host('macOS 10.14', 'macos', '10.14.6'),
  host('Windows 11', 'windows', '10.0.22631'),
  host('Windows 10 with only iTunes', 'windows', '10.0.19045', ONLY_ITUNES),
  host('Windows 7', 'windows', '6.1.7601'),
  host('Linux', 'linux', '6.8.0'),
  host('an unknown system', 'other', ''),
];

/** The phone as pictures draw it: named, unnamed, an iPad, an iPod touch, and none yet. */
export const PICTURE_DEVICES: Record<string, PictureDevice> = {
  'Anna’s iPhone': pictureDevice(PHONES.ready),
  'an iPad': pictureDevice({ ...PHONES.ready, kind: 'ipad', name: 'Studio iPad', productType: 'iPad13,1' }),
  'an iPod touch': pictureDevice({ ...PHONES.ready, kind: 'ipod', name: 'Old iPod', productType: 'iPod9,1' }),
  'a phone whose name is not read yet': pictureDevice(PHONES.usbOnly),
  'no phone yet': pictureDevice(null),
};

function key(spec: PictureSpec): string {
  return Object.values(spec).join('/');
}

/** Every picture: each step on each computer, Full Disk Access in both settings apps, and the checklist's. */
export function everyPictureSpec(): PictureSpec[] {
  const specs = [
    ...HOSTS.flatMap((h) => STEP_IDS.map((step) => stepPicture(step, h.route, h.os))),
    ...(['15.1', '10.14.6'] as const).flatMap((version) => (['add', 'switch'] as const).map((target) => fullDiskAccessPicture(version, target))),
    ...Object.values(ILLUSTRATIONS),
  ];
  return [...new Map(specs.map((spec) => [key(spec), spec])).values()];
}
