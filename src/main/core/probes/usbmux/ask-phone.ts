/**
 * Asks one phone what it says about itself: reads the pair record usbmuxd holds for it, opens one
 * read-only session with it, and wipes the record again. One question per phone at a time; a
 * second caller shares the answer of the one under way.
 */
import type { PhoneSays, PhoneSaysReason } from '../../../../shared/snapshot';
import type { UsbmuxAddress } from './address';
import { readPhoneDomains } from './lockdown-session';
import { readPairRecord, wipePairRecord, type PairRecordAnswer } from './pair-record';
import { phoneSaysFrom } from './phone-says';

/** What the phone said, or why it said nothing, and whether this computer holds its trust. */
export interface PhoneAnswer {
  paired: boolean | null;
  says: PhoneSays | null;
  reason: PhoneSaysReason | null;
}

/** Which phone to ask, and over which of usbmuxd's connections. */
export interface PhoneToAsk {
  udid: string;
  deviceId: number;
  iosVersion: string | null;
}

/** Limits of one question. */
export interface AskTiming {
  /** For usbmuxd's `ReadPairRecord`. */
  requestTimeoutMs: number;
  /** For the whole session with the phone. */
  sessionTimeoutMs: number;
}

/** Asks phones, one question per phone at a time. */
export interface PhoneAsker {
  /** Asks now, or joins the question under way; `pairing` is a pair record already read for it. */
  ask(phone: PhoneToAsk, pairing?: PairRecordAnswer): Promise<PhoneAnswer>;
  /** Forgets the question under way for a phone that left, so its next plug-in asks afresh. */
  forget(udid: string): void;
  /** Forgets every question under way. */
  clear(): void;
}

/** The answer when usbmuxd's reply alone settles it: there is no record to open a session with. */
export function answerWithoutSession(pairing: Exclude<PairRecordAnswer, { state: 'present' }>): PhoneAnswer {
  switch (pairing.state) {
    case 'absent':
      return { paired: false, says: null, reason: 'not-trusted' };
    case 'unknown':
      return { paired: null, says: null, reason: 'no-answer' };
    case 'unusable':
      return { paired: true, says: null, reason: 'session-refused' };
  }
}

async function askOnce(address: UsbmuxAddress, phone: PhoneToAsk, timing: AskTiming, signal: AbortSignal, known?: PairRecordAnswer): Promise<PhoneAnswer> {
  const pairing = known ?? (await readPairRecord(address, phone.udid, timing.requestTimeoutMs, signal));
  if (pairing.state !== 'present') return answerWithoutSession(pairing);
  try {
    const outcome = await readPhoneDomains({
      address,
      deviceId: phone.deviceId,
      record: pairing.record,
      iosVersion: phone.iosVersion,
      timeoutMs: timing.sessionTimeoutMs,
      signal,
    });
    return outcome.ok ? { paired: true, says: phoneSaysFrom(outcome.answers), reason: null } : { paired: true, says: null, reason: outcome.reason };
  } finally {
    wipePairRecord(pairing.record);
  }
}

/** Creates an asker for the usbmuxd at `address`; `signal` ends every question when the watch stops. */
export function createPhoneAsker(address: UsbmuxAddress, timing: AskTiming, signal: AbortSignal): PhoneAsker {
  const running = new Map<string, Promise<PhoneAnswer>>();
  return {
    ask(phone, pairing) {
      const under = running.get(phone.udid);
      if (under) {
        if (pairing?.state === 'present') wipePairRecord(pairing.record);
        return under;
      }
      const question = askOnce(address, phone, timing, signal, pairing).finally(() => {
        if (running.get(phone.udid) === question) running.delete(phone.udid);
      });
      running.set(phone.udid, question);
      return question;
    },
    forget: (udid) => void running.delete(udid),
    clear: () => running.clear(),
  };
}
