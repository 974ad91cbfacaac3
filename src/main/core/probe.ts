/**
 * What a probe is: one source of truth, started once, reporting plain data about its slice of
 * the snapshot whenever it changes. A probe reports its own failures as a source state; the
 * core also catches anything a probe throws, so a broken probe never stops the others.
 */
import type { Snapshot, SourceStatus, Sources } from '../../shared/snapshot';

/** The part of the snapshot one probe may fill in. `devices` from several probes are merged by UDID. */
export type ProbeReport = Partial<Omit<Snapshot, 'sequence' | 'sources'>> & { source?: SourceStatus };

/** Sends a probe's latest report to the core; each report replaces that probe's previous one. */
export type Report = (report: ProbeReport) => void;

/**
 * The phones the composed snapshot shows attached (over USB or Wi-Fi). The core tells probes that
 * want it; no probe asks another. `known` is false while no source that lists phones by UDID
 * (usbmuxd) answers: then nobody can say which phone is attached.
 */
export interface AttachedPhones {
  known: boolean;
  udids: string[];
}

/** One source of truth. */
export interface Probe {
  /** Which entry of `Snapshot.sources` this probe answers for. */
  readonly source: keyof Sources;
  /** Starts watching; resolves once the first report is in (or the source is known to be unavailable). */
  start(report: Report): Promise<void> | void;
  /** Stops every watcher, socket and timer the probe holds. */
  stop(): Promise<void> | void;
  /** Hears which phones are attached, whenever that changes (the core composes it from every probe's reports). */
  attachedPhonesChanged?(phones: AttachedPhones): void;
}

/** A source that works. */
export const OK: SourceStatus = { state: 'ok', reason: null };

/** A source that cannot be read, with why in plain words. */
export function unavailable(reason: string): SourceStatus {
  return { state: 'unavailable', reason };
}
