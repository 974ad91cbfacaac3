/**
 * The walkthrough's steps that happen inside the backup program — open it, choose the options,
 * start, wait — in each program's own US-English labels. Every button and every piece of advice
 * on a route names that route's program only (a test checks it).
 */
import type { Route } from '../guidance/route';
import type { DeviceNoun } from './device-names';
import { ENCRYPTION, encryptionHow } from './encryption';
import { backupCommand, MAKE_FOLDER_COMMAND } from './linux-backup';
import { APPLE_DEVICES, FINDER, ITUNES } from './program-labels';
import type { StepContent } from './walkthrough-steps';

/** A route that has a program. */
export type ProgramRoute = Exclude<Route, 'none'>;

const CABLE = 'Try another cable — some only charge — or another USB port.';
const SERVICE_RESTART = 'Restart the computer: Apple Mobile Device Service, which talks to the phone over the cable, starts again with it.';

/** Opening the program and finding the device in it. */
export function openProgram(route: ProgramRoute, noun: DeviceNoun): StepContent {
  switch (route) {
    case 'finder':
      return {
        title: `Open Finder and click your ${noun}`,
        body: [
          'Open a Finder window: the blue-and-white face at the left end of the Dock, or the button below.',
          `In the sidebar on the left, under Locations, click your ${noun}.`,
          `If Finder shows a Trust button, click it, and tap Trust on the ${noun} if it asks again.`,
        ],
        help: {
          title: `Your ${noun} is not in the sidebar?`,
          items: [
            'Finder may be hiding devices. In the menu bar choose Finder → Settings (Preferences on older macOS), open Sidebar, and select “CDs, DVDs, and iOS Devices”.',
            CABLE,
            `Unlock the ${noun}.`,
          ],
        },
        confirm: `I can see my ${noun} in Finder`,
        actions: [{ action: 'open-finder', label: 'Open Finder' }],
      };
    case 'apple-devices':
      return {
        title: `Open Apple Devices and click your ${noun}`,
        body: ['Open the Apple Devices app from the Start menu, or with the button below.', `Click your ${noun} in the sidebar.`],
        help: {
          title: `Your ${noun} is not in Apple Devices?`,
          items: [`Unlock the ${noun} and tap Trust if it asks.`, CABLE, SERVICE_RESTART],
        },
        confirm: `I can see my ${noun} in Apple Devices`,
        actions: [{ action: 'open-apple-devices', label: 'Open Apple Devices' }],
      };
    case 'itunes':
      return {
        title: 'Open iTunes and click the device button',
        body: [
          'Open iTunes, or use the button below.',
          `Click the small ${noun} button near the top left of the window, then Summary in the sidebar.`,
        ],
        help: {
          title: 'No device button in iTunes?',
          items: [`Unlock the ${noun} and tap Trust if it asks.`, CABLE, `On Windows: ${SERVICE_RESTART.charAt(0).toLowerCase()}${SERVICE_RESTART.slice(1)}`],
        },
        confirm: `I can see my ${noun} in iTunes`,
        actions: [{ action: 'open-itunes', label: 'Open iTunes' }],
      };
    case 'idevicebackup2':
      return {
        title: 'Open a terminal',
        body: [
          `This computer backs up an ${noun} with libimobiledevice’s idevicebackup2.`,
          'If it is missing, install it: “sudo apt install libimobiledevice-utils usbmuxd”.',
          `Check that the ${noun} is seen: “idevice_id -l” prints its ID.`,
        ],
        confirm: 'The terminal is ready',
      };
  }
}

function options(route: ProgramRoute, choose: string): StepContent {
  return {
    title: 'Choose the backup options',
    body: [choose, `${ENCRYPTION.title}: ${encryptionHow(route)}`, ENCRYPTION.adds, ENCRYPTION.warning],
    confirm: 'Options chosen',
  };
}

/** Choosing where the backup goes and whether to encrypt it. */
export function chooseOptions(route: ProgramRoute, noun: DeviceNoun): StepContent {
  switch (route) {
    case 'finder':
      return options(route, `On the General tab, under Backups, choose “${FINDER.allData(noun)}”.`);
    case 'apple-devices':
      return options(route, `On the General page, under Backups, choose “${APPLE_DEVICES.allData(noun)}”.`);
    case 'itunes':
      return options(route, `In Summary, under Backups, choose “${ITUNES.thisComputer}”.`);
    case 'idevicebackup2':
      return options(route, `Make the folder for the backup first (idevicebackup2 will not make it): “${MAKE_FOLDER_COMMAND}”.`);
  }
}

/** Starting the backup. */
export function backUpNow(route: ProgramRoute, noun: DeviceNoun): StepContent {
  const keep = `Keep the cable in and the ${noun} unlocked and close by.`;
  switch (route) {
    case 'finder':
      return { title: 'Click Back Up Now', body: ['Click “Back Up Now” in the Backups section of the General tab.', keep], confirm: 'I clicked Back Up Now' };
    case 'apple-devices':
      return { title: 'Click Back Up Now', body: ['Click “Back Up Now” on the General page.', keep], confirm: 'I clicked Back Up Now' };
    case 'itunes':
      return { title: 'Click Back Up Now', body: ['Click “Back Up Now” under Backups.', keep], confirm: 'I clicked Back Up Now' };
    case 'idevicebackup2':
      return { title: 'Start the backup', body: [`Run “${backupCommand()}”.`, keep], confirm: 'I started it' };
  }
}

/** Where each program shows its progress. */
export function progressWhere(route: ProgramRoute, noun: DeviceNoun): string {
  switch (route) {
    case 'finder':
      return `Finder shows the progress next to your ${noun}’s name in the sidebar.`;
    case 'apple-devices':
      return 'Apple Devices shows the progress at the top of its window.';
    case 'itunes':
      return 'iTunes shows the progress at the top of its window.';
    case 'idevicebackup2':
      return 'The terminal shows the progress and says when the backup has succeeded.';
  }
}
