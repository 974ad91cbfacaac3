/**
 * Keeps a live list of the phones usbmuxd knows: a `Listen` connection for attach, detach and
 * pairing as they happen, a `ListDevices` to start from, and for each new phone a lockdown
 * query and a pair-record check. When usbmuxd goes away the list empties and the watch
 * reconnects with backoff; while connected it holds no timers at all (it is purely event-driven).
 */
import type { Device, SourceStatus } from '../../../../shared/snapshot';
import { OK, unavailable } from '../../probe';
import { kindFromDeviceClass, kindFromProductId } from '../usb/apple-ids';
import type { UsbmuxAddress } from './address';
import { queryLockdown, type LockdownInfo } from './lockdown';
import { describeResult, parseEvent, resultNumber, type UsbmuxDeviceRecord } from './messages';
import type { PlistDict } from './plist-codec';
import { hasPairRecord, listDevices } from './requests';
import { openUsbmuxConnection, type UsbmuxConnection } from './usbmux-connection';

/** Timing of the watch; tests shorten the backoff. */
export interface WatchTiming {
  /** For connecting and for each usbmuxd request. */
  requestTimeoutMs: number;
  /** For the whole lockdown conversation with one phone. */
  lockdownTimeoutMs: number;
  /** First reconnect delay; it doubles up to `maxBackoffMs`. */
  initialBackoffMs: number;
  maxBackoffMs: number;
}

/** Lookups of phones' details that run at once, at most: each one holds two connections to usbmuxd. */
export const MAX_CONCURRENT_LOOKUPS = 2;
/** Device connections listed at most; a flood of attaches past this is counted, not kept or looked up. */
export const MAX_LISTED_CONNECTIONS = 32;

/** The timing the app uses: reconnect attempts settle at one a minute. */
export const DEFAULT_TIMING: WatchTiming = { requestTimeoutMs: 2000, lockdownTimeoutMs: 4000, initialBackoffMs: 1000, maxBackoffMs: 60_000 };

/** How long to wait before reconnect attempt number `attempt` (0 for the first). */
export function reconnectDelayMs(attempt: number, timing: Pick<WatchTiming, 'initialBackoffMs' | 'maxBackoffMs'>): number {
  return Math.min(timing.maxBackoffMs, timing.initialBackoffMs * 2 ** Math.min(attempt, 30));
}

/** What the watch reports on every change. */
export interface WatchState {
  source: SourceStatus;
  devices: Device[];
}

/** A running watch. */
export interface DeviceWatch {
  /** Resolves once the first connection attempt, and the lookups of the phones it found, are over. */
  started: Promise<void>;
  stop(): void;
}

interface Details {
  info: LockdownInfo | null;
  paired: boolean | null;
}

/** Builds the snapshot's devices from usbmuxd's connection records and what lockdown told. */
export function devicesFromRecords(records: Iterable<UsbmuxDeviceRecord>, details: ReadonlyMap<string, Details>): Device[] {
  const byUdid = new Map<string, UsbmuxDeviceRecord[]>();
  for (const record of records) byUdid.set(record.udid, [...(byUdid.get(record.udid) ?? []), record]);
  return [...byUdid].map(([udid, list]) => {
    const { info, paired } = details.get(udid) ?? { info: null, paired: null };
    const usb = list.find((record) => record.connection === 'usb');
    return {
      udid,
      kind: kindFromDeviceClass(info?.deviceClass ?? null) ?? kindFromProductId(usb?.productId ?? null),
      name: info?.name ?? null,
      iosVersion: info?.productVersion ?? null,
      productType: info?.productType ?? null,
      connections: [...new Set(list.map((record) => record.connection))].sort(),
      paired,
      seenBy: ['usbmux'],
    };
  });
}

