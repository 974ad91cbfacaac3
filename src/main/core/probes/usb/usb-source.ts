/**
 * The hardware edge of the USB probe: something that lists USB devices and reports hot-plug.
 * The app uses the `usb` package behind a guard; tests and the end-to-end suite use a scripted
 * source, since the machines they run on have no USB bus.
 */

/** One device on the bus, as far as USB alone can tell. */
export interface UsbDeviceInfo {
  /** Stable while the device stays plugged in (bus and address); used to match a detach. */
  location: string;
  vendorId: number;
  productId: number;
  /** The serial string, or null where the OS driver does not let it be read (Windows, macOS). */
  serialNumber: string | null;
}

/** A hot-plug event. */
export type UsbEvent = { type: 'attach'; device: UsbDeviceInfo } | { type: 'detach'; location: string };

/** A running watch: what was on the bus at the start, and how to stop watching. */
export interface UsbWatch {
  devices: UsbDeviceInfo[];
  stop(): Promise<void>;
}

/** Lists the bus and watches it; rejects with a plain-words reason when the bus cannot be read. */
export interface UsbSource {
  watch(onEvent: (event: UsbEvent) => void): Promise<UsbWatch>;
}
