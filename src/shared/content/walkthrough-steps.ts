/**
 * The words of the local-backup walkthrough, step by step, for each program. Some steps read the
 * same everywhere; opening the program, choosing options, starting and waiting differ per route.
 */
import type { Route } from '../guidance/route';
import type { StepId } from '../guidance/types';
import type { ActionButton } from './actions';
import { ENCRYPTION, encryptionHow } from './encryption';

/** One step's words. */
export interface StepContent {
  title: string;
  body: string[];
  /** "Not working?" advice, shown folded. */
  help?: { title: string; items: string[] };
  /** The button the person presses when the computer cannot see the step happen. */
  confirm?: string;
  actions?: ActionButton[];
}

type RouteWords = Record<Exclude<Route, 'none'>, StepContent>;

const CONNECT: StepContent = {
  title: 'Plug the phone into this computer',
  body: [
    'Use a USB cable, straight into the computer rather than through a hub or keyboard if you can.',
    'Unlock the phone. The app notices the moment it is connected.',
  ],
  help: {
    title: 'Plugged in and nothing happens?',
    items: [
      'Some cables only charge and carry no data. Use the cable that came with the phone, or one you know works for syncing.',
      'Try a different USB port on the computer.',
      'Unlock the phone and leave it on the Home Screen.',
      'On Windows: if Windows offers to import photos but the phone never asks whether to trust the computer, Apple’s device support is missing — install Apple Devices from the Microsoft Store.',
    ],
  },
};

const TRUST: StepContent = {
  title: 'Unlock the phone and tap Trust',
  body: [
    'The phone asks “Trust This Computer?”. Tap Trust, then enter the phone’s passcode.',
    'This lets the computer read the phone for the backup. The app moves on as soon as the phone trusts this computer.',
  ],
  help: {
    title: 'No question on the phone, or you tapped Don’t Trust?',
    items: [
      'Unplug the phone and plug it back in while it is unlocked: it asks again.',
      'Still no question? On the phone open Settings, then General → Transfer or Reset iPhone → Reset → Reset Location & Privacy (this also resets which apps may use your location), and plug in again.',
    ],
  },
  confirm: 'I tapped Trust',
};

const OPEN_PROGRAM: RouteWords = {
  finder: {
    title: 'Open Finder and click your iPhone',
    body: [
      'Open a Finder window: the blue-and-white face at the left end of the Dock, or the button below.',
      'In the sidebar on the left, under Locations, click your iPhone.',
      'If Finder shows a Trust button, click it, and tap Trust on the phone if it asks again.',
    ],
    help: {
      title: 'Your iPhone is not in the sidebar?',
      items: [
        'Finder may be hiding phones. In the menu bar choose Finder → Settings (Preferences on older macOS), open Sidebar, and tick “CDs, DVDs, and iOS Devices”.',
        'Try another cable — some only charge — or another USB port.',
        'Unlock the phone.',
      ],
    },
    confirm: 'I can see my iPhone in Finder',
    actions: [{ action: 'open-finder', label: 'Open Finder' }],
  },
  'apple-devices': {
    title: 'Open Apple Devices and click your iPhone',
    body: ['Open the Apple Devices app from the Start menu, or with the button below.', 'Click your iPhone in the sidebar.'],
    help: {
      title: 'Your iPhone is not in Apple Devices?',
      items: [
        'Unlock the phone and tap Trust if it asks.',
        'Try another cable — some only charge — or another USB port.',
        'Restart the computer: Apple Mobile Device Service, which Apple Devices needs, starts again with it.',
      ],
    },
    confirm: 'I can see my iPhone in Apple Devices',
    actions: [{ action: 'open-apple-devices', label: 'Open Apple Devices' }],
  },
  itunes: {
    title: 'Open iTunes and click the phone button',
    body: [
      'Open iTunes, or use the button below.',
      'Click the small phone button near the top left of the window, then Summary in the sidebar.',
    ],
    help: {
      title: 'No phone button in iTunes?',
      items: [
        'Unlock the phone and tap Trust if it asks.',
        'Try another cable — some only charge — or another USB port.',
        'On Windows, restart the computer so Apple Mobile Device Service starts again.',
      ],
    },
    confirm: 'I can see my iPhone in iTunes',
    actions: [{ action: 'open-itunes', label: 'Open iTunes' }],
  },
  idevicebackup2: {
    title: 'Open a terminal',
    body: [
      'This computer backs up an iPhone with libimobiledevice’s idevicebackup2.',
      'If it is missing, install it: “sudo apt install libimobiledevice-utils usbmuxd”.',
      'Check that the phone is seen: “idevice_id -l” prints its ID.',
    ],
    confirm: 'The terminal is ready',
  },
};

