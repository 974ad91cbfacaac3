/**
 * The words of the local-backup walkthrough, step by step, for each program and each kind of
 * device. Plugging in and trusting read the same everywhere; the steps inside the program are in
 * program-steps.ts.
 */
import type { Route } from '../guidance/route';
import type { StepId } from '../guidance/types';
import type { ActionButton } from './actions';
import type { DeviceNoun } from './device-names';
import { backUpNow, chooseOptions, openProgram, progressWhere, type ProgramRoute } from './program-steps';

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

function connect(noun: DeviceNoun): StepContent {
  return {
    title: `Plug the ${noun} into this computer`,
    body: [
      'Use a USB cable, straight into the computer rather than through a hub or keyboard if you can.',
      `Unlock the ${noun}. The app notices the moment it is connected.`,
    ],
    help: {
      title: 'Plugged in and nothing happens?',
      items: [
        `Some cables only charge and carry no data. Use the cable that came with the ${noun}, or one you know works for syncing.`,
        'Try a different USB port on the computer.',
        `Unlock the ${noun} and leave it on the Home Screen.`,
        `On Windows: if Windows offers to import photos but the ${noun} never asks whether to trust the computer, Apple Mobile Device Service is missing — install Apple Devices from the Microsoft Store (or iTunes on Windows older than Windows 10 version 22H2).`,
      ],
    },
  };
}

function trust(noun: DeviceNoun): StepContent {
  return {
    title: `Unlock the ${noun} and tap Trust`,
    body: [
      `The ${noun} asks “Trust This Computer?”. Tap Trust, then enter its passcode.`,
      `This lets the computer read the ${noun} for the backup. The app moves on as soon as the ${noun} trusts this computer.`,
    ],
    help: {
      title: 'No question on the screen, or you tapped Don’t Trust?',
      items: [
        `Unplug the ${noun} and plug it back in while it is unlocked: it asks again.`,
        `Still no question? On the ${noun} open Settings, then General → Transfer or Reset ${noun} → Reset → Reset Location & Privacy (this also resets which apps may use your location), and plug in again.`,
      ],
    },
    confirm: 'I tapped Trust',
  };
}

/** Shown on the "Back Up Now" and waiting steps when the device will ask for its passcode. */
export function passcodePrompt(noun: DeviceNoun): string {
  return `Your ${noun} will ask for its passcode as the backup starts (every iPhone and iPad with iOS or iPadOS 16.1 or later does). Enter it within a few minutes — left unanswered, the backup stops after about three minutes.`;
}

/** While the backup runs: the question may be on the screen right now. */
export function passcodeWhileRunning(noun: DeviceNoun): string {
  return `If your ${noun} shows a passcode prompt, enter the passcode now: the backup waits for it, and stops after about three minutes without it.`;
}

/** The passcode warning for an iPhone, as the content tests read it. */
export const PASSCODE_PROMPT = passcodePrompt('iPhone');

function wait(route: ProgramRoute, noun: DeviceNoun): StepContent {
  return {
    title: 'Wait for it to finish',
    body: [progressWhere(route, noun), 'A first backup can take a long while; later ones only add what changed. Leave the cable in until it is done.'],
    help: {
      title: 'It stopped with an error?',
      items: [
        `Restart the ${noun} and try again: a backup that was cut off earlier can block a new one.`,
        'A message about space (on Windows, error 105) means this computer is too full: free some space, then try again.',
        `A message that the device is locked (error 208) means the passcode was not entered in time: unlock the ${noun} and start again.`,
      ],
    },
    confirm: 'It finished',
  };
}

/** The words for one step on one route, addressed to this kind of device ("iPhone" when none is connected). */
export function stepContent(step: StepId, route: Route, noun: DeviceNoun = 'iPhone'): StepContent {
  const program: ProgramRoute = route === 'none' ? 'finder' : route;
  switch (step) {
    case 'connect':
      return connect(noun);
    case 'trust':
      return trust(noun);
    case 'open-program':
      return openProgram(program, noun);
    case 'options':
      return chooseOptions(program, noun);
    case 'back-up-now':
      return backUpNow(program, noun);
    case 'wait':
      return wait(program, noun);
  }
}
