/**
 * Turns the latest report of every probe into one Snapshot. Pure: the same reports always give
 * the same snapshot, which is what lets the core skip pushing when nothing really changed.
 */
import { emptySnapshot, type Device, type DeviceKind, type Snapshot, type Sources } from '../../shared/snapshot';
import { isStandInUdid } from '../../shared/device-identity';
import type { AttachedPhones, ProbeReport } from './probe';

/** Merges two views of the same device: known values win over nulls, connections and sources are unioned. */
export function mergeDevice(a: Device, b: Device): Device {
  return {
    udid: a.udid,
    kind: a.kind !== 'other' ? a.kind : b.kind,
    name: a.name ?? b.name,
    iosVersion: a.iosVersion ?? b.iosVersion,
    productType: a.productType ?? b.productType,
    connections: [...new Set([...a.connections, ...b.connections])].sort(),
    paired: a.paired ?? b.paired,
    seenBy: [...new Set([...a.seenBy, ...b.seenBy])].sort(),
  };
}

/** usbmuxd never serves a phone in these modes, so such a device never matches one it lists. */
const RESTORE_KINDS: DeviceKind[] = ['recovery', 'dfu'];

function matches(usbmux: Device, standIn: Device): boolean {
  if (usbmux.seenBy.includes('usb') || !usbmux.seenBy.includes('usbmux') || !usbmux.connections.includes('usb')) return false;
  if (RESTORE_KINDS.includes(standIn.kind)) return false;
  return usbmux.kind === standIn.kind || usbmux.kind === 'other' || standIn.kind === 'other';
}

/**
 * Folds each stand-in (a USB device whose serial could not be read, see shared/device-identity)
 * into the first usbmuxd device over USB of a compatible kind not yet seen by USB: the two views
 * cannot meet by UDID, yet one cable means one phone. What stays unmatched is the diagnosis:
 * USB sees a phone that usbmuxd does not.
 */
export function foldStandIns(devices: Device[]): Device[] {
  const known = devices.filter((device) => !isStandInUdid(device.udid));
  const unmatched: Device[] = [];
  for (const standIn of devices.filter((device) => isStandInUdid(device.udid))) {
    const index = known.findIndex((device) => matches(device, standIn));
    if (index < 0) unmatched.push(standIn);
    else known[index] = mergeDevice(known[index] as Device, standIn);
  }
  return [...known, ...unmatched];
}

/** Builds the snapshot from per-source reports, in the order the sources were registered. */
export function composeSnapshot(reports: ReadonlyMap<keyof Sources, ProbeReport>, sequence: number): Snapshot {
  const snapshot = emptySnapshot();
  const devices = new Map<string, Device>();
  const sources: Sources = { ...snapshot.sources };
  for (const [source, report] of reports) {
    const { source: status, devices: reported, ...rest } = report;
    Object.assign(snapshot, rest);
    if (status) sources[source] = status;
    for (const device of reported ?? []) {
      const known = devices.get(device.udid);
      devices.set(device.udid, known ? mergeDevice(known, device) : device);
    }
  }
  return { ...snapshot, sequence, devices: foldStandIns([...devices.values()]), sources };
}

/** The phones a snapshot shows attached; known only while usbmuxd, which lists phones by UDID, answers. */
export function attachedPhonesOf(snapshot: Snapshot): AttachedPhones {
  const udids = snapshot.devices.filter((device) => !isStandInUdid(device.udid)).map((device) => device.udid).sort();
  return { known: snapshot.sources.usbmux.state === 'ok', udids };
}
