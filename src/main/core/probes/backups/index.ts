/**
 * The backups probe: lists the local backups under the backup roots, says for each whether it is
 * complete, encrypted and healthy, shows one being written as in progress with the bytes so far,
 * and reports the free space where backups go. Watches the roots so every change shows live. A
 * root the system refuses (a Mac without Full Disk Access) cannot be watched, so it alone is
 * looked at again every few seconds until it opens, and the app sees the access the moment it is given.
 * Once the list is out, each finished unencrypted backup is verified against its file index in
 * the background. Read-only: it opens files for reading and watches folders, nothing else.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sameUdid } from '../../../../shared/backups';
import type { Backup } from '../../../../shared/snapshot';
import type { AttachedPhones, Probe, Report } from '../../probe';
import { readBackupFolder, type FolderReading } from './backup-folder';
import { compareReadings, isBeingWritten, lastChangeOf, toBackup } from './backup-state';
import { freeBytesAt } from './free-space';
import { createPlistFiles } from './plist-files';
import { defaultBackupRoots } from './roots';
import { backupsSource, listRoot, readFolders, type RootListing } from './scanner';
import { createSizeTracker } from './size-tracker';
import { createVerificationTracker } from './verification/verification-tracker';
import { watchBackupRoot, type RootChange, type RootWatcher } from './watcher';

/** Options for the backups probe; every one has a sensible default. */
export interface BackupsProbeOptions {
  /** Folders that hold one sub-folder per device; defaults to this OS's standard places. */
  roots?: string[];
  /** Which OS's words to use for a refused folder; defaults to this one. */
  platform?: NodeJS.Platform;
  /** How long file events are gathered before the folders are read again. */
  debounceMs?: number;
  /** How long a backup may go without changing before it counts as interrupted rather than in progress. */
  quietMs?: number;
  /** How often a refused root is tried again; `Infinity` never tries again. */
  permissionRecheckMs?: number;
  /** The clock, for tests. */
  now?: () => number;
  /** Check each finished unencrypted backup's files against its index (the default). */
  verify?: boolean;
}

/** The backups probe, plus what main needs from it besides reports. */
export interface BackupsProbe extends Probe {
  readonly source: 'backups';
  /** The folder of the newest backup of a device (hyphens and case ignored); null when none is listed. */
  locate(udid: string): string | null;
  /** Resolves once the first listing is in and every size has been measured and every backup verified. */
  settled(): Promise<void>;
  attachedPhonesChanged(phones: AttachedPhones): void;
}

const DEFAULT_DEBOUNCE_MS = 300;
/**
 * While many folders are being measured, their sizes are shown together at this pace instead of
 * in a new snapshot per folder; the last one of a run is always shown at once.
 */
const SIZE_REPORT_INTERVAL_MS = 250;
const DEFAULT_QUIET_MS = 2 * 60 * 1000;
/** Soon enough that granting Full Disk Access shows before the person has switched back to the app. */
const DEFAULT_PERMISSION_RECHECK_MS = 3000;

