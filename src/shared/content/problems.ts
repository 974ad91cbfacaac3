/** The special cases that stop a local backup before it starts, each with what to do about it, in the words of this computer's program. */
import type { ProblemId } from '../guidance/types';
import { routeProgramName, type Route } from '../guidance/route';
import type { OsFamily } from '../snapshot';
import type { ActionButton } from './actions';
import type { DeviceNoun } from './device-names';

/** A problem's words. */
export interface ProblemContent {
  title: string;
  body: string[];
  actions?: ActionButton[];
}

function forceRestart(noun: DeviceNoun): string {
  return noun === 'iPhone'
    ? 'Try to start it normally with a forced restart: press and quickly release volume up, then volume down, then press and hold the side button until the Apple logo appears (iPhone 8 and later; on an iPhone 7 hold volume down and the side button together; on an iPhone with a Home button, hold the Home button and the side button together).'
    : `Try to start it normally with a forced restart: on an ${noun} without a Home button press and quickly release the volume button nearest the top button, then the other volume button, then hold the top button until the Apple logo appears; with a Home button, hold the Home button and the top button together until the logo appears.`;
}

const STORE_BUTTON: ActionButton = { action: 'open-apple-devices-store-page', label: 'Get Apple Devices from the Microsoft Store' };
const ITUNES_BUTTON: ActionButton = { action: 'open-itunes-download-page', label: 'Open Apple’s iTunes page' };

/** The program that talks to the device in recovery mode, named as the person knows it. */
function restoringProgram(route: Route): string {
  return route === 'finder' || route === 'apple-devices' || route === 'itunes' ? routeProgramName(route) : 'a program on the computer';
}

function noDeviceSupport(os: OsFamily, route: Route, hasDevice: boolean, noun: DeviceNoun): ProblemContent {
  switch (os) {
    case 'windows': {
      const itunes = route === 'itunes';
      return {
        title: hasDevice ? `Windows sees an ${noun} but cannot talk to it` : `Windows is not ready to talk to an ${noun}`,
        body: [
          `Apple Mobile Device Service, which lets Windows talk to an ${noun}, is missing or not running, so no program on this computer can make the backup.`,
          itunes
            ? 'Install iTunes from Apple: it brings Apple Mobile Device Service with it. Then unplug the device and plug it back in.'
            : 'Install Apple Devices from the Microsoft Store: it brings Apple Mobile Device Service with it. Then unplug the device and plug it back in.',
          'Installed already? Restart the computer so that Apple Mobile Device Service starts again.',
        ],
        actions: [itunes ? ITUNES_BUTTON : STORE_BUTTON],
      };
    }
    case 'linux':
      return {
        title: `This computer sees an ${noun} but cannot talk to it`,
        body: [`The usbmuxd service is missing or stopped. Install it with “sudo apt install usbmuxd”, then unplug the ${noun} and plug it back in.`],
      };
    default:
      return {
        title: `The Mac sees an ${noun} but cannot talk to it`,
        body: [`Unplug the ${noun}, restart the Mac and the ${noun}, then plug it in again and unlock it.`],
      };
  }
}

function programMissing(route: Route, noun: DeviceNoun): ProblemContent {
  switch (route) {
    case 'itunes':
      return { title: 'iTunes is not installed', body: ['Download iTunes from Apple, install it, then come back: it makes the backup.'], actions: [ITUNES_BUTTON] };
    case 'apple-devices':
      return {
        title: 'Apple Devices is not installed',
        body: [`Get the free Apple Devices app from the Microsoft Store. It makes the backup, and brings Apple Mobile Device Service, which Windows needs to talk to the ${noun}.`],
        actions: [STORE_BUTTON],
      };
    case 'idevicebackup2':
      return { title: 'idevicebackup2 is not installed', body: ['Install it with “sudo apt install libimobiledevice-utils usbmuxd”, then come back: it makes the backup.'] };
    default:
      return { title: 'The backup program could not be found', body: ['Restart the computer and open this app again; if it still cannot find the program, use the iCloud checklist meanwhile.'] };
  }
}

/** The words for a problem on this computer and route, addressed to this kind of device. */
export function problemContent(problem: ProblemId, os: OsFamily, route: Route, hasDevice: boolean, noun: DeviceNoun = 'iPhone'): ProblemContent {
  switch (problem) {
    case 'recovery-mode':
      return {
        title: `Your ${noun} is in recovery mode, so it cannot be backed up`,
        body: [
          `In recovery mode the ${noun} only lets the computer reinstall its software; nothing can be copied off it.`,
          forceRestart(noun),
          `If ${restoringProgram(route)} offers to Update or Restore the ${noun}, choose Update: it reinstalls the software and keeps your data. Restore erases the ${noun}.`,
          `Once the ${noun} starts normally, the walkthrough carries on by itself.`,
        ],
      };
    case 'dfu-mode':
      return {
        title: `Your ${noun} is in DFU mode, so it cannot be backed up`,
        body: [
          `DFU mode is a deeper recovery state, usually with a black screen. Nothing can be copied off the ${noun} in it.`,
          forceRestart(noun),
          `If the ${noun} does not come back, contact Apple Support before you let any program restore it: a restore erases it.`,
        ],
        actions: [{ action: 'open-apple-support', label: 'Contact Apple Support' }],
      };
    case 'no-device-support':
      return noDeviceSupport(os, route, hasDevice, noun);
    case 'network-only':
      return {
        title: `Your ${noun} is connected over Wi-Fi only`,
        body: [
          'A backup over Wi-Fi is slow and often breaks off, so this walkthrough uses the cable.',
          `Plug the ${noun} in with a USB cable; the walkthrough carries on by itself.`,
        ],
      };
    case 'program-missing':
      return programMissing(route, noun);
    case 'no-program':
      return {
        title: `This computer cannot make an ${noun} backup`,
        body: ['A backup to a computer needs a Mac, a Windows PC with Apple Devices or iTunes, or Linux with libimobiledevice. Use the iCloud checklist here, or another computer.'],
      };
  }
}
