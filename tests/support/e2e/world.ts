/**
 * The world an end-to-end test runs in, with every probe the app runs: the real host probe told
 * which computer to be, the real USB probe on a scripted bus, the real usbmux probe talking to a
 * test usbmuxd over its Unix socket, the real status probe reading a local feed, and the real
 * backups probe watching a temporary folder of real-format backups. The test changes the world —
 * plugs a phone in, taps Trust, writes a backup, has Apple report an outage — and the page follows.
 */
import type { Probe } from '../../../src/main/core/probe';
import { createDefaultProbes } from '../../../src/main/core/default-probes';
import type { OsFamily } from '../../../src/shared/snapshot';
import { BackupInProgress, makeTempRoot, removeTempRoot, writeBackup, type BackupSpec, type WrittenBackup } from '../backup-fixtures';
import { pairingFor } from '../usbmuxd/pairing';
import { phoneDomains, phoneValues, type ScriptedDevice } from '../usbmuxd/scripted-device';
import { startTestUsbmuxd, type TestUsbmuxd } from '../usbmuxd/test-usbmuxd';
import { createScriptedUsbSource, type ScriptedUsbSource } from '../usb/scripted-usb-source';
import { startStatusServer, statusFeed, type FeedEvent } from '../status-server';

/** A phone a test can plug in. */
export interface Phone {
  udid: string;
  name: string;
  productType: string;
  iosVersion: string;
}

/** Anna's iPhone 15 Pro on iOS 17.5: a newer phone, whose UDID has a hyphen. */
export const PHONE: Phone = { udid: '00008130-001A2B3C4D5E001E', name: 'Anna’s iPhone', productType: 'iPhone16,1', iosVersion: '17.5' };

/** How the phone reaches the computer. */
export type Connection =
  /** On the cable, seen by the USB bus and by usbmuxd. */
  | 'usb'
  /** Over Wi-Fi alone: usbmuxd lists it, the bus does not. */
  | 'wifi'
  /** On the cable, but only the bus sees it (Windows without Apple's device support); no serial is readable. */
  | 'usb-only'
  /** On the cable in recovery mode: the bus sees a recovery-mode id, usbmuxd nothing. */
  | 'recovery';

/** What Apple's status feed says about iCloud Backup. */
export const WORKING: FeedEvent[] = [];

/** An outage Apple reports on iCloud Backup. */
export function outage(message: string): FeedEvent[] {
  return [{ statusType: 'Outage', eventStatus: 'ongoing', message }];
}

/** What the world starts as. */
export interface WorldStart {
  os?: OsFamily;
  version?: string;
  /** Phones already plugged in when the app starts. */
  phones?: Array<{ phone: Phone; connection?: Connection; trusted?: boolean }>;
  /** Backups already on disk. */
  backups?: BackupSpec[];
  status?: FeedEvent[];
  /** How often a trusted phone is asked again (the app's minute by default); a test that changes the phone's charge shortens it. */
  phoneRefreshMs?: number;
}

/** The world and the test's hands on it. */
export interface World {
  /** A fresh set of the app's probes on this world, as each launch of the app makes its own. */
  createProbes(): Probe[];
  plugIn(phone: Phone, options?: { connection?: Connection; trusted?: boolean }): void;
  unplug(phone: Phone): void;
  /** The person taps Trust: usbmuxd announces the pairing. */
  trust(phone: Phone): void;
  /** Something changes on the phone itself (its charge, a setting, its lock), which usbmuxd does not announce. */
  changePhone(phone: Phone, change: (device: ScriptedDevice) => void): void;
  /** Where the world's usbmuxd listens (`UNIX:/path`), for a doctor run in this world. */
  readonly usbmuxAddress: string;
  /** Everything asked of usbmuxd and the phones so far (see TestUsbmuxd.requests). */
  readonly requests: readonly string[];
  /** Apple's feed changes; the status probe reads it again within a fraction of a second. */
  setStatus(events: FeedEvent[]): void;
  /** Writes a finished backup folder. */
  writeBackup(spec: BackupSpec): Promise<WrittenBackup>;
  /** Starts writing a backup as Finder does; the test adds files and finishes it. */
  beginBackup(spec: BackupSpec): Promise<BackupInProgress>;
  close(): Promise<void>;
}

