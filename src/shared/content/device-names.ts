/** What people call their phone's model, from the model identifier the phone reports ("iPhone15,2"). */
import type { Device } from '../snapshot';

/** Model identifiers of recent iPhones; older or unknown ones fall back to the identifier itself. */
const IPHONE_MODELS: Record<string, string> = {
  'iPhone12,1': 'iPhone 11',
  'iPhone12,3': 'iPhone 11 Pro',
  'iPhone12,5': 'iPhone 11 Pro Max',
  'iPhone12,8': 'iPhone SE (2nd generation)',
  'iPhone13,1': 'iPhone 12 mini',
  'iPhone13,2': 'iPhone 12',
  'iPhone13,3': 'iPhone 12 Pro',
  'iPhone13,4': 'iPhone 12 Pro Max',
  'iPhone14,2': 'iPhone 13 Pro',
  'iPhone14,3': 'iPhone 13 Pro Max',
  'iPhone14,4': 'iPhone 13 mini',
  'iPhone14,5': 'iPhone 13',
  'iPhone14,6': 'iPhone SE (3rd generation)',
  'iPhone14,7': 'iPhone 14',
  'iPhone14,8': 'iPhone 14 Plus',
  'iPhone15,2': 'iPhone 14 Pro',
  'iPhone15,3': 'iPhone 14 Pro Max',
  'iPhone15,4': 'iPhone 15',
  'iPhone15,5': 'iPhone 15 Plus',
  'iPhone16,1': 'iPhone 15 Pro',
  'iPhone16,2': 'iPhone 15 Pro Max',
  'iPhone17,1': 'iPhone 16 Pro',
  'iPhone17,2': 'iPhone 16 Pro Max',
  'iPhone17,3': 'iPhone 16',
  'iPhone17,4': 'iPhone 16 Plus',
  'iPhone17,5': 'iPhone 16e',
  'iPhone18,1': 'iPhone 17 Pro',
  'iPhone18,2': 'iPhone 17 Pro Max',
  'iPhone18,3': 'iPhone 17',
  'iPhone18,4': 'iPhone Air',
};

const KIND_NAMES: Record<Device['kind'], string> = {
  iphone: 'iPhone',
  ipad: 'iPad',
  ipod: 'iPod touch',
  recovery: 'iPhone or iPad in recovery mode',
  dfu: 'iPhone or iPad in DFU mode',
  other: 'Apple device',
};

/** "iPhone 15 Pro", or the identifier when it is not in the list, or the kind when nothing more is known. */
export function modelName(device: Pick<Device, 'productType' | 'kind'>): string {
  if (device.productType) return IPHONE_MODELS[device.productType] ?? device.productType;
  return KIND_NAMES[device.kind];
}

/** The name the person gave the phone, or its model when the name cannot be read yet. */
export function deviceLabel(device: Pick<Device, 'name' | 'productType' | 'kind'>): string {
  return device.name ?? `Your ${modelName(device)}`;
}
