/**
 * Keeps a live list of the phones usbmuxd knows: a `Listen` connection for attach, detach and
 * pairing as they happen, a `ListDevices` to start from, and for each new phone a lockdown
 * query and a pair-record check. A phone that trusts this computer is then asked what it says
 * about itself (ask-phone.ts), again when it is paired, and once a minute while it stays
 * trusted, since its charge changes without any event. When usbmuxd goes away the list empties
 * and the watch reconnects with backoff; while connected its only timer is that minute's.
 */
import type { Device, SourceStatus } from '../../../../shared/snapshot';
import { OK, unavailable } from '../../probe';
import type { UsbmuxAddress } from './address';
import { answerWithoutSession, createPhoneAsker } from './ask-phone';
import { devicesFromRecords, NO_DETAILS, withAnswer, type Details } from './device-details';
import { queryLockdown } from './lockdown';
import { describeResult, parseEvent, resultNumber, type UsbmuxDeviceRecord } from './messages';
import type { PlistDict } from './plist-codec';
import { readPairRecord, wipePairRecord, type PairRecordAnswer } from './pair-record';
import { createRefreshTimer } from './refresh-timer';
import { createLookupQueue } from './lookup-queue';
import { listDevices } from './requests';
import { openUsbmuxConnection, type UsbmuxConnection } from './usbmux-connection';

/** Timing of the watch; tests shorten the backoff. */
export interface WatchTiming {
  /** For connecting and for each usbmuxd request. */
  requestTimeoutMs: number;
  /** For the whole lockdown conversation with one phone. */
  lockdownTimeoutMs: number;
  /** For one read-only session with a phone that trusts this computer (TLS included). */
  phoneSessionTimeoutMs: number;
  /** How often a trusted phone is asked again, for its charge. */
  phoneRefreshMs: number;
  /** First reconnect delay; it doubles up to `maxBackoffMs`. */
  initialBackoffMs: number;
  maxBackoffMs: number;
}

/** Lookups of phones' details that run at once, at most: each one holds two connections to usbmuxd. */
export const MAX_CONCURRENT_LOOKUPS = 2;
/** Device connections listed at most; a flood of attaches past this is counted, not kept or looked up. */
export const MAX_LISTED_CONNECTIONS = 32;

/** The timing the app uses: reconnect attempts settle at one a minute. */
export const DEFAULT_TIMING: WatchTiming = {
  requestTimeoutMs: 2000,
  lockdownTimeoutMs: 4000,
  phoneSessionTimeoutMs: 5000,
  phoneRefreshMs: 60_000,
  initialBackoffMs: 1000,
  maxBackoffMs: 60_000,
};

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