/** How often the status probe reads the local feed again, so a change shows within the test's patience. */
const STATUS_REFRESH_MS = 200;

/** The backup fixture facts of a phone. */
export function backupSpecOf(phone: Phone, spec: Partial<BackupSpec> = {}): BackupSpec {
  return { udid: phone.udid.replace('-', ''), deviceName: phone.name, productType: phone.productType, iosVersion: phone.iosVersion, ...spec };
}

function scriptedPhone(phone: Phone, connection: 'USB' | 'Network', trusted: boolean): ScriptedDevice {
  return {
    udid: phone.udid,
    connection,
    productId: 0x12a8,
    paired: trusted,
    values: phoneValues(phone.udid, phone.name, { ProductType: phone.productType, ProductVersion: phone.iosVersion }),
    domains: phoneDomains(),
  };
}

function location(phone: Phone): string {
  return `usb-${phone.udid}`;
}

function plug(usb: ScriptedUsbSource, usbmuxd: TestUsbmuxd, phone: Phone, connection: Connection, trusted: boolean): void {
  switch (connection) {
    case 'usb':
      usb.plug({ location: location(phone), vendorId: 0x05ac, productId: 0x12a8, serialNumber: phone.udid.replace('-', '') });
      usbmuxd.attach(scriptedPhone(phone, 'USB', trusted));
      return;
    case 'wifi':
      usbmuxd.attach(scriptedPhone(phone, 'Network', trusted));
      return;
    case 'usb-only':
      usb.plug({ location: location(phone), vendorId: 0x05ac, productId: 0x12a8, serialNumber: null });
      return;
    case 'recovery':
      usb.plug({ location: location(phone), vendorId: 0x05ac, productId: 0x1281, serialNumber: `CPID:8130 CPRV:11 ECID:${phone.udid.slice(-16)} SRTG:[iBoot-10151.41.12]` });
      return;
  }
}

/** Starts every edge of the world; `close()` takes it down again. */
export async function startWorld(start: WorldStart = {}): Promise<World> {
  const usb = createScriptedUsbSource();
  const usbmuxd = await startTestUsbmuxd();
  // Pairings take a moment to generate (the one made when the person taps Trust, and those of the
  // phones plugged in from the start); have them ready before the app starts, so a busy machine
  // does not hold up the phones' first lookups.
  await Promise.all([PHONE, ...(start.phones ?? []).map(({ phone }) => phone)].map((phone) => pairingFor(phone.udid)));
  const status = await startStatusServer({ body: statusFeed(start.status ?? WORKING) });
  const backupsRoot = await makeTempRoot('e2e-world');
  for (const spec of start.backups ?? []) await writeBackup(backupsRoot, spec);
  for (const { phone, connection = 'usb', trusted = true } of start.phones ?? []) plug(usb, usbmuxd, phone, connection, trusted);

  const createProbes = () =>
    createDefaultProbes({
      host: { os: start.os ?? 'macos', version: start.version ?? '15.1' },
      usbSource: usb,
      usbmuxAddress: usbmuxd.address,
      statusUrl: status.url,
      statusRefreshMs: STATUS_REFRESH_MS,
      phoneRefreshMs: start.phoneRefreshMs,
      backupsDir: backupsRoot,
    });

  return {
    createProbes,
    plugIn: (phone, options = {}) => plug(usb, usbmuxd, phone, options.connection ?? 'usb', options.trusted ?? true),
    unplug(phone) {
      usb.unplug(location(phone));
      usbmuxd.detach(phone.udid);
    },
    trust: (phone) => usbmuxd.announcePaired(phone.udid),
    changePhone: (phone, change) => usbmuxd.update(phone.udid, change),
    requests: usbmuxd.requests,
    usbmuxAddress: usbmuxd.address,
    setStatus: (events) => status.reply({ body: statusFeed(events) }),
    writeBackup: (spec) => writeBackup(backupsRoot, spec),
    async beginBackup(spec) {
      const backup = new BackupInProgress(backupsRoot, spec);
      await backup.begin();
      return backup;
    },
    async close() {
      await usbmuxd.stop();
      await status.close();
      await removeTempRoot(backupsRoot);
    },
  };
}
