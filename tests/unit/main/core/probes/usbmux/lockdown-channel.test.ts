import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { build } from 'plist';
import { openLockdownChannel, type ReadOnlyRequest } from '../../../../../../src/main/core/probes/usbmux/lockdown-channel';
import { encodeLockdownFrame } from '../../../../../../src/main/core/probes/usbmux/frames';

/** A stream standing in for the phone's socket: what the channel writes is kept, and `answer` replies. */
function wire() {
  const written: Buffer[] = [];
  const stream = new PassThrough();
  stream.write = ((chunk: Buffer) => {
    written.push(chunk);
    return true;
  }) as typeof stream.write;
  return { stream, written, answer: (dict: Record<string, unknown>) => stream.push(encodeLockdownFrame(Buffer.from(build(dict as never)))) };
}

describe('probes', () => {
  describe('usbmux', () => {
    describe('lockdown channel', () => {
      it.each(['SetValue', 'RemoveValue', 'Pair', 'ValidatePair', 'Unpair', 'StartService', 'EnterRecovery', 'Activate'])(
        'refuses to send %s, and sends nothing at all',
        async (request) => {
          const { stream, written } = wire();
          const channel = openLockdownChannel(stream);
          await expect(channel.request(request as ReadOnlyRequest, { Domain: 'com.apple.mobile.backup', Key: 'CloudBackupEnabled', Value: true })).rejects.toThrow(
            'is not a read-only request',
          );
          expect(written).toEqual([]);
        },
      );

      it('sends a read-only request with its label and reads the reply', async () => {
        const { stream, written, answer } = wire();
        const channel = openLockdownChannel(stream);
        const reply = channel.request('GetValue', { Domain: 'com.apple.mobile.battery' });
        answer({ Request: 'GetValue', Value: { BatteryCurrentCapacity: 50 } });
        await expect(reply).resolves.toEqual({ Request: 'GetValue', Value: { BatteryCurrentCapacity: 50 } });
        const sent = Buffer.concat(written).subarray(4).toString();
        expect(sent).toContain('<string>GetValue</string>');
        expect(sent).toContain('<string>com.apple.mobile.battery</string>');
        expect(sent).toContain('<string>backup-lifeboat</string>');
      });

      it('reads a reply that arrived with usbmuxd\'s own answer, before the channel was opened', async () => {
        const { stream } = wire();
        const early = encodeLockdownFrame(Buffer.from(build({ Request: 'QueryType', Type: 'com.apple.mobile.lockdown' })));
        const channel = openLockdownChannel(stream, early);
        await expect(channel.request('QueryType')).resolves.toEqual({ Request: 'QueryType', Type: 'com.apple.mobile.lockdown' });
      });

      it('says a reply it cannot read is unreadable, and can still ask again', async () => {
        const { stream, answer } = wire();
        const channel = openLockdownChannel(stream);
        const reply = channel.request('GetValue');
        stream.push(encodeLockdownFrame(Buffer.from('not a plist at all')));
        await expect(reply).rejects.toThrow('The phone sent a reply this app cannot read.');
        const next = channel.request('GetValue');
        answer({ Request: 'GetValue', Value: {} });
        await expect(next).resolves.toEqual({ Request: 'GetValue', Value: {} });
      });

      it('says a broken message is broken, and hangs up', async () => {
        const { stream } = wire();
        const channel = openLockdownChannel(stream);
        const reply = channel.request('GetValue');
        // A length far over what lockdownd ever sends.
        stream.push(Buffer.from([0x7f, 0xff, 0xff, 0xff]));
        await expect(reply).rejects.toThrow(/^The phone sent a broken message: ./);
        expect(stream.destroyed).toBe(true);
      });

      it('fails the waiting request when the connection fails, and every later one for the same first reason', async () => {
        const { stream } = wire();
        const channel = openLockdownChannel(stream);
        const reply = channel.request('GetValue');
        stream.emit('error', new Error('read ECONNRESET'));
        await expect(reply).rejects.toThrow('The connection to the phone failed: read ECONNRESET');
        expect(stream.destroyed).toBe(true);
        await new Promise((resolve) => setImmediate(resolve));
        // The hang-up that follows the error is not the reason.
        await expect(channel.request('GetValue')).rejects.toThrow('The connection to the phone failed: read ECONNRESET');
      });

      it('fails the waiting request when the phone hangs up', async () => {
        const { stream } = wire();
        const channel = openLockdownChannel(stream);
        const reply = channel.request('GetValue');
        stream.destroy();
        await expect(reply).rejects.toThrow('The phone closed the connection.');
        await expect(channel.request('QueryType')).rejects.toThrow('The phone closed the connection.');
      });

      it('asks one thing at a time: a second request while the first waits is refused and not sent', async () => {
        const { stream, written, answer } = wire();
        const channel = openLockdownChannel(stream);
        const first = channel.request('GetValue');
        await expect(channel.request('QueryType')).rejects.toThrow('A request to the phone is already waiting for its reply.');
        expect(written).toHaveLength(1);
        answer({ Request: 'GetValue', Value: {} });
        await expect(first).resolves.toEqual({ Request: 'GetValue', Value: {} });
      });

      it('stops listening when it hands the stream over, so the new owner alone reads it', () => {
        const { stream } = wire();
        const handed = openLockdownChannel(stream).release();
        expect(handed.listenerCount('data')).toBe(0);
        expect(handed.listenerCount('close')).toBe(0);
        expect(handed.listenerCount('error')).toBe(1);
        expect(handed.isPaused()).toBe(true);
      });

      it('will not hand the stream over while the phone has sent more than it was asked for', async () => {
        const { stream, answer } = wire();
        const channel = openLockdownChannel(stream);
        const reply = channel.request('StartSession', { HostID: 'H' });
        answer({ Request: 'StartSession', SessionID: 'S', EnableSessionSSL: true });
        answer({ Request: 'Unasked' });
        await reply;
        await new Promise((resolve) => setImmediate(resolve));
        expect(() => channel.release()).toThrow('more than it was asked for');
        expect(stream.destroyed).toBe(true);
      });

      it('keeps an error on the handed-over stream from crashing the process, and closes it', () => {
        const { stream } = wire();
        const handed = openLockdownChannel(stream).release();
        expect(() => handed.emit('error', new Error('read ECONNRESET'))).not.toThrow();
        expect(handed.destroyed).toBe(true);
      });
    });
  });
});
