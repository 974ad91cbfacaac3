/**
 * What the watch knows of each phone beyond usbmuxd's own records — its public lockdown values,
 * whether it trusts this computer, and what it said about itself — and the snapshot's devices
 * made from both.
 */
import type { Device, PhoneSays, PhoneSaysReason } from '../../../../shared/snapshot';
import { kindFromDeviceClass, kindFromProductId } from '../usb/apple-ids';
import type { PhoneAnswer } from './ask-phone';
import type { LockdownInfo } from './lockdown';
import type { UsbmuxDeviceRecord } from './messages';

/** What is known of one phone. */
export interface Details {
  info: LockdownInfo | null;
  paired: boolean | null;
  says: PhoneSays | null;
  saysReason: PhoneSaysReason | null;
}

/** A phone not looked up yet. */
export const NO_DETAILS: Details = { info: null, paired: null, says: null, saysReason: 'asking' };

/** A fresh answer over what was known: a phone that merely did not answer this time keeps what it said last. */
export function withAnswer(known: Details, answer: PhoneAnswer): Details {
  const keep = answer.says === null && answer.reason === 'no-answer' && known.says !== null;
  return {
    ...known,
    paired: answer.paired ?? known.paired,
    says: keep ? known.says : answer.says,
    saysReason: keep ? null : answer.reason,
  };
}

/** Builds the snapshot's devices from usbmuxd's connection records and what lockdown told. */
export function devicesFromRecords(records: Iterable<UsbmuxDeviceRecord>, details: ReadonlyMap<string, Details>): Device[] {
  const byUdid = new Map<string, UsbmuxDeviceRecord[]>();
  for (const record of records) byUdid.set(record.udid, [...(byUdid.get(record.udid) ?? []), record]);
  return [...byUdid].map(([udid, list]) => {
    const { info, paired, says, saysReason } = details.get(udid) ?? NO_DETAILS;
    const usb = list.find((record) => record.connection === 'usb');
    return {
      udid,
      kind: kindFromDeviceClass(info?.deviceClass ?? null) ?? kindFromProductId(usb?.productId ?? null),
      name: info?.name ?? null,
      iosVersion: info?.productVersion ?? null,
      productType: info?.productType ?? null,
      connections: [...new Set(list.map((record) => record.connection))].sort(),
      paired,
      seenBy: ['usbmux'],
      phoneSays: says,
      phoneSaysReason: says ? null : saysReason,
    };
  });
}
