/** Every computer the planner plans for and every picture the app can draw, for tests that must cover them all. */
import { ILLUSTRATIONS } from '../../src/shared/content/illustrations';
import { fullDiskAccessPicture, pictureDevice, stepPicture, type PictureDevice, type PictureSpec } from '../../src/shared/content/pictures';
import { chooseRoute, type Route } from '../../src/shared/guidance/route';
import { STEP_IDS } from '../../src/shared/guidance/types';
import type { AppleSoftware, OsFamily } from '../../src/shared/snapshot';
import { PHONES } from './snapshots';

/** A computer the planner plans for, before it has picked the route. */
export interface HostSpec {
  label: string;
  os: OsFamily;
  version: string;
  software: AppleSoftware;
}

/** A computer, with the route the planner picks for it. */
export interface PlannedHost extends HostSpec {
  route: Route;
}

const UNKNOWN: AppleSoftware = { appleDevices: null, itunes: null, mobileDeviceService: null };
const ONLY_ITUNES: AppleSoftware = { appleDevices: false, itunes: 'desktop', mobileDeviceService: 'running' };

function host(label: string, os: OsFamily, version: string, software: AppleSoftware = UNKNOWN): HostSpec {
  return { label, os, version, software };
}

// The tables below hold data only: the planner and the picture code run when a test asks for
// them, so a mutant of either is tested by the tests that read it (a table built while a test
// file loads makes every mutant it touches "static", and one that throws there fails the file
// before any test runs, which Stryker's Vitest runner counts as no test failing).

/** One computer of each kind the planner tells apart: every route, and iTunes on both systems. */
export const HOST_SPECS: readonly HostSpec[] = [
  host('macOS 15', 'macos', '15.1'),
  host('macOS 12', 'macos', '12.7.4'),
  host('macOS 10.14', 'macos', '10.14.6'),
  host('Windows 11', 'windows', '10.0.22631'),
  host('Windows 10 with only iTunes', 'windows', '10.0.19045', ONLY_ITUNES),
  host('Windows 7', 'windows', '6.1.7601'),
  host('Linux', 'linux', '6.8.0'),
  host('an unknown system', 'other', ''),
];

/** The computer with the route the planner picks for it. */
export function planned(spec: HostSpec): PlannedHost {
  return { ...spec, route: chooseRoute({ os: spec.os, version: spec.version, appleSoftware: spec.software }) };
}

/** Every computer of `HOST_SPECS`, each with its route. */
export function plannedHosts(): PlannedHost[] {
  return HOST_SPECS.map(planned);
}

/** The phone as pictures draw it: named, unnamed, an iPad, an iPod touch, and none yet. */
export function pictureDevices(): Record<string, PictureDevice> {
  return {
    'Anna’s iPhone': annasPhone(),
    'an iPad': pictureDevice({ ...PHONES.ready, kind: 'ipad', name: 'Studio iPad', productType: 'iPad13,1' }),
    'an iPod touch': pictureDevice({ ...PHONES.ready, kind: 'ipod', name: 'Old iPod', productType: 'iPod9,1' }),
    'a phone whose name is not read yet': pictureDevice(PHONES.usbOnly),
    'no phone yet': pictureDevice(null),
  };
}

/** Anna's iPhone, named and ready, as pictures draw it. */
export function annasPhone(): PictureDevice {
  return pictureDevice(PHONES.ready);
}

function key(spec: PictureSpec): string {
  return Object.values(spec).join('/');
}

/** Every picture: each step on each computer, Full Disk Access in both settings apps, and the checklist's. */
export function everyPictureSpec(): PictureSpec[] {
  const specs = [
    ...plannedHosts().flatMap((h) => STEP_IDS.map((step) => stepPicture(step, h.route, h.os))),
    ...(['15.1', '10.14.6'] as const).flatMap((version) => (['add', 'switch'] as const).map((target) => fullDiskAccessPicture(version, target))),
    ...Object.values(ILLUSTRATIONS),
  ];
  return [...new Map(specs.map((spec) => [key(spec), spec])).values()];
}
