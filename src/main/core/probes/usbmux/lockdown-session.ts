/**
 * One read-only lockdown session with a phone that trusts this computer, the way Finder, iTunes
 * and libimobiledevice's `ideviceinfo -q DOMAIN` read it: `StartSession` with the pair record's
 * `HostID` and `SystemBUID` (libimobiledevice `src/lockdown.c` `lockdownd_start_session`,
 * pymobiledevice3 `lockdown.py` `validate_pairing`), the TLS upgrade the phone asks for, one
 * `GetValue` per domain, then `StopSession`. Nothing is written to the phone, no pairing is made
 * and no other service is started; every failure becomes a reason, never an exception.
 *
 * Phones before iOS 7 also want `ValidatePair` first (both clients above send it); this app does
 * not, so such phones usually turn the session down and say nothing.
 */
import type { PhoneSaysReason } from '../../../../shared/snapshot';
import type { UsbmuxAddress } from './address';
import { openLockdownChannel, type LockdownChannel } from './lockdown-channel';
import { talkToLockdown } from './lockdown';
import type { PairRecord } from './pair-record';
import { PHONE_DOMAINS, type DomainAnswers } from './phone-says';
import { dictField, stringField } from './plist-codec';
import { upgradeToTls } from './session-tls';

/** Why a session gave nothing. */
export type SessionFailure = Extract<PhoneSaysReason, 'locked' | 'session-refused' | 'tls-failed' | 'no-answer'>;

/** What one session read, or why it read nothing. */
export type SessionOutcome = { ok: true; answers: DomainAnswers } | { ok: false; reason: SessionFailure };

/** lockdownd's answer when the phone is locked (libimobiledevice `LOCKDOWN_E_PASSWORD_PROTECTED`). */
const LOCKED = 'PasswordProtected';

/** How far a session got, which decides what a failure means. */
type Phase = 'starting' | 'securing' | 'reading' | 'stopping';

/** What one session is asked to do. */
export interface SessionRequest {
  address: UsbmuxAddress;
  /** usbmuxd's id for the connection to use. */
  deviceId: number;
  record: PairRecord;
  /** The phone's iOS version from its public values, which decides the TLS versions offered. */
  iosVersion: string | null;
  timeoutMs: number;
  signal?: AbortSignal;
}

async function readDomains(session: LockdownChannel, answers: DomainAnswers): Promise<boolean> {
  let locked = false;
  for (const domain of PHONE_DOMAINS) {
    const reply = await session.request('GetValue', { Domain: domain });
    const value = dictField(reply, 'Value');
    if (value) answers[domain] = value;
    else if (stringField(reply, 'Error') === LOCKED) locked = true;
  }
  return locked;
}

/** Reads the phone's backup, battery and storage domains through the trust it already gave. */
export async function readPhoneDomains(request: SessionRequest): Promise<SessionOutcome> {
  const { address, deviceId, record, iosVersion, timeoutMs, signal } = request;
  const answers: DomainAnswers = {};
  let phase = 'starting' as Phase;
  let locked = false;
  const outcome = (): SessionOutcome =>
    Object.keys(answers).length > 0 ? { ok: true, answers } : locked ? { ok: false, reason: 'locked' } : { ok: true, answers };
  try {
    return await talkToLockdown(address, deviceId, timeoutMs, signal, async (channel, hold) => {
      const started = await channel.request('StartSession', { HostID: record.hostId, SystemBUID: record.systemBuid });
      const error = stringField(started, 'Error');
      if (error) return { ok: false, reason: error === LOCKED ? 'locked' : 'session-refused' };
      let session = channel;
      if (started.EnableSessionSSL === true) {
        phase = 'securing';
        session = openLockdownChannel(await upgradeToTls(channel.release(), record, iosVersion, hold));
      }
      phase = 'reading';
      locked = await readDomains(session, answers);
      phase = 'stopping';
      const sessionId = stringField(started, 'SessionID');
      if (sessionId) await session.request('StopSession', { SessionID: sessionId });
      return outcome();
    });
  } catch {
    // A phone that answered everything and then fumbled the goodbye still answered.
    if (phase === 'stopping') return outcome();
    return { ok: false, reason: phase === 'securing' ? 'tls-failed' : 'no-answer' };
  }
}