/** Starts watching usbmuxd at `address`; `onChange` hears every new state. */
export function watchDevices(address: UsbmuxAddress, timing: WatchTiming, onChange: (state: WatchState) => void): DeviceWatch {
  const records = new Map<number, UsbmuxDeviceRecord>();
  /** How many of the listed connections each UDID has, so presence is one lookup, not a scan. */
  const connectionsOf = new Map<string, number>();
  /** Connections past the cap: counted so the person hears of them, and forgotten when they detach. */
  const unlisted = new Set<number>();
  const details = new Map<string, Details>();
  const lookups = new Map<string, Promise<void>>();
  const waitingLookups: Array<{ udid: string; plug: number; done: () => void }> = [];
  let runningLookups = 0;
  const pairedPushes = new Set<string>();
  /**
   * A number for each plug-in of each phone present, new every time, so a lookup begun before an
   * unplug cannot land on the next plug-in. Kept only while the phone is there: nothing per phone
   * outlives it, however many phones come and go.
   */
  const plugs = new Map<string, number>();
  let plugCount = 0;
  const aborter = new AbortController();
  let connection: UsbmuxConnection | null = null;
  let source: SourceStatus = unavailable('Not connected yet.');
  let retryTimer: NodeJS.Timeout | null = null;
  let publishQueued: NodeJS.Immediate | null = null;
  let pumpQueued: NodeJS.Immediate | null = null;
  let attempt = 0;
  let stopped = false;
  /** Bumped on every disconnect, so a lookup begun on an earlier connection cannot land. */
  let generation = 0;

  const publishNow = () => {
    if (publishQueued) clearImmediate(publishQueued);
    publishQueued = null;
    if (stopped) return;
    const merged = new Map(details);
    for (const udid of pairedPushes) merged.set(udid, { info: details.get(udid)?.info ?? null, paired: true });
    const note = source.state === 'ok' && unlisted.size > 0 ? { state: 'ok' as const, reason: `${unlisted.size.toLocaleString('en-US')} more device connections not shown.` } : source;
    onChange({ source: note, devices: devicesFromRecords(records.values(), merged) });
  };
  /** Changes that arrive together (a burst of pushes in one read) make one new state, not one each. */
  const publish = () => {
    if (stopped || publishQueued) return;
    publishQueued = setImmediate(publishNow);
  };
  const present = (udid: string) => (connectionsOf.get(udid) ?? 0) > 0;

  const lookUp = async (udid: string, plug: number) => {
    const started = generation;
    const candidates = [...records.values()].filter((record) => record.udid === udid);
    const via = candidates.find((record) => record.connection === 'usb') ?? candidates[0];
    const [info, paired] = await Promise.all([
      via ? queryLockdown(address, via.deviceId, timing.lockdownTimeoutMs, aborter.signal).catch(() => null) : null,
      hasPairRecord(address, udid, timing.requestTimeoutMs, aborter.signal),
    ]);
    if (stopped || started !== generation || plug !== plugs.get(udid) || !present(udid)) return;
    details.set(udid, { info, paired });
    publish();
  };

  /** Starts waiting lookups while there is room; a phone unplugged while it waited is not asked at all. */
  const pumpLookups = () => {
    while (runningLookups < MAX_CONCURRENT_LOOKUPS && waitingLookups.length > 0) {
      const next = waitingLookups.shift() as (typeof waitingLookups)[number];
      if (stopped || !present(next.udid) || next.plug !== plugs.get(next.udid) || details.has(next.udid)) {
        next.done();
        continue;
      }
      runningLookups += 1;
      void lookUp(next.udid, next.plug).finally(() => {
        runningLookups -= 1;
        next.done();
        pumpLookups();
      });
    }
  };

  /** One lookup per phone while it stays attached; a second caller waits for the same one. */
  const lookUpOnce = (udid: string): Promise<void> => {
    if (details.has(udid)) return Promise.resolve();
    const existing = lookups.get(udid);
    if (existing) return existing;
    const plug = plugs.get(udid) ?? 0;
    const running = new Promise<void>((resolve) => waitingLookups.push({ udid, plug, done: resolve })).finally(() => {
      if (lookups.get(udid) === running) lookups.delete(udid);
    });
    lookups.set(udid, running);
    // Started after the pushes read together with this one, so a phone plugged in and out within one burst is never asked.
    pumpQueued ??= setImmediate(() => {
      pumpQueued = null;
      pumpLookups();
    });
    return running;
  };

  const upsert = (record: UsbmuxDeviceRecord) => {
    const known = records.get(record.deviceId);
    if (!known && records.size >= MAX_LISTED_CONNECTIONS) {
      unlisted.add(record.deviceId);
      return Promise.resolve();
    }
    if (known) connectionsOf.set(known.udid, (connectionsOf.get(known.udid) ?? 1) - 1);
    records.set(record.deviceId, record);
    connectionsOf.set(record.udid, (connectionsOf.get(record.udid) ?? 0) + 1);
    if (!plugs.has(record.udid)) plugs.set(record.udid, (plugCount += 1));
    return lookUpOnce(record.udid);
  };

  const detach = (deviceId: number) => {
    unlisted.delete(deviceId);
    const record = records.get(deviceId);
    records.delete(deviceId);
    if (!record) return;
    const left = (connectionsOf.get(record.udid) ?? 1) - 1;
    if (left > 0) return void connectionsOf.set(record.udid, left);
    connectionsOf.delete(record.udid);
    details.delete(record.udid);
    pairedPushes.delete(record.udid);
    // A lookup still under way belongs to the phone that just left; the next plug-in asks again.
    plugs.delete(record.udid);
    lookups.delete(record.udid);
  };

  const onPush = (message: PlistDict) => {
    const event = parseEvent(message);
    if (!event || stopped) return;
    if (event.type === 'attached') void upsert(event.record);
    else if (event.type === 'detached') detach(event.deviceId);
    else {
      const udid = records.get(event.deviceId)?.udid;
      if (udid) pairedPushes.add(udid);
    }
    publish();
  };

  const disconnected = (reason: string) => {
    if (stopped) return;
    connection?.close();
    connection = null;
    generation += 1;
    records.clear();
    connectionsOf.clear();
    plugs.clear();
    unlisted.clear();
    details.clear();
    lookups.clear();
    pairedPushes.clear();
    source = unavailable(reason);
    publishNow();
    if (retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void connect();
    }, reconnectDelayMs(attempt++, timing));
  };

  async function connect(): Promise<void> {
    let opened: UsbmuxConnection;
    try {
      opened = await openUsbmuxConnection(address, timing.requestTimeoutMs);
      if (stopped) return opened.close();
      connection = opened;
      opened.onPush(onPush);
      const reply = await opened.request({ MessageType: 'Listen' }, timing.requestTimeoutMs);
      const result = resultNumber(reply);
      if (result !== 0) throw new Error(`usbmuxd refused to report devices: ${describeResult(result)}.`);
    } catch (error) {
      disconnected(error instanceof Error ? error.message : String(error));
      return;
    }
    opened.onClose((reason) => {
      if (connection === opened) disconnected(reason);
    });
    attempt = 0;
    source = OK;
    const initial = await listDevices(address, timing.requestTimeoutMs).catch(() => []);
    if (stopped || connection !== opened) return;
    const pending = initial.map(upsert);
    publishNow();
    await Promise.all(pending);
    // The first report after starting includes every lookup started with it.
    if (publishQueued) publishNow();
  }

  return {
    started: connect(),
    stop() {
      stopped = true;
      aborter.abort();
      if (publishQueued) clearImmediate(publishQueued);
      if (pumpQueued) clearImmediate(pumpQueued);
      publishQueued = pumpQueued = null;
      for (const waiting of waitingLookups.splice(0)) waiting.done();
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      connection?.close();
      connection = null;
    },
  };
}
