/**
 * The real USB bus through the `usb` package (WebUSB-style API), loaded only when needed and only
 * behind a guard: on Linux without /sys/bus/usb/devices, `getDevices()` rejects and adding a
 * hot-plug listener crashes the whole process with an unhandled rejection, so the listener is
 * added only after the bus has been listed successfully.
 */
import { existsSync } from 'node:fs';
import type { UsbDeviceInfo, UsbEvent, UsbSource } from './usb-source';

/** Where Linux exposes the USB bus; without it the `usb` package cannot work. */
export const LINUX_USB_SYSFS = '/sys/bus/usb/devices';

/** Why the bus cannot be read on this platform before even loading the library, or null. */
export function usbBusProblem(platform: NodeJS.Platform, pathExists: (path: string) => boolean = existsSync): string | null {
  if (platform === 'linux' && !pathExists(LINUX_USB_SYSFS)) {
    return `This computer has no USB subsystem that programs can read (${LINUX_USB_SYSFS} is missing).`;
  }
  return null;
}

/** The fields of a WebUSB device this source reads. */
export interface WebUsbDeviceLike {
  vendorId: number;
  productId: number;
  bus?: string;
  address?: number;
  readonly serialNumber?: string | null;
}

/** A WebUSB connect or disconnect event. */
export interface ConnectionEventLike {
  device: WebUsbDeviceLike;
}

/** The part of the `usb` package's WebUSB object this source uses. */
export interface WebUsbLike {
  getDevices(): Promise<WebUsbDeviceLike[]>;
  addEventListener(type: 'connect' | 'disconnect', listener: (event: ConnectionEventLike) => void): void;
  removeEventListener(type: 'connect' | 'disconnect', listener: (event: ConnectionEventLike) => void): void;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function serialOf(device: WebUsbDeviceLike): string | null {
  try {
    return device.serialNumber ?? null;
  } catch {
    // Reading the string descriptor fails where another driver owns the device (Windows).
    return null;
  }
}

/** A WebUSB device as the probe sees it. */
export function usbDeviceInfo(device: WebUsbDeviceLike): UsbDeviceInfo {
  return {
    location: `${device.bus ?? '?'}:${device.address ?? '?'}`,
    vendorId: device.vendorId,
    productId: device.productId,
    serialNumber: serialOf(device),
  };
}

async function loadWebUsb(): Promise<WebUsbLike> {
  try {
    const module = (await import('usb')) as unknown as { usb: WebUsbLike };
    return module.usb;
  } catch (error) {
    throw new Error(`The USB library could not be loaded: ${describe(error)}`, { cause: error });
  }
}

/** Options for the real source; the defaults read this machine. */
export interface NativeUsbSourceOptions {
  platform?: NodeJS.Platform;
  pathExists?: (path: string) => boolean;
  /** Loads the WebUSB object; tests hand in a bus of their own. */
  loadWebUsb?: () => Promise<WebUsbLike>;
}

/** The USB source for the real bus. */
export function createNativeUsbSource(options: NativeUsbSourceOptions = {}): UsbSource {
  return {
    async watch(onEvent: (event: UsbEvent) => void) {
      const problem = usbBusProblem(options.platform ?? process.platform, options.pathExists);
      if (problem) throw new Error(problem);
      const webusb = await (options.loadWebUsb ?? loadWebUsb)();
      let devices: WebUsbDeviceLike[];
      try {
        devices = await webusb.getDevices();
      } catch (error) {
        throw new Error(`The USB bus could not be read: ${describe(error)}`, { cause: error });
      }
      const onConnect = (event: ConnectionEventLike) => onEvent({ type: 'attach', device: usbDeviceInfo(event.device) });
      const onDisconnect = (event: ConnectionEventLike) => onEvent({ type: 'detach', location: usbDeviceInfo(event.device).location });
      webusb.addEventListener('connect', onConnect);
      webusb.addEventListener('disconnect', onDisconnect);
      return {
        devices: devices.map(usbDeviceInfo),
        async stop() {
          webusb.removeEventListener('connect', onConnect);
          webusb.removeEventListener('disconnect', onDisconnect);
        },
      };
    },
  };
}
