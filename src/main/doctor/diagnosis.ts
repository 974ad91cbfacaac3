/**
 * The doctor's words: what it found, and the one thing to do next. Kept apart from the layout so
 * the planner's own guidance can take over the "next" part without touching anything else.
 */
import { devicesOnlyUsbSees } from '../../shared/device-identity';
import { routeProgramName, type Route } from '../../shared/guidance/route';
import { isDeviceUdid, safeText } from '../../shared/safe-text';
import type { Device, Snapshot } from '../../shared/snapshot';
import { deviceNoun, modelName } from '../../shared/content/device-names';
import { linuxBackupLine } from '../../shared/content/linux-backup';
import { routeExplained } from '../../shared/content/overview';
import type { LocalSource } from './options';

/** Findings and the next step. */
export interface Diagnosis {
  findings: string[];
  next: string;
}

/** The name the phone gives itself, made safe to print; null when it has none worth showing. */
function nameOf(device: Device): string | null {
  const name = device.name === null ? '' : safeText(device.name);
  return name === '' ? null : name;
}

/** "Ana's iPhone", or what kind of device it is when it has no name yet. */
export function deviceLabel(device: Device): string {
  const name = nameOf(device);
  if (name) return name;
  const kinds: Record<Device['kind'], string> = {
    iphone: 'An iPhone',
    ipad: 'An iPad',
    ipod: 'An iPod touch',
    recovery: 'An iPhone in recovery mode',
    dfu: 'An iPhone in DFU mode',
    other: 'An Apple device',
  };
  return kinds[device.kind];
}

/** One line about a device: what, which iOS, how connected, whether it trusts this computer. */
export function describeDevice(device: Device): string {
  const details = [device.productType ? safeText(modelName(device)) : null, device.iosVersion ? `iOS ${safeText(device.iosVersion)}` : null].filter(Boolean).join(', ');
  const via = device.connections.map((connection) => (connection === 'usb' ? 'USB' : 'Wi-Fi')).join(' and ');
  const trust = device.paired === true ? 'trusts this computer' : device.paired === false ? 'does not trust this computer yet' : 'trust not known';
  return `${deviceLabel(device)}${details ? ` (${details})` : ''}${via ? ` over ${via}` : ''}; ${trust}`;
}

function missingDeviceSupport(os: Snapshot['host']['os']): string {
  switch (os) {
    case 'windows':
      return "Windows sees an Apple device on USB, but Apple's device support does not: install Apple Devices from the Microsoft Store (or iTunes), then make sure Apple Mobile Device Service is running.";
    case 'linux':
      return 'USB sees an Apple device, but usbmuxd does not: install usbmuxd (apt install usbmuxd), then unplug the phone and plug it in again.';
    default:
      return 'USB sees an Apple device that the system does not talk to: unplug it, plug it in again and unlock it.';
  }
}

function usbmuxMissing(os: Snapshot['host']['os']): string {
  switch (os) {
    case 'windows':
      return "Apple Mobile Device Service is not answering: install Apple Devices from the Microsoft Store (or iTunes), or start the service.";
    case 'linux':
      return 'usbmuxd is not running: install it if it is missing (apt install usbmuxd); it starts by itself when a phone is plugged in.';
    default:
      return 'usbmuxd, which lets this Mac talk to iPhones, is not answering: restart the Mac.';
  }
}

function backUpWith(route: Route, device: Device | null): string {
  const name = (device && nameOf(device)) ?? `your ${deviceNoun(device)}`;
  switch (route) {
    case 'finder':
      return `Open Finder, select ${name} in the sidebar under Locations, and click Back Up Now.`;
    case 'apple-devices':
      return `Open Apple Devices, select ${name}, and click Back Up Now on the General page.`;
    case 'itunes':
      return `Open iTunes, click the device button for ${name}, choose This Computer under Backups, and click Back Up Now.`;
    case 'idevicebackup2':
      // idevicebackup2 refuses a folder that does not exist, so the folder is made first; a UDID
      // goes into the command only when it has a real UDID's shape.
      return `Run: ${linuxBackupLine(device && isDeviceUdid(device.udid) ? device.udid : null)}`;
    case 'none':
      return 'This computer has no program that makes iPhone backups: use a Mac or a Windows PC.';
  }
}

function nextStep(snapshot: Snapshot, route: Route, notChecked: readonly LocalSource[]): string {
  if (notChecked.includes('usbmux')) {
    return `On that computer, plug the phone in with a cable that carries data, unlock it and tap Trust. Then: ${backUpWith(route, null)}`;
  }
  const onlyUsb = devicesOnlyUsbSees(snapshot);
  const restoring = onlyUsb.find((device) => device.kind === 'recovery' || device.kind === 'dfu');
  if (restoring) return `${deviceLabel(restoring)} cannot be backed up in this mode: restart it normally, then plug it in again.`;
  if (onlyUsb.length > 0) return missingDeviceSupport(snapshot.host.os);
  if (snapshot.devices.length === 0) {
    if (snapshot.sources.usbmux.state !== 'ok') return usbmuxMissing(snapshot.host.os);
    return 'Plug your iPhone into this computer with a cable that carries data, and unlock it.';
  }
  const untrusted = snapshot.devices.find((device) => device.paired === false);
  if (untrusted) return `Unlock ${nameOf(untrusted) ?? 'your iPhone'}, tap Trust when it asks about this computer, and enter your passcode.`;
  const phone = snapshot.devices.find((device) => device.connections.includes('usb')) ?? snapshot.devices[0];
  return backUpWith(route, phone as Device);
}

/** What the doctor found and what to do next; `notChecked` names the sources left alone because they belong to this computer, not the --host one. */
export function diagnose(snapshot: Snapshot, route: Route, notChecked: readonly LocalSource[] = []): Diagnosis {
  const foreign = notChecked.length > 0;
  const findings = [
    `${foreign ? 'The computer planned for' : 'This computer'} runs ${snapshot.host.displayName}; local backups are made with ${routeProgramName(route)}.`,
    routeExplained(route, snapshot.host),
  ];
  if (foreign) {
    const names = notChecked.map((source) => ({ usb: 'USB', usbmux: 'usbmuxd (phones)', backups: 'backup folders and free space' })[source]);
    findings.push(`Not checked, because they are this computer’s and not that one’s: ${names.join(', ')}.`);
  } else if (snapshot.devices.length === 0) findings.push('No phone is connected.');
  for (const device of snapshot.devices) findings.push(`${describeDevice(device)}.`);
  const status = snapshot.icloudBackupStatus;
  if (status.state !== 'available' && status.state !== 'unknown') {
    findings.push(`Apple reports a problem with iCloud Backup (${status.state}): ${safeText(status.message, 500)}`);
  }
  return { findings, next: nextStep(snapshot, route, notChecked) };
}