/** Creates the backups probe. */
export function createBackupsProbe(options: BackupsProbeOptions = {}): BackupsProbe {
  const roots = (options.roots ?? defaultBackupRoots()).map((root) => path.resolve(root));
  const platform = options.platform ?? process.platform;
  const quietMs = options.quietMs ?? DEFAULT_QUIET_MS;
  const now = options.now ?? Date.now;
  const verify = options.verify ?? true;
  const files = createPlistFiles();
  const readings = new Map<string, FolderReading>();
  const listings = new Map<string, RootListing>();
  const lastChange = new Map<string, number>();
  const watchers = new Map<string, RootWatcher>();
  let freeBytes: number | null = null;
  let report: Report | null = null;
  let stopped = false;
  let firstScan: Promise<void> = Promise.resolve();
  let changes: Promise<void> = Promise.resolve();
  let quietTimer: NodeJS.Timeout | undefined;
  let permissionTimer: NodeJS.Timeout | undefined;
  const permissionRecheckMs = options.permissionRecheckMs ?? DEFAULT_PERMISSION_RECHECK_MS;
  /** Until the core says otherwise, nobody can tell which phones are attached. */
  let phones: AttachedPhones = { known: false, udids: [] };

  /** Runs rescans one after another, so an older reading never overwrites a newer one; a failed one still republishes. */
  const enqueue = (work: () => Promise<void>) => {
    changes = changes.then(work).catch(() => publish());
  };

  const publish = () => {
    if (stopped || !report) return;
    const nowMs = now();
    const clock = { nowMs, quietMs };
    const backups: Backup[] = [];
    let nextQuietCheck = Number.POSITIVE_INFINITY;
    for (const reading of [...readings.values()].sort(compareReadings)) {
      const activity = { lastChangeMs: lastChange.get(reading.path) ?? null, sizeBytes: sizes.get(reading.path) };
      const writing = isBeingWritten(reading, activity, clock, phones);
      // Verified after the list is out, never before: the first list waits for nothing but the plists.
      if (verify && listed && !writing && reading.finished === true && reading.encrypted !== true && reading.index !== null && reading.indexStamp !== null) {
        verifications.request(reading.path, reading.index, reading.indexStamp);
      }
      backups.push(toBackup(reading, activity, writing, clock, verifications.get(reading.path, reading.indexStamp)));
      void watchers.get(path.dirname(reading.path))?.setActive(reading.path, writing);
      if (writing) {
        // Being written means a change was seen (lastChangeOf is not null) within the quiet time of now.
        nextQuietCheck = Math.min(nextQuietCheck, (lastChangeOf(reading, activity) ?? nowMs) + quietMs);
      }
    }
    armQuietCheck(nextQuietCheck - nowMs);
    armPermissionRecheck();
    report({ backups, disk: { freeBytes }, source: backupsSource([...listings], platform) });
  };

  const startWatching = (root: string) => {
    watchers.get(root)?.close();
    watchers.set(
      root,
      watchBackupRoot(root, { debounceMs: options.debounceMs ?? DEFAULT_DEBOUNCE_MS, onChange: (change) => enqueue(() => onChange(root, change)) }),
    );
  };

  /** A refused root sends no events, so it is tried again on a timer — only while it is refused. */
  const armPermissionRecheck = () => {
    if (permissionTimer || stopped || !Number.isFinite(permissionRecheckMs)) return;
    const refused = roots.filter((root) => listings.get(root)?.state === 'denied');
    if (refused.length === 0) return;
    permissionTimer = setTimeout(() => {
      permissionTimer = undefined;
      enqueue(async () => {
        for (const root of refused) {
          const listing = await listRoot(root);
          // Stopped while the root was listed: a watch made now would never be closed.
          if (stopped) return;
          if (listing.state === 'denied') continue;
          // Watches made while refused saw nothing: watch afresh, then read everything in it.
          startWatching(root);
          const folders = await relist(root);
          await refreshFolders(folders);
          sizes.measure(folders.filter((folder) => readings.has(folder)));
        }
        publish();
      });
    }, permissionRecheckMs);
    permissionTimer.unref();
  };

  let lastSizeReport = Number.NEGATIVE_INFINITY;
  /** Sizes measured while the first scan still runs wait for its report, which is the first list. */
  let listed = false;
  const sizes = createSizeTracker((_folder, last) => {
    if (!listed) return;
    const at = performance.now();
    if (!last && at - lastSizeReport < SIZE_REPORT_INTERVAL_MS) return;
    lastSizeReport = at;
    publish();
  });
  const verifications = createVerificationTracker(() => publish());

  /** A backup that stops changing must flip from "in progress" to interrupted without any new event. */
  const armQuietCheck = (delayMs: number) => {
    clearTimeout(quietTimer);
    quietTimer = undefined;
    if (!Number.isFinite(delayMs) || stopped) return;
    quietTimer = setTimeout(() => {
      enqueue(() => refreshFolders([...readings.keys()].filter((folder) => readings.get(folder)?.finished !== true)));
    }, Math.max(0, delayMs) + 10);
    quietTimer.unref();
  };

  const spaceRoot = () => roots.find((root) => listings.get(root)?.state === 'ok') ?? roots[0];

  const relist = async (root: string): Promise<string[]> => {
    const listing = await listRoot(root);
    listings.set(root, listing);
    const folders = listing.state === 'ok' ? listing.folders : [];
    watchers.get(root)?.watchFolders(folders);
    for (const folder of [...readings.keys()]) {
      if (path.dirname(folder) !== root || folders.includes(folder)) continue;
      readings.delete(folder);
      lastChange.delete(folder);
      sizes.forget(folder);
      verifications.forget(folder);
      files.forget(folder);
    }
    return folders;
  };

  const refreshFolders = async (folders: readonly string[]) => {
    for (const folder of folders) {
      const reading = await readBackupFolder(folder, files);
      if (reading) readings.set(folder, reading);
      else readings.delete(folder);
    }
    const root = spaceRoot();
    freeBytes = root === undefined ? null : await freeBytesAt(root);
    publish();
  };

  const onChange = async (root: string, change: RootChange) => {
    if (stopped) return;
    const changed = new Set(change.folders);
    if (change.listing) {
      const listed = await relist(root);
      for (const folder of changed) if (!listed.includes(folder)) changed.delete(folder);
      for (const folder of listed) if (!readings.has(folder)) changed.add(folder);
    }
    const at = now();
    for (const folder of changed) lastChange.set(folder, at);
    await refreshFolders([...changed]);
    sizes.measure([...changed].filter((folder) => readings.has(folder)));
  };

  const scanEverything = async () => {
    const folders = (await Promise.all(roots.map((root) => relist(root)))).flat();
    // Each folder's size is measured as soon as it has been read, while the others are still being read.
    for (const reading of await readFolders(folders, files, (read) => sizes.measure([read.path]))) readings.set(reading.path, reading);
    const root = spaceRoot();
    freeBytes = root === undefined ? null : await freeBytesAt(root);
    listed = true;
    publish();
  };

  return {
    source: 'backups',
    async start(send) {
      report = send;
      if (roots.length === 0) {
        send({ backups: [], disk: { freeBytes: null }, source: backupsSource([], platform) });
        return;
      }
      // Watch before the first listing, so nothing written during it is missed.
      for (const root of roots) startWatching(root);
      // File events that arrive during the first scan wait for it; a scan that fails fails the start.
      firstScan = changes.then(scanEverything);
      changes = firstScan.catch(() => {});
      await firstScan;
    },
    stop() {
      stopped = true;
      clearTimeout(quietTimer);
      clearTimeout(permissionTimer);
      sizes.stop();
      verifications.stop();
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
    locate(udid) {
      const candidates = [...readings.values()].filter((reading) => sameUdid(reading.udid, udid));
      candidates.sort((a, b) => Number(a.archived) - Number(b.archived) || compareReadings(a, b));
      return candidates[0]?.path ?? null;
    },
    async settled() {
      await changes;
      await Promise.all([sizes.settled(), verifications.settled()]);
    },
    attachedPhonesChanged(next) {
      phones = next;
      // A phone coming or going can end (or start) a backup's "in progress" at once.
      if (listed) publish();
    },
  };
}

/** The backups probe among a list of probes, for main to ask it where a backup lives. */
export function findBackupsProbe(probes: readonly Probe[]): BackupsProbe | null {
  const found = probes.find((probe) => probe.source === 'backups' && 'locate' in probe);
  return (found as BackupsProbe | undefined) ?? null;
}
