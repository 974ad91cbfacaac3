/**
 * Which picture goes with which step, and what each picture shows in words. The pictures are drawn
 * by the renderer from these specs; every walkthrough step on every route has one, with exactly
 * one highlighted target (the thing to click or tap), drawn with the phone's own name.
 */
import type { Route } from '../guidance/route';
import type { StepId } from '../guidance/types';
import type { Device, OsFamily } from '../snapshot';
import { isAtLeast } from '../version';
import { deviceNoun, modelName, type DeviceNoun } from './device-names';
import { APPLE_DEVICES, FINDER, FULL_DISK_ACCESS, ICLOUD_SCREENS, ITUNES, TERMINAL, TRUST_PROMPT } from './program-labels';

/** The program windows the pictures draw; iTunes looks like a Mac app on a Mac and a Windows app on Windows. */
export type ProgramWindow = 'finder' | 'apple-devices' | 'itunes-mac' | 'itunes-windows' | 'terminal';

/** What a program picture highlights: the phone in the program, the full-backup choice, "Back Up Now", or the progress. */
export type ProgramTarget = 'device' | 'all-data' | 'back-up-now' | 'progress';

/** One picture, by what it shows. */
export type PictureSpec =
  | { scene: 'connect'; computer: 'mac' | 'windows' | 'linux' }
  | { scene: 'trust-prompt' }
  | { scene: 'program'; program: ProgramWindow; target: ProgramTarget }
  | { scene: 'full-disk-access'; settings: 'system-settings' | 'system-preferences'; target: 'add' | 'switch' }
  | { scene: 'icloud-backup'; target: 'switch' | 'back-up-now' }
  | { scene: 'manage-storage' };

/** The phone as the pictures draw it: its name, what the programs call it, and its model when known. */
export interface PictureDevice {
  name: string;
  noun: DeviceNoun;
  model: string | null;
  /** iPads are drawn wider than iPhones. */
  tablet: boolean;
}

/** The picture's device for the connected phone, or a plain iPhone before one is plugged in. */
export function pictureDevice(device: Pick<Device, 'name' | 'kind' | 'productType'> | null): PictureDevice {
  const noun = deviceNoun(device);
  return {
    name: device?.name ?? noun,
    noun,
    model: device?.productType || (device && device.kind !== 'other') ? modelName(device) : null,
    tablet: device?.kind === 'ipad',
  };
}

/** The program window a route's steps are drawn in. */
export function programWindow(route: Route, os: OsFamily): ProgramWindow {
  switch (route) {
    case 'apple-devices':
      return 'apple-devices';
    case 'itunes':
      return os === 'windows' ? 'itunes-windows' : 'itunes-mac';
    case 'idevicebackup2':
      return 'terminal';
    // No supported program: the words fall back to Finder's, and so does the picture.
    case 'finder':
    case 'none':
      return 'finder';
  }
}

const STEP_TARGET: Record<Exclude<StepId, 'connect' | 'trust'>, ProgramTarget> = {
  'open-program': 'device',
  options: 'all-data',
  'back-up-now': 'back-up-now',
  wait: 'progress',
};

/** The picture for one walkthrough step on this route and computer. */
export function stepPicture(step: StepId, route: Route, os: OsFamily): PictureSpec {
  switch (step) {
    case 'connect':
      return { scene: 'connect', computer: os === 'windows' ? 'windows' : os === 'macos' ? 'mac' : 'linux' };
    case 'trust':
      return { scene: 'trust-prompt' };
    default:
      return { scene: 'program', program: programWindow(route, os), target: STEP_TARGET[step] };
  }
}

/** The Full Disk Access picture's spec. */
export type FullDiskAccessSpec = Extract<PictureSpec, { scene: 'full-disk-access' }>;

/** Full Disk Access as this Mac shows it: System Settings from macOS 13, System Preferences before. */
export function fullDiskAccessPicture(macosVersion: string, target: 'add' | 'switch'): FullDiskAccessSpec {
  const settings = !macosVersion || isAtLeast(macosVersion, '13') ? 'system-settings' : 'system-preferences';
  return { scene: 'full-disk-access', settings, target };
}

/** Whether a picture is a phone screen (narrow, set beside the words) rather than a computer window. */
export function isPhoneScreen(spec: PictureSpec): boolean {
  return spec.scene === 'trust-prompt' || spec.scene === 'icloud-backup' || spec.scene === 'manage-storage';
}

const PROGRAM_NAME: Record<ProgramWindow, string> = {
  finder: 'A Finder window',
  'apple-devices': 'The Apple Devices app on Windows',
  'itunes-mac': 'iTunes on a Mac',
  'itunes-windows': 'iTunes for Windows',
  terminal: 'A terminal window',
};

