import { getEventListeners } from 'node:events';
import { PassThrough } from 'node:stream';
import { build } from 'plist';
import { afterEach, describe, expect, it } from 'vitest';
import { parseUsbmuxAddress, type UsbmuxAddress } from '../../../../../../src/main/core/probes/usbmux/address';
import { networkOrderPort, queryLockdown, talkToLockdown } from '../../../../../../src/main/core/probes/usbmux/lockdown';
import { phoneValues, type ScriptedDevice } from '../../../../../support/usbmuxd/scripted-device';
import { startTestUsbmuxd, type TestUsbmuxd } from '../../../../../support/usbmuxd/test-usbmuxd';

const UDID = '00008130-001A2B3C4D5E001E';
/** A limit far beyond the test's own: only an abort can end the conversation in time. */
const NEVER = 10 * 60_000;

const running: TestUsbmuxd[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((usbmuxd) => usbmuxd.stop()));
});

/** A test usbmuxd with one phone plugged in: its address and the phone's DeviceID. */
async function onePhone(device: Partial<ScriptedDevice> = {}): Promise<{ usbmuxd: TestUsbmuxd; address: UsbmuxAddress; id: number }> {
  const usbmuxd = await startTestUsbmuxd();
  running.push(usbmuxd);
  const id = usbmuxd.attach({ udid: UDID, values: phoneValues(UDID, 'Anna’s iPhone'), ...device });
  return { usbmuxd, address: parseUsbmuxAddress(usbmuxd.address)!, id };
}

/** lockdownd answering every request with `reply`, whatever was asked. */
const answering = (reply: Record<string, unknown>): Partial<ScriptedDevice> => ({ lockdownReply: Buffer.from(build(reply as never)) });

describe('probes', () => {
  describe('usbmux lockdown', () => {
    it('puts the port in network byte order, as usbmuxd reads it', () => {
      expect(networkOrderPort(62078)).toBe(0x7ef2);
      expect(networkOrderPort(0x1234)).toBe(0x3412);
    });

    it('reads the name, class, model and iOS version a phone tells anyone, without a session', async () => {
      const { usbmuxd, address, id } = await onePhone({ values: phoneValues(UDID, 'Anna’s iPhone', { DeviceClass: 'iPhone', ProductType: 'iPhone16,1', ProductVersion: '17.5' }) });
      await expect(queryLockdown(address, id, 5000)).resolves.toEqual({ name: 'Anna’s iPhone', deviceClass: 'iPhone', productType: 'iPhone16,1', productVersion: '17.5' });
      expect(usbmuxd.requests).toEqual(['Connect', 'lockdown:QueryType', 'lockdown:GetValue']);
      await expect.poll(() => usbmuxd.tunnelCount()).toBe(0);
    });

    it('refuses a service that does not answer as lockdownd, and asks it nothing more', async () => {
      const { usbmuxd, address, id } = await onePhone(answering({ Request: 'QueryType', Type: 'com.apple.mobile.something-else' }));
      await expect(queryLockdown(address, id, 5000)).rejects.toThrow('The phone did not answer as lockdownd.');
      expect(usbmuxd.requests).toEqual(['Connect', 'lockdown:QueryType']);
    });

    it('says why a phone kept its details back, in its own words', async () => {
      const { address, id } = await onePhone(answering({ Type: 'com.apple.mobile.lockdown', Error: 'GetProhibited' }));
      await expect(queryLockdown(address, id, 5000)).rejects.toThrow(/^The phone did not share its details \(GetProhibited\)\.$/);
    });

    it('says a phone kept its details back even when it gives no reason', async () => {
      const { address, id } = await onePhone(answering({ Type: 'com.apple.mobile.lockdown' }));
      await expect(queryLockdown(address, id, 5000)).rejects.toThrow(/^The phone did not share its details\.$/);
    });

    it('gives up on a silent phone at its time limit, and closes the conversation', async () => {
      const { usbmuxd, address, id } = await onePhone({ lockdown: 'silent' });
      await expect(queryLockdown(address, id, 300)).rejects.toThrow('The phone did not answer in time.');
      await expect.poll(() => usbmuxd.tunnelCount()).toBe(0);
    });

    it('asks nothing of the phone when the signal was aborted before it began, and leaves nothing open', async () => {
      const { usbmuxd, address, id } = await onePhone({ lockdown: 'silent' });
      const controller = new AbortController();
      controller.abort();
      await expect(queryLockdown(address, id, NEVER, controller.signal)).rejects.toThrow();
      expect(usbmuxd.requests).not.toContain('lockdown:QueryType');
      await expect.poll(() => usbmuxd.tunnelCount()).toBe(0);
    });

    it('closes the conversation when the signal is aborted while the phone keeps silent', async () => {
      const { usbmuxd, address, id } = await onePhone({ lockdown: 'silent' });
      const controller = new AbortController();
      const asking = queryLockdown(address, id, NEVER, controller.signal);
      await expect.poll(() => usbmuxd.requests).toContain('lockdown:QueryType');
      controller.abort();
      await expect(asking).rejects.toThrow();
      await expect.poll(() => usbmuxd.tunnelCount()).toBe(0);
    });

    it('stops listening to the signal once the answer is in', async () => {
      const { address, id } = await onePhone();
      const controller = new AbortController();
      await queryLockdown(address, id, 5000, controller.signal);
      expect(getEventListeners(controller.signal, 'abort')).toEqual([]);
    });

    it('closes a stream the conversation opened on top, such as TLS, once it is over', async () => {
      const { address, id } = await onePhone();
      const onTop = new PassThrough();
      await talkToLockdown(address, id, 5000, undefined, async (_channel, hold) => {
        hold(onTop);
        return null;
      });
      expect(onTop.destroyed).toBe(true);
    });
  });
});
