/**
 * One read-only lockdown session, asked directly of the test usbmuxd's scripted phones: what it
 * reads, what it sends, and what each way the phone can turn it down becomes — the turns of the
 * protocol the whole probe's tests do not reach (a phone that locks mid-read, a session without
 * TLS or without an ID, a goodbye fumbled after every answer).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'plist';
import { parseUsbmuxAddress } from '../../../../../../src/main/core/probes/usbmux/address';
import { readPhoneDomains, type SessionOutcome } from '../../../../../../src/main/core/probes/usbmux/lockdown-session';
import { parsePairRecord, type PairRecord } from '../../../../../../src/main/core/probes/usbmux/pair-record';
import { PHONE_DOMAINS } from '../../../../../../src/main/core/probes/usbmux/phone-says';
import { pairingFor } from '../../../../../support/usbmuxd/pairing';
import { ANAS_IPHONE, phoneDomains, type ScriptedDevice } from '../../../../../support/usbmuxd/scripted-device';
import { startTestUsbmuxd, type TestUsbmuxd } from '../../../../../support/usbmuxd/test-usbmuxd';

const BACKUP = 'com.apple.mobile.backup';
const BATTERY = 'com.apple.mobile.battery';
const DISK = 'com.apple.disk_usage';
const LOCKED = 'PasswordProtected';

describe('probes', () => {
  describe('usbmux', () => {
    describe('lockdown session', () => {
      let usbmuxd: TestUsbmuxd | undefined;
      let record: () => PairRecord;
      beforeAll(async () => {
        const pairing = await pairingFor(ANAS_IPHONE.udid);
        // A fresh copy per session: the record's bytes are the caller's to wipe.
        record = () => parsePairRecord(Buffer.from(build(pairing.record))) as PairRecord;
      });
      afterEach(async () => {
        await usbmuxd?.stop();
        usbmuxd = undefined;
      });

      /** Runs one session with Ana's iPhone changed by `change`; the outcome and what the phone was asked. */
      async function session(change: Partial<ScriptedDevice> = {}, timeoutMs = 5000): Promise<{ outcome: SessionOutcome; asked: string[] }> {
        usbmuxd = await startTestUsbmuxd();
        const deviceId = usbmuxd.attach({ ...ANAS_IPHONE, ...change });
        const address = parseUsbmuxAddress(usbmuxd.address)!;
        const outcome = await readPhoneDomains({ address, deviceId, record: record(), iosVersion: '18.1', timeoutMs });
        return { outcome, asked: usbmuxd.requests.filter((request) => request.startsWith('lockdown:') || request.startsWith('tls:')) };
      }

      it('reads every domain over TLS and ends the session it was given', async () => {
        const { outcome, asked } = await session();
        const domains = phoneDomains();
        expect(outcome).toEqual({ ok: true, answers: { [BACKUP]: domains[BACKUP], [BATTERY]: domains[BATTERY], [DISK]: domains[DISK] } });
        expect(asked).toEqual(['lockdown:QueryType', 'lockdown:StartSession', 'tls:TLSv1.3', ...PHONE_DOMAINS.map((domain) => `lockdown:GetValue:${domain}`), 'lockdown:StopSession']);
      });

      it('reads without TLS when the phone does not ask for it', async () => {
        const { outcome, asked } = await session({ session: 'plain' });
        expect(outcome).toMatchObject({ ok: true, answers: { [BATTERY]: { BatteryCurrentCapacity: 64 } } });
        expect(asked.some((request) => request.startsWith('tls:'))).toBe(false);
        expect(asked.at(-1)).toBe('lockdown:StopSession');
      });

      it('sends no StopSession for a session the phone gave no ID', async () => {
        const { outcome, asked } = await session({ session: 'no-session-id' });
        expect(outcome).toMatchObject({ ok: true, answers: { [BATTERY]: { BatteryCurrentCapacity: 64 } } });
        expect(asked.filter((request) => request.startsWith('lockdown:StopSession'))).toEqual([]);
      });

      it('keeps every answer when the phone hangs up at the goodbye', async () => {
        const { outcome, asked } = await session({ session: 'hangs-up-at-stop' });
        expect(outcome).toMatchObject({ ok: true, answers: { [BACKUP]: { WillEncrypt: true }, [BATTERY]: { BatteryCurrentCapacity: 64 } } });
        expect(asked.at(-1)).toBe('lockdown:StopSession');
      });

      it('says "locked" when the phone locks after the session opens and answers no domain', async () => {
        const { outcome, asked } = await session({ domainErrors: { [BACKUP]: LOCKED, [BATTERY]: LOCKED, [DISK]: LOCKED } });
        expect(outcome).toEqual({ ok: false, reason: 'locked' });
        // It still asked each domain and said goodbye: the lock is the phone's answer, not a broken session.
        expect(asked.filter((request) => request.startsWith('lockdown:GetValue:'))).toHaveLength(3);
        expect(asked.at(-1)).toBe('lockdown:StopSession');
      });

      it('keeps what a phone answered before it locked', async () => {
        const { outcome } = await session({ domainErrors: { [BATTERY]: LOCKED, [DISK]: LOCKED } });
        expect(outcome).toEqual({ ok: true, answers: { [BACKUP]: phoneDomains()[BACKUP] } });
      });

      it('counts a domain the phone does not have as an empty answer, not as locked', async () => {
        const { outcome } = await session({ domainErrors: { [BACKUP]: 'MissingValue', [BATTERY]: 'MissingValue', [DISK]: 'MissingValue' } });
        expect(outcome).toEqual({ ok: true, answers: {} });
      });

      it('tells a phone locked at the start from one that no longer trusts this computer', async () => {
        expect((await session({ session: 'locked' })).outcome).toEqual({ ok: false, reason: 'locked' });
        await usbmuxd?.stop();
        expect((await session({ session: 'another-host' })).outcome).toEqual({ ok: false, reason: 'session-refused' });
      });

      it('blames the handshake for a phone that hangs up during it, and the silence for one that never answers', async () => {
        const tls = await session({ session: 'tls-fails' });
        expect(tls.outcome).toEqual({ ok: false, reason: 'tls-failed' });
        await usbmuxd?.stop();
        expect((await session({ lockdown: 'silent' }, 300)).outcome).toEqual({ ok: false, reason: 'no-answer' });
      });
    });
  });
});