/** Starts watching usbmuxd at `address`; `onChange` hears every new state. */
export function watchDevices(address: UsbmuxAddress, timing: WatchTiming, onChange: (state: WatchState) => void): DeviceWatch {
  const records = new Map<number, UsbmuxDeviceRecord>();
  /** How many of the listed connections each UDID has, so presence is one lookup, not a scan. */
  const connectionsOf = new Map<string, number>();
  /** Connections past the cap: counted so the person hears of them, and forgotten when they detach. */
  const unlisted = new Set<number>();
  const details = new Map<string, Details>();
  const lookups = new Map<string, Promise<void>>();
  const pairedPushes = new Set<string>();
  /**
   * A number for each plug-in of each phone present, new every time, so a lookup begun before an
   * unplug cannot land on the next plug-in. Kept only while the phone is there: nothing per phone
   * outlives it, however many phones come and go.
   */
  const plugs = new Map<string, number>();
  let plugCount = 0;
  const aborter = new AbortController();
  const asker = createPhoneAsker(address, { requestTimeoutMs: timing.requestTimeoutMs, sessionTimeoutMs: timing.phoneSessionTimeoutMs }, aborter.signal);
  let connection: UsbmuxConnection | null = null;
  let source: SourceStatus = unavailable('Not connected yet.');
  let retryTimer: NodeJS.Timeout | null = null;
  let publishQueued: NodeJS.Immediate | null = null;
  let attempt = 0;
  let stopped = false;

  const publishNow = () => {
    if (publishQueued) clearImmediate(publishQueued);
    publishQueued = null;
    if (stopped) return;
    const merged = new Map(details);
    for (const udid of pairedPushes) merged.set(udid, { ...(details.get(udid) ?? NO_DETAILS), paired: true });
    const note = source.state === 'ok' && unlisted.size > 0 ? { state: 'ok' as const, reason: `${unlisted.size.toLocaleString('en-US')} more device connections not shown.` } : source;
    onChange({ source: note, devices: devicesFromRecords(records.values(), merged) });
  };
  /** Changes that arrive together (a burst of pushes in one read) make one new state, not one each. */
  const publish = () => {
    if (stopped || publishQueued) return;
    publishQueued = setImmediate(publishNow);
  };
  /** The connection to talk to a phone over: the cable when there is one. */
  const connectionOf = (udid: string) => {
    const candidates = [...records.values()].filter((record) => record.udid === udid);
    return candidates.find((record) => record.connection === 'usb') ?? candidates[0];
  };
  /**
   * Whether an answer begun now may still land: no unplug, no reconnect, no stop in between. An
   * unplug and a reconnect both end the phone's plug-in number, and numbers are never reused. (A
   * phone with no number is not here, and is never asked.)
   */
  const stillCurrent = (udid: string, plug = plugs.get(udid)) => () => !stopped && plug === plugs.get(udid);
  const trustedPhones = () => [...details].filter(([udid, known]) => known.paired === true || pairedPushes.has(udid)).map(([udid]) => udid);
  const refresher = createRefreshTimer(timing.phoneRefreshMs, trustedPhones, (udid) => void askPhone(udid));

  async function askPhone(udid: string, pairing?: PairRecordAnswer): Promise<void> {
    const current = stillCurrent(udid);
    const via = connectionOf(udid);
    // Gone already (trusted, then unplugged during its lookup); a lookup passes its pair record only while the phone is here.
    if (!via || !details.has(udid)) return;
    const answer = await asker.ask({ udid, deviceId: via.deviceId, iosVersion: details.get(udid)?.info?.productVersion ?? null }, pairing);
    const known = details.get(udid);
    if (!current() || !known) return;
    details.set(udid, withAnswer(known, answer));
    publish();
    refresher.schedule();
  }

  const lookUp = async (udid: string, plug: number) => {
    const current = stillCurrent(udid, plug);
    const via = connectionOf(udid);
    const [info, pairing] = await Promise.all([
      via ? queryLockdown(address, via.deviceId, timing.lockdownTimeoutMs, aborter.signal).catch(() => null) : null,
      readPairRecord(address, udid, timing.requestTimeoutMs, aborter.signal),
    ]);
    if (!current()) {
      if (pairing.state === 'present') wipePairRecord(pairing.record);
      return;
    }
    if (pairing.state !== 'present') {
      details.set(udid, withAnswer({ ...NO_DETAILS, info }, answerWithoutSession(pairing)));
      return publish();
    }
    details.set(udid, { info, paired: true, says: null, saysReason: 'asking' });
    publish();
    await askPhone(udid, pairing);
  };

  const queue = createLookupQueue(MAX_CONCURRENT_LOOKUPS, {
    wanted: (udid, plug) => !stopped && plug === plugs.get(udid) && !details.has(udid),
    run: lookUp,
  });

  /**
   * One lookup per plug-in of a phone; a second caller waits for the same one, even once its
   * details show, since the lookup goes on to ask the phone for more. Forgotten when the phone goes.
   */
  const lookUpOnce = (udid: string): Promise<void> => {
    const under = lookups.get(udid);
    if (under) return under;
    const running = queue.add(udid, plugs.get(udid) ?? 0);
    lookups.set(udid, running);
    queue.schedule();
    return running;
  };

  const upsert = (record: UsbmuxDeviceRecord) => {
    const known = records.get(record.deviceId);
    if (known?.udid === record.udid) {
      // The same connection announced again: nothing is new but what it says of itself.
      records.set(record.deviceId, record);
      return lookUpOnce(record.udid);
    }
    // The connection now names another phone (the one it named before has left it), or it was past
    // the cap before: either way what was kept of it goes, and it is taken as new.
    detach(record.deviceId);
    if (records.size >= MAX_LISTED_CONNECTIONS) {
      unlisted.add(record.deviceId);
      return Promise.resolve();
    }
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
    asker.forget(record.udid);
    refresher.settle();
  };

  const onPush = (message: PlistDict) => {
    const event = parseEvent(message);
    if (!event || stopped) return;
    if (event.type === 'attached') void upsert(event.record);
    else if (event.type === 'detached') detach(event.deviceId);
    else {
      const udid = records.get(event.deviceId)?.udid;
      if (udid) {
        pairedPushes.add(udid);
        // Trust was just given: the phone can now say what it knows (after its lookup, if one is under way).
        void lookUpOnce(udid).then(() => askPhone(udid));
      }
    }
    publish();
  };

  const disconnected = (reason: string) => {
    if (stopped) return;
    connection?.close();
    connection = null;
    records.clear();
    connectionsOf.clear();
    plugs.clear();
    unlisted.clear();
    details.clear();
    lookups.clear();
    pairedPushes.clear();
    asker.clear();
    refresher.cancel();
    source = unavailable(reason);
    publishNow();
    // One disconnect per connection: from its failed opening, or from its own close, heard once.
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
    opened.onClose((reason) => disconnected(reason));
    attempt = 0;
    source = OK;
    const initial = await listDevices(address, timing.requestTimeoutMs).catch(() => []);
    // Stopped (which lets go of the connection) or disconnected while usbmuxd was listing.
    if (connection !== opened) return;
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
      refresher.cancel();
      queue.stop();
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      connection?.close();
      connection = null;
    },
  };
}
