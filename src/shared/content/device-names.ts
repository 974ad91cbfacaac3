/** What people call their device: its model from the identifier it reports ("iPhone15,2"), and the word for it ("iPad"). */
import type { Device } from '../snapshot';
import { DEVICE_MODELS } from './device-models.generated';

const KIND_NAMES: Record<Device['kind'], string> = {
  iphone: 'iPhone',
  ipad: 'iPad',
  ipod: 'iPod touch',
  recovery: 'iPhone or iPad in recovery mode',
  dfu: 'iPhone or iPad in DFU mode',
  other: 'Apple device',
};

/** The word the screens use for a device: "iPhone", "iPad" or "iPod touch". */
export type DeviceNoun = 'iPhone' | 'iPad' | 'iPod touch';

/** "iPhone XR" for "iPhone11,8"; null for an identifier the list does not know. */
export function marketingName(productType: string | null): string | null {
  return productType ? (DEVICE_MODELS[productType] ?? null) : null;
}

/** "iPhone 15 Pro"; "iPhone (iPhone99,1)" for an identifier the list does not know yet; the kind when nothing more is known. */
export function modelName(device: Pick<Device, 'productType' | 'kind'>): string {
  if (device.productType) return marketingName(device.productType) ?? `${nounFromIdentifier(device.productType) ?? KIND_NAMES[device.kind]} (${device.productType})`;
  return KIND_NAMES[device.kind];
}

function nounFromIdentifier(productType: string | null): DeviceNoun | null {
  if (productType?.startsWith('iPhone')) return 'iPhone';
  if (productType?.startsWith('iPad')) return 'iPad';
  if (productType?.startsWith('iPod')) return 'iPod touch';
  return null;
}

/** How to address the device: from its model identifier, which is definite, else its kind; "iPhone" when nothing is connected or known. */
export function deviceNoun(device: Pick<Device, 'productType' | 'kind'> | null): DeviceNoun {
  const fromIdentifier = nounFromIdentifier(device?.productType ?? null);
  if (fromIdentifier) return fromIdentifier;
  if (device?.kind === 'ipad') return 'iPad';
  if (device?.kind === 'ipod') return 'iPod touch';
  return 'iPhone';
}

/** The name the person gave the device, or its model when the name cannot be read yet. */
export function deviceLabel(device: Pick<Device, 'name' | 'productType' | 'kind'>): string {
  return device.name ?? `Your ${modelName(device)}`;
}

/** `deviceLabel` for the middle of a sentence: "Keep your iPhone 15 Pro connected", not "Keep Your …". */
export function deviceInSentence(device: Pick<Device, 'name' | 'productType' | 'kind'>): string {
  return device.name ?? `your ${modelName(device)}`;
}
