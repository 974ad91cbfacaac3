/**
 * A stand-in for Electron's ipcMain, following Electron's own implementation: one handler per
 * channel (a second registration throws), and an invoke from a frame answered through an
 * `IpcMainInvokeEvent` whose `sender` is the web contents and whose `senderFrame` is the sending
 * frame — or null once that frame has navigated or gone. What the renderer gets back is a copy;
 * a handler's error reaches it only as its text.
 */
import { EventEmitter } from 'node:events';
import { electronEvent, type StandInEvent } from './event';
import type { StandInFrame } from './web-frame-main';
import type { StandInWebContents } from './web-contents';

/** What a handler receives first. */
export type StandInInvokeEvent = StandInEvent<{
  type: 'frame';
  processId: number;
  frameId: number;
  sender: StandInWebContents;
  readonly senderFrame: StandInFrame | null;
}>;

type InvokeHandler = (event: StandInInvokeEvent, ...args: unknown[]) => unknown;

/** The outcome of an invoke as Electron's renderer receives it: a result, or an error's text. */
export type InvokeReply = { result: unknown } | { error: string };

/** The stand-in ipcMain. */
export class StandInIpcMain extends EventEmitter {
  private handlers = new Map<string, InvokeHandler>();

  /** Registers the handler for `channel`; Electron throws for a second one. */
  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    if (typeof handler !== 'function') throw new Error(`Expected handler to be a function, but found type '${typeof handler}'`);
    this.handlers.set(channel, handler);
  }

  /** Handles one invoke on `channel`, then removes itself. */
  handleOnce(channel: string, handler: InvokeHandler): void {
    this.handle(channel, (event, ...args) => {
      this.removeHandler(channel);
      return handler(event, ...args);
    });
  }

  /** Removes the handler for `channel`, if any. */
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** The channels that have a handler now. */
  handledChannels(): string[] {
    return [...this.handlers.keys()];
  }

  /** Delivers an invoke sent by `frame`, as Electron's browser side does. */
  async dispatchInvoke(frame: StandInFrame, channel: string, args: unknown[]): Promise<InvokeReply> {
    const document = frame.document;
    const event = electronEvent({
      type: 'frame' as const,
      processId: frame.processId,
      frameId: frame.routingId,
      sender: frame.contents,
      get senderFrame() {
        return frame.isDestroyed() || frame.document !== document ? null : frame;
      },
    });
    const handler = this.handlers.get(channel);
    if (!handler) return { error: `No handler registered for '${channel}'` };
    try {
      return { result: await handler(event as StandInInvokeEvent, ...args) };
    } catch (error) {
      return { error: String(error) };
    }
  }

  /** Forgets every handler and listener. */
  reset(): void {
    this.handlers.clear();
    this.removeAllListeners();
  }
}
