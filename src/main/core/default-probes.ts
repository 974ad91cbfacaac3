/** The probes the app and the doctor run, configured from one set of options. */
import type { Probe } from './probe';
import { createHostProbe, type HostOverride } from './probes/host';
import { createStatusProbe } from './probes/status';
import { createUsbProbe } from './probes/usb';
import type { UsbSource } from './probes/usb/usb-source';
import { createUsbmuxProbe } from './probes/usbmux';
import { createBackupsProbe } from './probes/backups';

/** Where to look; every field is optional and defaults to the real world. */
export interface WorldOptions {
  /** Plan for this host instead of the real one. */
  host?: HostOverride;
  /** usbmuxd's address, `UNIX:/path` or `host:port`; else USBMUXD_SOCKET_ADDRESS, else the platform's place. */
  usbmuxAddress?: string;
  /** Where Apple's status feed is read from (a local server in tests). */
  statusUrl?: string;
  /** Do not fetch Apple's status feed. */
  offline?: boolean;
  /** How often Apple's status feed is read again; every few minutes unless a test needs it sooner. */
  statusRefreshMs?: number;
  /** The USB bus to watch; the real one (behind its guard) by default, a scripted one in tests. */
  usbSource?: UsbSource;
  /** Read backups from this folder instead of the OS's standard places (the doctor's `--backups-dir`). */
  backupsDir?: string;
  /** Check every file each backup lists (the default); the doctor's `--no-verify` lists them without. */
  verifyBackups?: boolean;
}

/** Creates every probe, in the order their reports are composed. */
export function createDefaultProbes(options: WorldOptions = {}): Probe[] {
  return [
    createHostProbe({ override: options.host }),
    createUsbProbe({ source: options.usbSource }),
    createUsbmuxProbe({ address: options.usbmuxAddress }),
    createStatusProbe({ url: options.statusUrl, offline: options.offline, refreshMs: options.statusRefreshMs }),
    createBackupsProbe({ roots: options.backupsDir === undefined ? undefined : [options.backupsDir], verify: options.verifyBackups }),
  ];
}
