/**
 * Turns the latest report of every probe into one Snapshot. Pure: the same reports always give
 * the same snapshot, which is what lets the core skip pushing when nothing really changed.
 */
import { emptySnapshot, type Device, type Snapshot, type Sources } from '../../shared/snapshot';
import type { ProbeReport } from './probe';

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
  return { ...snapshot, sequence, devices: [...devices.values()], sources };
}
