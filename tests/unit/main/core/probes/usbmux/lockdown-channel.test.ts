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
