/**
 * The USB probe: which Apple mobile devices are plugged in, from the bus itself and its hot-plug
 * events (no polling). It sees a phone even where Apple's device support is missing, which is
 * exactly what the planner needs to tell "no phone" from "Windows cannot talk to your phone".
 */
import type { Device } from '../../../../shared/snapshot';
import { standInUdid } from '../../../../shared/device-identity';
import { OK, unavailable, type Probe } from '../../probe';
import { classifyUsbIds, udidFromUsbSerial } from './apple-ids';
import { createNativeUsbSource } from './native-usb-source';
import type { UsbDeviceInfo, UsbSource, UsbWatch } from './usb-source';

/** Options for the USB probe. */
export interface UsbProbeOptions {
  /** Where the devices come from; the real bus by default. */
  source?: UsbSource;
}

/** The snapshot's view of one USB device, or null when it is not an Apple mobile device. */
export function deviceFromUsb(info: UsbDeviceInfo): Device | null {
  const kind = classifyUsbIds(info.vendorId, info.productId);
  if (kind === null) return null;
  return {
    udid: udidFromUsbSerial(info.serialNumber) ?? standInUdid(info.location),
    kind,
    name: null,
    iosVersion: null,
    productType: null,
    connections: ['usb'],
    paired: null,
    seenBy: ['usb'],
    // USB alone cannot ask the phone anything; usbmuxd's view of the same phone may.
    phoneSays: null,
    phoneSaysReason: 'unreachable',
  };
}

/** Creates the USB probe. */
export function createUsbProbe(options: UsbProbeOptions = {}): Probe {
  const source = options.source ?? createNativeUsbSource();
  const attached = new Map<string, Device>();
  let watch: UsbWatch | null = null;
  let stopped = false;

  return {
    source: 'usb',
    async start(report) {
      const send = () => report({ devices: [...attached.values()], source: OK });
      const add = (info: UsbDeviceInfo) => {
        const device = deviceFromUsb(info);
        if (device) attached.set(info.location, device);
      };
      try {
        watch = await source.watch((event) => {
          if (stopped) return;
          if (event.type === 'attach') add(event.device);
          else attached.delete(event.location);
          send();
        });
      } catch (error) {
        report({ devices: [], source: unavailable(error instanceof Error ? error.message : String(error)) });
        return;
      }
      if (stopped) {
        await watch.stop();
        return;
      }
      watch.devices.forEach(add);
      send();
    },
    async stop() {
      stopped = true;
      await watch?.stop();
      watch = null;
    },
  };
}
