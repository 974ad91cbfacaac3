/**
 * Asking one phone what it says: the answer for each thing usbmuxd can say about its pair record,
 * one question per phone at a time (a second caller joins the first), a phone that left asked
 * afresh, and the record's keys wiped from memory once they are no longer needed.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { build } from 'plist';
import { parseUsbmuxAddress, type UsbmuxAddress } from '../../../../../../src/main/core/probes/usbmux/address';
import { answerWithoutSession, createPhoneAsker, type PhoneToAsk } from '../../../../../../src/main/core/probes/usbmux/ask-phone';
import { parsePairRecord, type PairRecord } from '../../../../../../src/main/core/probes/usbmux/pair-record';
import { pairingFor, type Pairing } from '../../../../../support/usbmuxd/pairing';
import { ANAS_IPHONE, type ScriptedDevice } from '../../../../../support/usbmuxd/scripted-device';
import { startTestUsbmuxd, type TestUsbmuxd } from '../../../../../support/usbmuxd/test-usbmuxd';

/** Whether every key and certificate of `record` has been overwritten with zeros. */
function wiped(record: PairRecord): boolean {
  return [record.hostCertificate, record.hostPrivateKey, record.rootCertificate, record.deviceCertificate].every((bytes) => bytes.every((byte) => byte === 0));
}

describe('probes', () => {
  describe('usbmux', () => {
    describe('answerWithoutSession', () => {
      it('reads a missing record as a phone that does not trust this computer', () => {
        expect(answerWithoutSession({ state: 'absent' })).toEqual({ paired: false, says: null, reason: 'not-trusted' });
      });

      it('reads a usbmuxd that could not be asked as "cannot tell", not as untrusted', () => {
        expect(answerWithoutSession({ state: 'unknown' })).toEqual({ paired: null, says: null, reason: 'no-answer' });
      });

      it('reads a record it cannot use as trust it cannot open a session with', () => {
        expect(answerWithoutSession({ state: 'unusable' })).toEqual({ paired: true, says: null, reason: 'session-refused' });
      });
    });

    describe('createPhoneAsker', () => {
      let usbmuxd: TestUsbmuxd | undefined;
      let pairing: Pairing;
      const stop = new AbortController();
      beforeAll(async () => {
        pairing = await pairingFor(ANAS_IPHONE.udid);
      });
      afterEach(async () => {
        await usbmuxd?.stop();
        usbmuxd = undefined;
      });

      const freshRecord = () => parsePairRecord(Buffer.from(build(pairing.record))) as PairRecord;
      const sessions = () => usbmuxd?.requests.filter((request) => request === 'lockdown:StartSession').length ?? 0;

      /** A test usbmuxd with Ana's iPhone (changed by `change`) plugged in: where to ask, and whom. */
      async function plugIn(change: Partial<ScriptedDevice> = {}): Promise<{ address: UsbmuxAddress; phone: PhoneToAsk }> {
        usbmuxd = await startTestUsbmuxd();
        const deviceId = usbmuxd.attach({ ...ANAS_IPHONE, ...change });
        return { address: parseUsbmuxAddress(usbmuxd.address)!, phone: { udid: ANAS_IPHONE.udid, deviceId, iosVersion: '18.1' } };
      }

      it('reads the pair record from usbmuxd itself when none is given, and answers what the phone says', async () => {
        const { address, phone } = await plugIn();
        const answer = await createPhoneAsker(address, { requestTimeoutMs: 2000, sessionTimeoutMs: 5000 }, stop.signal).ask(phone);
        expect(answer).toMatchObject({ paired: true, says: { batteryPercent: 64, charging: true }, reason: null });
        expect(usbmuxd?.requests).toContain('ReadPairRecord');
      });

      it('gives the reason the session failed with, still as a trusted phone', async () => {
        const { address, phone } = await plugIn({ session: 'locked' });
        const answer = await createPhoneAsker(address, { requestTimeoutMs: 2000, sessionTimeoutMs: 5000 }, stop.signal).ask(phone);
        expect(answer).toEqual({ paired: true, says: null, reason: 'locked' });
      });

      it('wipes the keys of the record it was given once the session is over, whether it went well or not', async () => {
        const { address, phone } = await plugIn();
        const asker = createPhoneAsker(address, { requestTimeoutMs: 2000, sessionTimeoutMs: 5000 }, stop.signal);
        const record = freshRecord();
        await asker.ask(phone, { state: 'present', record });
        expect(wiped(record)).toBe(true);
        await usbmuxd?.stop();
        const refused = await plugIn({ session: 'another-host' });
        const refusedRecord = freshRecord();
        const answer = await createPhoneAsker(refused.address, { requestTimeoutMs: 2000, sessionTimeoutMs: 5000 }, stop.signal).ask(refused.phone, { state: 'present', record: refusedRecord });
        expect(answer.reason).toBe('session-refused');
        expect(wiped(refusedRecord)).toBe(true);
      });

      it('lets a second caller join the question under way, and wipes the record it brought at once', async () => {
        const { address, phone } = await plugIn({ session: 'tls-stalls' });
        const asker = createPhoneAsker(address, { requestTimeoutMs: 2000, sessionTimeoutMs: 400 }, stop.signal);
        const first = asker.ask(phone, { state: 'present', record: freshRecord() });
        const joining = freshRecord();
        const second = asker.ask(phone, { state: 'present', record: joining });
        expect(second).toBe(first);
        expect(wiped(joining)).toBe(true);
        await expect(first).resolves.toMatchObject({ reason: 'tls-failed' });
        expect(sessions()).toBe(1);
      });

      it('asks afresh once the question is answered', async () => {
        const { address, phone } = await plugIn();
        const asker = createPhoneAsker(address, { requestTimeoutMs: 2000, sessionTimeoutMs: 5000 }, stop.signal);
        const first = asker.ask(phone);
        await first;
        const second = asker.ask(phone);
        expect(second).not.toBe(first);
        await second;
        expect(sessions()).toBe(2);
      });

      it('asks a phone that left and came back afresh, and the old question ending late does not undo that', async () => {
        const { address, phone } = await plugIn({ session: 'tls-stalls' });
        const asker = createPhoneAsker(address, { requestTimeoutMs: 2000, sessionTimeoutMs: 60_000 }, stop.signal);
        const before = asker.ask(phone);
        await vi.waitFor(() => expect(sessions()).toBe(1));
        // Unplugged and plugged in again: usbmuxd gives it a new DeviceID, and the watch forgets the old question.
        asker.forget(phone.udid);
        const again = { ...phone, deviceId: usbmuxd!.attach({ ...ANAS_IPHONE, session: 'tls-stalls' }) };
        const after = asker.ask(again);
        expect(after).not.toBe(before);
        await vi.waitFor(() => expect(sessions()).toBe(2));
        usbmuxd!.detach(phone.deviceId);
        await expect(before).resolves.toMatchObject({ says: null });
        // The old question is over; the new one is still under way, and is the one a caller joins.
        expect(asker.ask(again)).toBe(after);
        usbmuxd!.detach(again.deviceId);
        await after;
      });

      it('forgets every question under way at once', async () => {
        const { address, phone } = await plugIn({ session: 'tls-stalls' });
        const asker = createPhoneAsker(address, { requestTimeoutMs: 2000, sessionTimeoutMs: 300 }, stop.signal);
        const before = asker.ask(phone);
        asker.clear();
        const after = asker.ask(phone);
        expect(after).not.toBe(before);
        await Promise.all([before, after]);
      });
    });
  });
});
