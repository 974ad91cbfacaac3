/**
 * Reading what Windows' own tools say about Apple's software (apple-facts §4): `sc query` for
 * Apple Mobile Device Service, `reg query` for the desktop installs, `Get-AppxPackage` for the
 * Microsoft Store apps. Pure functions over captured output, so they are tested on any machine.
 */
import type { AppleSoftware } from '../../../../shared/snapshot';

/** What a command printed and how it exited; null where it could not be run at all. */
export type CommandResult = { stdout: string; exitCode: number } | null;

/** Windows' "the specified service does not exist as an installed service". */
const SERVICE_DOES_NOT_EXIST = 1060;

/** The service state from `sc query "Apple Mobile Device Service"`; null when the output says nothing clear. */
export function parseScQuery(result: CommandResult): AppleSoftware['mobileDeviceService'] {
  if (!result) return null;
  if (result.exitCode === SERVICE_DOES_NOT_EXIST || /FAILED\s+1060\b/.test(result.stdout)) return 'missing';
  const state = /STATE\s*:\s*(\d+)/.exec(result.stdout)?.[1];
  if (state === undefined) return null;
  // 4 RUNNING; 2 START_PENDING counts as on its way; 1 STOPPED, 3 STOP_PENDING, 7 PAUSED do not serve.
  return state === '4' || state === '2' ? 'running' : 'stopped';
}

/** Whether `reg query KEY` found the key; null when reg could not be run or said something else. */
export function parseRegQuery(result: CommandResult): boolean | null {
  if (!result) return null;
  if (result.exitCode === 0 && /^HKEY_/m.test(result.stdout)) return true;
  if (result.exitCode === 1) return false;
  return null;
}

/** The Apple package names (`AppleInc.…`) in `Get-AppxPackage` output; null when it could not be run. */
export function parseAppxPackages(result: CommandResult): Set<string> | null {
  if (!result || result.exitCode !== 0) return null;
  return new Set([...result.stdout.matchAll(/\bAppleInc\.([A-Za-z0-9]+)(?=[_\s]|$)/g)].map((match) => `AppleInc.${match[1]}`));
}

/** Every check's raw outcome. */
export interface WindowsChecks {
  service: CommandResult;
  mobileDeviceSupportKey: CommandResult;
  itunesKey: CommandResult;
  appx: CommandResult;
  /** Whether 127.0.0.1:27015 accepted a connection (usbmuxd served by the service). */
  portAnswers: boolean;
}

/** Puts the checks together; anything no check could tell stays null. */
export function appleSoftwareFrom(checks: WindowsChecks): AppleSoftware {
  const service = parseScQuery(checks.service);
  const supportInstalled = parseRegQuery(checks.mobileDeviceSupportKey);
  const desktopItunes = parseRegQuery(checks.itunesKey);
  const packages = parseAppxPackages(checks.appx);
  let mobileDeviceService = checks.portAnswers ? 'running' : service;
  if (mobileDeviceService === null && supportInstalled === false) mobileDeviceService = 'missing';
  let itunes: AppleSoftware['itunes'] = null;
  if (desktopItunes) itunes = 'desktop';
  else if (packages?.has('AppleInc.iTunes')) itunes = 'store';
  else if (desktopItunes === false && packages) itunes = 'none';
  return {
    appleDevices: packages ? packages.has('AppleInc.AppleDevices') : null,
    itunes,
    mobileDeviceService,
  };
}
