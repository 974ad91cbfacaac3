/**
 * The usbmuxd probe: the phones Apple's device support (or libimobiledevice's usbmuxd) can talk
 * to, with name, model, iOS version, how they are connected, whether they trust this computer,
 * and what a phone that does says about its backups, charge and storage (read-only, through the
 * pair record this computer already holds). A missing or stopped usbmuxd is a state, not an
 * error: on Windows it is the diagnosis.
 */
import { unavailable, type Probe } from '../../probe';
import { resolveUsbmuxAddress } from './address';
import { DEFAULT_TIMING, watchDevices, type DeviceWatch, type WatchTiming } from './device-watch';

/** Options for the usbmuxd probe. */
export interface UsbmuxProbeOptions {
  /** `UNIX:/path` or `host:port`; defaults to `USBMUXD_SOCKET_ADDRESS`, then the platform's place. */
  address?: string;
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  timing?: Partial<WatchTiming>;
}

/** Creates the usbmuxd probe. */
export function createUsbmuxProbe(options: UsbmuxProbeOptions = {}): Probe {
  let watch: DeviceWatch | null = null;
  return {
    source: 'usbmux',
    async start(report) {
      const env = options.env ?? process.env;
      const resolved = resolveUsbmuxAddress(options.platform ?? process.platform, options.address ?? env.USBMUXD_SOCKET_ADDRESS);
      if ('error' in resolved) {
        report({ devices: [], source: unavailable(resolved.error) });
        return;
      }
      watch = watchDevices(resolved.address, { ...DEFAULT_TIMING, ...options.timing }, (state) => report(state));
      await watch.started;
    },
    stop() {
      watch?.stop();
      watch = null;
    },
  };
}
