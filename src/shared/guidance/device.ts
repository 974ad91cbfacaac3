/**
 * Which connected device the walkthrough is about, and what about it (or about this computer's
 * Apple software) stops a backup before it can start.
 */
import type { Device, Snapshot } from '../snapshot';
import type { Route } from './route';
import type { ProblemId } from './types';

/** UDIDs are written with and without a hyphen (newer phones); compare them without. */
export function sameUdid(a: string, b: string): boolean {
  return normalizeUdid(a) === normalizeUdid(b);
}

/** The UDID in one canonical spelling. */
export function normalizeUdid(udid: string): string {
  return udid.replace(/-/g, '').toUpperCase();
}

/** A device Apple's software talks to over the cable, in normal mode: the only kind that can be backed up. */
export function isReady(device: Device): boolean {
  return (
    device.kind !== 'recovery' &&
    device.kind !== 'dfu' &&
    device.seenBy.includes('usbmux') &&
    device.connections.includes('usb')
  );
}

function rank(device: Device): number {
  if (isReady(device)) return 0;
  if (device.kind === 'recovery' || device.kind === 'dfu') return 1;
  if (!device.seenBy.includes('usbmux')) return 2;
  return 3;
}

/** The device to guide for: a ready one first, then one in a special state; null when none is connected. */
export function chooseDevice(devices: readonly Device[]): Device | null {
  return [...devices].sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/** Windows without a working Apple Mobile Device Service cannot talk to any phone. */
function windowsLacksDeviceSupport(snapshot: Snapshot): boolean {
  if (snapshot.host.os !== 'windows') return false;
  const service = snapshot.host.appleSoftware.mobileDeviceService;
  return service === 'missing' || service === 'stopped' || snapshot.sources.usbmux.state === 'unavailable';
}

/** The program for the route is known not to be installed (Windows only; Macs always have theirs). */
export function programMissing(snapshot: Snapshot, route: Route): boolean {
  if (snapshot.host.os !== 'windows') return false;
  const { appleDevices, itunes } = snapshot.host.appleSoftware;
  if (route === 'apple-devices') return appleDevices === false;
  if (route === 'itunes') return itunes === 'none';
  return false;
}

/** What stops the backup right now, most basic first; null when nothing does. */
export function findProblem(snapshot: Snapshot, device: Device | null, route: Route): ProblemId | null {
  if (route === 'none') return 'no-program';
  if (device?.kind === 'recovery') return 'recovery-mode';
  if (device?.kind === 'dfu') return 'dfu-mode';
  if (device && !device.seenBy.includes('usbmux')) return 'no-device-support';
  if (!device && windowsLacksDeviceSupport(snapshot)) return 'no-device-support';
  if (device && !device.connections.includes('usb')) return 'network-only';
  if (programMissing(snapshot, route)) return 'program-missing';
  return null;
}
