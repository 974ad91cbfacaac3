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
  const details = new Map<string, Details>();
  const lookups = new Map<string, Promise<void>>();
  const pairedPushes = new Set<string>();
  /** Bumped for a phone each time it is unplugged, so a lookup begun before cannot land on its next plug-in. */
  const plugs = new Map<string, number>();
  const aborter = new AbortController();
  let connection: UsbmuxConnection | null = null;
  let source: SourceStatus = unavailable('Not connected yet.');
  let retryTimer: NodeJS.Timeout | null = null;
  let attempt = 0;
  let stopped = false;
  /** Bumped on every disconnect, so a lookup begun on an earlier connection cannot land. */
  let generation = 0;

  const publish = () => {
    if (stopped) return;
    const merged = new Map(details);
    for (const udid of pairedPushes) merged.set(udid, { info: details.get(udid)?.info ?? null, paired: true });
    onChange({ source, devices: devicesFromRecords(records.values(), merged) });
  };
  const present = (udid: string) => [...records.values()].some((record) => record.udid === udid);

  const lookUp = async (udid: string) => {
    const started = generation;
    const plug = plugs.get(udid) ?? 0;
    const candidates = [...records.values()].filter((record) => record.udid === udid);
    const via = candidates.find((record) => record.connection === 'usb') ?? candidates[0];
    const [info, paired] = await Promise.all([
      via ? queryLockdown(address, via.deviceId, timing.lockdownTimeoutMs, aborter.signal).catch(() => null) : null,
      hasPairRecord(address, udid, timing.requestTimeoutMs, aborter.signal),
    ]);
    if (stopped || started !== generation || plug !== (plugs.get(udid) ?? 0) || !present(udid)) return;
    details.set(udid, { info, paired });
    publish();
  };

  /** One lookup per phone while it stays attached; a second caller waits for the same one. */
  const lookUpOnce = (udid: string): Promise<void> => {
    if (details.has(udid)) return Promise.resolve();
    const running =
      lookups.get(udid) ??
      lookUp(udid).finally(() => {
        if (lookups.get(udid) === running) lookups.delete(udid);
      });
    lookups.set(udid, running);
    return running;
  };

  const upsert = (record: UsbmuxDeviceRecord) => {
    records.set(record.deviceId, record);
    return lookUpOnce(record.udid);
  };

  const detach = (deviceId: number) => {
    const record = records.get(deviceId);
    records.delete(deviceId);
    if (record && !present(record.udid)) {
      details.delete(record.udid);
      pairedPushes.delete(record.udid);
      // A lookup still under way belongs to the phone that just left; the next plug-in asks again.
      plugs.set(record.udid, (plugs.get(record.udid) ?? 0) + 1);
      lookups.delete(record.udid);
    }
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
    details.clear();
    lookups.clear();
    pairedPushes.clear();
    source = unavailable(reason);
    publish();
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
    publish();
    await Promise.all(pending);
  }

  return {
    started: connect(),
    stop() {
      stopped = true;
      aborter.abort();
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      connection?.close();
      connection = null;
    },
  };
}