function options(route: Exclude<Route, 'none'>, choose: string): StepContent {
  return {
    title: 'Choose the backup options',
    body: [choose, `${ENCRYPTION.title}: ${encryptionHow(route)}`, ENCRYPTION.adds, ENCRYPTION.warning],
    confirm: 'Options chosen',
  };
}

const OPTIONS: RouteWords = {
  finder: options('finder', 'On the General tab, under Backups, choose “Back up all of the data on your iPhone to this Mac”.'),
  'apple-devices': options('apple-devices', 'On the General page, under Backups, choose to back up all of the data on your iPhone to this computer.'),
  itunes: options('itunes', 'In Summary, under Backups, choose “This Computer”.'),
  idevicebackup2: options('idevicebackup2', 'Make a folder for the backup: “mkdir -p ~/iPhoneBackup”.'),
};

const BACK_UP_NOW_BODY = 'Keep the cable in and the phone unlocked and close by.';

const BACK_UP_NOW: RouteWords = {
  finder: { title: 'Click Back Up Now', body: ['Click “Back Up Now” in the Backups section.', BACK_UP_NOW_BODY], confirm: 'I clicked Back Up Now' },
  'apple-devices': { title: 'Click Back Up Now', body: ['Click “Back Up Now” on the General page.', BACK_UP_NOW_BODY], confirm: 'I clicked Back Up Now' },
  itunes: { title: 'Click Back Up Now', body: ['Click “Back Up Now” under Backups.', BACK_UP_NOW_BODY], confirm: 'I clicked Back Up Now' },
  idevicebackup2: { title: 'Start the backup', body: ['Run “idevicebackup2 backup --full ~/iPhoneBackup”.', BACK_UP_NOW_BODY], confirm: 'I started it' },
};

/** Shown on the "Back Up Now" step when the phone will ask for its passcode. */
export const PASSCODE_PROMPT =
  'Your phone will ask for its passcode as the backup starts (every iPhone with iOS 16.1 or later does). Enter it within a few minutes — left unanswered, the backup stops after about three minutes.';

const WAIT_HELP = {
  title: 'It stopped with an error?',
  items: [
    'Restart the phone and try again: a backup that was cut off earlier can block a new one.',
    'A message about space (on Windows, error 105) means this computer is too full: free some space, then try again.',
    'A message that the device is locked (error 208) means the passcode was not entered in time: unlock the phone and start again.',
  ],
};

function wait(where: string): StepContent {
  return {
    title: 'Wait for it to finish',
    body: [where, 'A first backup can take a long while; later ones only add what changed. Leave the cable in until it is done.'],
    help: WAIT_HELP,
    confirm: 'It finished',
  };
}

const WAIT: RouteWords = {
  finder: wait('Finder shows the progress next to your iPhone’s name in the sidebar.'),
  'apple-devices': wait('Apple Devices shows the progress at the top of its window.'),
  itunes: wait('iTunes shows the progress at the top of its window.'),
  idevicebackup2: wait('The terminal shows the progress and says when the backup has succeeded.'),
};

/** The words for one step on one route. */
export function stepContent(step: StepId, route: Route): StepContent {
  const program = route === 'none' ? 'finder' : route;
  switch (step) {
    case 'connect':
      return CONNECT;
    case 'trust':
      return TRUST;
    case 'open-program':
      return OPEN_PROGRAM[program];
    case 'options':
      return OPTIONS[program];
    case 'back-up-now':
      return BACK_UP_NOW[program];
    case 'wait':
      return WAIT[program];
  }
}