function programAlt(program: ProgramWindow, target: ProgramTarget, device: PictureDevice): string {
  const { name, noun } = device;
  const window = PROGRAM_NAME[program];
  switch (program) {
    case 'finder':
      return {
        device: `${window}: in the sidebar, under ${FINDER.locations}, “${name}” is highlighted. Click it to open its General tab.`,
        'all-data': `${window} showing “${name}” on the General tab. Under Backups, “${FINDER.allData(noun)}” is highlighted, and “${FINDER.encrypt}” is checked below it.`,
        'back-up-now': `${window} showing “${name}” on the General tab, with “${FINDER.allData(noun)}” chosen. The “${FINDER.backUpNow}” button is highlighted.`,
        progress: `${window} while it backs up: in the sidebar, a progress circle beside “${name}” is highlighted, and the foot of the window says ${FINDER.backingUp(name)}`,
      }[target];
    case 'apple-devices':
      return {
        device: `${window}: “${name}” is highlighted in the sidebar, with ${APPLE_DEVICES.pages[0]} below it. Click it to open its General page.`,
        'all-data': `${window} showing “${name}” on the General page. Under Backups, “${APPLE_DEVICES.allData(noun)}” is highlighted, and “${APPLE_DEVICES.encrypt}” is checked below it.`,
        'back-up-now': `${window} showing “${name}” on the General page, with “${APPLE_DEVICES.allData(noun)}” chosen. The “${APPLE_DEVICES.backUpNow}” button is highlighted.`,
        progress: `${window} while it backs up: the line at the top of the window, ${APPLE_DEVICES.backingUp(name)}, is highlighted with its progress bar.`,
      }[target];
    case 'itunes-mac':
    case 'itunes-windows':
      return {
        device: `${window}: the small ${noun} button near the top left, beside the ${ITUNES.mediaPicker} menu, is highlighted. Click it to open “${name}”, then ${ITUNES.pages[0]} in the sidebar.`,
        'all-data': `${window} showing “${name}” on the ${ITUNES.pages[0]} page. Under ${ITUNES.automatically}, “${ITUNES.thisComputer}” is highlighted, and “${ITUNES.encrypt}” is checked below it.`,
        'back-up-now': `${window} showing “${name}” on the ${ITUNES.pages[0]} page, with “${ITUNES.thisComputer}” chosen. The “${ITUNES.backUpNow}” button, under ${ITUNES.manually}, is highlighted.`,
        progress: `${window} while it backs up: the status display at the top of the window, ${ITUNES.backingUp(name)}, is highlighted with its progress bar.`,
      }[target];
    case 'terminal':
      return {
        device: `${window}: the command “${TERMINAL.listDevices}” has printed one line, the ${noun}’s ID, which is highlighted.`,
        'all-data': `${window}: the commands “${TERMINAL.makeFolder}” and “${TERMINAL.encryptionOn}” are typed; the first, which makes the folder for the backup, is highlighted.`,
        'back-up-now': `${window}: the command “${TERMINAL.backUp}” is typed at the prompt and highlighted, ready to run with Enter.`,
        progress: `${window} while idevicebackup2 runs: a progress bar, then the line “${TERMINAL.successful}”, which is highlighted.`,
      }[target];
  }
}

const COMPUTER_NAME = { mac: 'A Mac laptop', windows: 'A Windows laptop', linux: 'A laptop' } as const;

/** What a picture shows, in words, for people who cannot see it. */
export function pictureAlt(spec: PictureSpec, device: PictureDevice): string {
  switch (spec.scene) {
    case 'connect':
      return `${COMPUTER_NAME[spec.computer]} with a USB cable running to an unlocked ${device.noun}. The cable’s plug in the computer’s USB port is highlighted.`;
    case 'trust-prompt':
      return `The ${device.noun} asking “${TRUST_PROMPT.title}” with two buttons, ${TRUST_PROMPT.trust} and ${TRUST_PROMPT.dontTrust}. ${TRUST_PROMPT.trust} is highlighted.`;
    case 'program':
      return programAlt(spec.program, spec.target, device);
    case 'full-disk-access':
      return spec.settings === 'system-settings'
        ? spec.target === 'switch'
          ? `${FULL_DISK_ACCESS.settings}, ${FULL_DISK_ACCESS.privacyAndSecurity}, ${FULL_DISK_ACCESS.pane}: a list of apps, each with a switch. The switch beside Backup Lifeboat is highlighted; the ${FULL_DISK_ACCESS.add} button below the list adds the app when it is missing.`
          : `${FULL_DISK_ACCESS.settings}, ${FULL_DISK_ACCESS.privacyAndSecurity}, ${FULL_DISK_ACCESS.pane}: a list of apps, each with a switch, and below it the ${FULL_DISK_ACCESS.add} button, which is highlighted.`
        : spec.target === 'switch'
          ? `${FULL_DISK_ACCESS.preferences}, ${FULL_DISK_ACCESS.securityAndPrivacy}, the Privacy tab with ${FULL_DISK_ACCESS.pane} chosen on the left. The lock at the bottom opens it for changes; the checkbox beside Backup Lifeboat is highlighted.`
          : `${FULL_DISK_ACCESS.preferences}, ${FULL_DISK_ACCESS.securityAndPrivacy}, the Privacy tab with ${FULL_DISK_ACCESS.pane} chosen on the left. The lock at the bottom opens it for changes; the ${FULL_DISK_ACCESS.add} button below the list of apps is highlighted.`;
    case 'icloud-backup':
      return spec.target === 'switch'
        ? `The ${device.noun}’s ${ICLOUD_SCREENS.backupTitle} screen: the “${ICLOUD_SCREENS.backUpThis(device.noun)}” switch, turned on and green, is highlighted. Below it are the ${ICLOUD_SCREENS.backUpNow} button and the line “${ICLOUD_SCREENS.lastSuccessful}” with a date.`
        : `The ${device.noun}’s ${ICLOUD_SCREENS.backupTitle} screen: the “${ICLOUD_SCREENS.backUpThis(device.noun)}” switch turned on, the ${ICLOUD_SCREENS.backUpNow} button, which is highlighted, and below it the line “${ICLOUD_SCREENS.lastSuccessful}” with a date.`;
    case 'manage-storage':
      return `The ${device.noun}’s storage screen for iCloud: the colored bar showing how full iCloud is, which is highlighted, and below it the ${ICLOUD_SCREENS.backups} row listing the devices that have a backup.`;
  }
}
