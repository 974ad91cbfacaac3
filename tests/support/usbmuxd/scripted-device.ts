/** Phones for the test usbmuxd: what usbmuxd lists for them and what their lockdownd answers. */
import type { PlistValue } from 'plist';

/** How a scripted phone's lockdownd behaves. */
export type LockdownBehaviour = 'answers' | 'silent' | 'refuses' | 'garbage' | 'closes';

/** One connection of one scripted phone. */
export interface ScriptedDevice {
  udid: string;
  connection?: 'USB' | 'Network';
  productId?: number;
  /** The public lockdown values `GetValue` returns without a session. */
  values?: Record<string, PlistValue>;
  lockdown?: LockdownBehaviour;
  /** When set, lockdownd answers every request with exactly these plist bytes (framed), whatever they hold. */
  lockdownReply?: Buffer;
  /** Whether usbmuxd holds a pair record for it (the phone trusts this computer). */
  paired?: boolean;
}

/** The public values of a phone, as an unpaired `GetValue` returns them (ideviceinfo -s). */
export function phoneValues(udid: string, name: string, overrides: Record<string, PlistValue> = {}): Record<string, PlistValue> {
  return {
    BasebandVersion: '2.10.02',
    BuildVersion: '22B83',
    DeviceClass: 'iPhone',
    DeviceColor: '1',
    DeviceName: name,
    HardwareModel: 'D83AP',
    ProductName: 'iPhone OS',
    ProductType: 'iPhone15,2',
    ProductVersion: '18.1',
    ProtocolVersion: '2',
    TimeZone: 'Europe/Lisbon',
    UniqueDeviceID: udid,
    ...overrides,
  };
}

/** Ana's iPhone 14 Pro on iOS 18.1, over USB, trusting this computer. */
export const ANAS_IPHONE: ScriptedDevice = {
  udid: '00008120-001A2B3C4D5E001E',
  productId: 0x12a8,
  values: phoneValues('00008120-001A2B3C4D5E001E', "Ana's iPhone"),
  paired: true,
};

/** Bruno's iPad on iPadOS 17.5, over USB, not trusting this computer yet. */
export const BRUNOS_IPAD: ScriptedDevice = {
  udid: '3f1c2b7a9e8d4c6b5a4f3e2d1c0b9a8f7e6d5c4b',
  productId: 0x12ab,
  values: phoneValues('3f1c2b7a9e8d4c6b5a4f3e2d1c0b9a8f7e6d5c4b', "Bruno's iPad", {
    DeviceClass: 'iPad',
    ProductType: 'iPad13,1',
    ProductVersion: '17.5',
    BuildVersion: '21F79',
  }),
  paired: false,
};
