/**
 * A USB bus for tests: devices are plugged and unplugged by the test, and the probe hears it
 * through the same `UsbSource` interface the real bus uses. It can also refuse to be read, as a
 * machine without a USB subsystem does.
 */
import type { UsbDeviceInfo, UsbEvent, UsbSource } from '../../../src/main/core/probes/usb/usb-source';

/** A scripted bus and the test's hands on it. */
export interface ScriptedUsbSource extends UsbSource {
  plug(device: UsbDeviceInfo): void;
  unplug(location: string): void;
  /** How many watches are running (a leak shows up here). */
  watchCount(): number;
}

/** An iPhone on the bus; `serialNumber` null is how Windows shows it. */
export function usbIphone(location: string, serialNumber: string | null = null): UsbDeviceInfo {
  return { location, vendorId: 0x05ac, productId: 0x12a8, serialNumber };
}

/** Creates a bus with `initial` devices, or one that fails with `failure` when read. */
export function createScriptedUsbSource(initial: UsbDeviceInfo[] = [], failure?: string): ScriptedUsbSource {
  const devices = new Map(initial.map((device) => [device.location, device]));
  const watchers = new Set<(event: UsbEvent) => void>();
  return {
    async watch(onEvent) {
      if (failure) throw new Error(failure);
      watchers.add(onEvent);
      return {
        devices: [...devices.values()],
        async stop() {
          watchers.delete(onEvent);
        },
      };
    },
    plug(device) {
      devices.set(device.location, device);
      watchers.forEach((watcher) => watcher({ type: 'attach', device }));
    },
    unplug(location) {
      devices.delete(location);
      watchers.forEach((watcher) => watcher({ type: 'detach', location }));
    },
    watchCount: () => watchers.size,
  };
}
