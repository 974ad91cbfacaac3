/**
 * A strictly request-then-reply conversation with a phone's lockdownd, over the raw socket usbmuxd
 * hands over or over TLS once a session has started. It can only ask what reads: `QueryType`,
 * `GetValue`, `StartSession` and `StopSession`. Anything that changes the phone (`SetValue`,
 * `RemoveValue`, `Pair`, `StartService` …) is refused here, before a byte is sent, so no caller
 * can write to a phone by mistake.
 */
import type { Duplex } from 'node:stream';
import { encodeLockdownFrame, FramingError, lockdownFrameReader } from './frames';
import { decodePlistDict, encodePlist, type PlistDict } from './plist-codec';

/** The only requests this app ever sends to lockdownd. */
export type ReadOnlyRequest = 'QueryType' | 'GetValue' | 'StartSession' | 'StopSession';

const READ_ONLY: ReadonlySet<string> = new Set<ReadOnlyRequest>(['QueryType', 'GetValue', 'StartSession', 'StopSession']);

/** The label lockdownd logs for each request, as libimobiledevice sends its tool's name. */
const LABEL = 'backup-lifeboat';

/** One conversation with lockdownd. */
export interface LockdownChannel {
  /** Sends a request with its fields and resolves with the reply; rejects if the stream fails first. */
  request(name: ReadOnlyRequest, fields?: PlistDict): Promise<PlistDict>;
  /** Stops listening and hands the stream over (for the TLS upgrade); throws if the phone sent more than was asked for. */
  release(): Duplex;
}

/** Starts a conversation on `stream`; `rest` holds bytes already read past usbmuxd's reply. */
export function openLockdownChannel(stream: Duplex, rest: Buffer = Buffer.alloc(0)): LockdownChannel {
  const reader = lockdownFrameReader();
  reader.push(rest);
  let waiter: { resolve(dict: PlistDict): void; reject(error: Error): void } | null = null;
  let failure: Error | null = null;

  const fail = (error: Error) => {
    failure ??= error;
    waiter?.reject(failure);
    waiter = null;
    stream.destroy();
  };
  const pump = () => {
    if (!waiter) return;
    let frame: Buffer | null;
    try {
      frame = reader.next();
    } catch (error) {
      fail(error instanceof FramingError ? new Error(`The phone sent a broken message: ${error.message}`) : (error as Error));
      return;
    }
    if (!frame) return;
    const dict = decodePlistDict(frame.subarray(4));
    const current = waiter;
    waiter = null;
    if (dict) current.resolve(dict);
    else current.reject(new Error('The phone sent a reply this app cannot read.'));
  };
  const onData = (chunk: Buffer) => {
    reader.push(chunk);
    pump();
  };
  const onError = (error: Error) => fail(new Error(`The connection to the phone failed: ${error.message}`));
  const onClose = () => fail(new Error('The phone closed the connection.'));

  stream.on('data', onData);
  stream.on('error', onError);
  stream.on('close', onClose);
  stream.resume();

  return {
    request(name, fields = {}) {
      if (!READ_ONLY.has(name)) return Promise.reject(new Error(`${String(name)} is not a read-only request; it is never sent.`));
      if (failure) return Promise.reject(failure);
      if (waiter) return Promise.reject(new Error('A request to the phone is already waiting for its reply.'));
      return new Promise((resolve, reject) => {
        waiter = { resolve, reject };
        stream.write(encodeLockdownFrame(encodePlist({ ...fields, Label: LABEL, Request: name })));
        pump();
      });
    },
    release() {
      stream.off('data', onData);
      stream.off('error', onError);
      stream.off('close', onClose);
      // An error nobody listens for would crash the process; whatever wraps the stream sees it close instead.
      stream.on('error', () => stream.destroy());
      stream.pause();
      if (reader.rest().length > 0) {
        stream.destroy();
        throw new Error('The phone sent more than it was asked for.');
      }
      return stream;
    },
  };
}
