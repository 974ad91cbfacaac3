/** The special cases that stop a local backup before it starts, each with what to do about it. */
import type { ProblemId } from '../guidance/types';
import type { Route } from '../guidance/route';
import type { OsFamily } from '../snapshot';
import type { ActionButton } from './actions';

/** A problem's words. */
export interface ProblemContent {
  title: string;
  body: string[];
  actions?: ActionButton[];
}

const FORCE_RESTART =
  'Try to start it normally with a forced restart: press and quickly release volume up, then volume down, then press and hold the side button until the Apple logo appears (iPhone 8 and later).';

const STORE_BUTTON: ActionButton = { action: 'open-apple-devices-store-page', label: 'Get Apple Devices from the Microsoft Store' };

function noDeviceSupport(os: OsFamily, hasDevice: boolean): ProblemContent {
  switch (os) {
    case 'windows':
      return {
        title: hasDevice ? 'Windows sees a phone but cannot talk to it' : 'Windows is not ready to talk to an iPhone',
        body: [
          'Apple’s device support (Apple Mobile Device Support) is missing or not running, so no program on this computer can back the phone up.',
          'Install Apple Devices from the Microsoft Store: it brings the missing part with it. Then unplug the phone and plug it back in.',
          'Installed already? Restart the computer so that Apple Mobile Device Service starts again.',
        ],
        actions: [STORE_BUTTON],
      };
    case 'linux':
      return {
        title: 'This computer sees a phone but cannot talk to it',
        body: ['The usbmuxd service is missing or stopped. Install it with “sudo apt install usbmuxd”, then unplug the phone and plug it back in.'],
      };
    default:
      return {
        title: 'The Mac sees a phone but cannot talk to it',
        body: ['Unplug the phone, restart the Mac and the phone, then plug it in again and unlock it.'],
      };
  }
}

/** The words for a problem on this computer and route. */
export function problemContent(problem: ProblemId, os: OsFamily, route: Route, hasDevice: boolean): ProblemContent {
  const program = route === 'itunes' ? 'iTunes' : 'Finder';
  switch (problem) {
    case 'recovery-mode':
      return {
        title: 'Your phone is in recovery mode, so it cannot be backed up',
        body: [
          'In recovery mode the phone only lets the computer reinstall its software; nothing can be copied off it.',
          FORCE_RESTART,
          `If ${program} offers to Update or Restore the phone, choose Update: it reinstalls iOS and keeps your data. Restore erases the phone.`,
          'Once the phone starts normally, the walkthrough carries on by itself.',
        ],
      };
    case 'dfu-mode':
      return {
        title: 'Your phone is in DFU mode, so it cannot be backed up',
        body: [
          'DFU mode is a deeper recovery state, usually with a black screen. Nothing can be copied off the phone in it.',
          FORCE_RESTART,
          'If the phone does not come back, contact Apple Support before you let any program restore it: a restore erases it.',
        ],
        actions: [{ action: 'open-apple-support', label: 'Contact Apple Support' }],
      };
    case 'no-device-support':
      return noDeviceSupport(os, hasDevice);
    case 'network-only':
      return {
        title: 'Your phone is connected over Wi-Fi only',
        body: [
          'A backup over Wi-Fi is slow and often breaks off, so this walkthrough uses the cable.',
          'Plug the phone in with a USB cable; the walkthrough carries on by itself.',
        ],
      };
    case 'program-missing':
      return route === 'itunes'
        ? {
            title: 'iTunes is not installed',
            body: ['Download iTunes from Apple, install it, then come back: it makes the backup.'],
            actions: [{ action: 'open-itunes-download-page', label: 'Open Apple’s iTunes page' }],
          }
        : {
            title: 'Apple Devices is not installed',
            body: ['Get the free Apple Devices app from the Microsoft Store. It makes the backup, and brings what Windows needs to talk to the phone.'],
            actions: [STORE_BUTTON],
          };
    case 'no-program':
      return {
        title: 'This computer cannot make an iPhone backup',
        body: ['A backup to a computer needs a Mac, a Windows PC with Apple Devices or iTunes, or Linux with libimobiledevice. Use the iCloud checklist here, or another computer.'],
      };
  }
}
