/**
 * Decides whether an IPC message really comes from the app's own page, and wraps every handler
 * in that check. Kept apart from Electron so the rule is unit-tested with a foreign sender for
 * every channel; `ipc.ts` only supplies the real window and event.
 */
import type { RequestChannel } from '../shared/ipc';
import { isAppPageUrl } from './app-protocol';
import type { Handler } from './handlers';

/** What main knows about a message's sender. */
export interface SenderInfo {
  /** `event.sender.id`: which web contents sent it. */
  contentsId: number;
  /** `event.senderFrame.url`: which page, in which frame. */
  frameUrl: string | undefined;
  /** Whether the sending frame is the top frame (no iframe may talk to main). */
  isMainFrame: boolean;
}

/** The only sender main answers. */
export interface TrustedOrigin {
  contentsId: number;
  appUrl: string;
}

/** True when `senderUrl` is the app's own page: same scheme, host and path as `appUrl`, any hash. */
export function isTrustedSenderUrl(senderUrl: string | undefined, appUrl: string): boolean {
  return isAppPageUrl(senderUrl, appUrl);
}

/** The parts of Electron's IPC event the sender check reads. */
export interface IpcEventLike {
  sender: { id: number };
  /** Null when the frame has navigated away or been destroyed since it sent the message. */
  senderFrame: { url: string; parent: unknown } | null;
}

/** What an IPC event says about its sender; a frame that is gone counts as no frame at all. */
export function senderInfoFrom(event: IpcEventLike): SenderInfo {
  const frame = event.senderFrame;
  return { contentsId: event.sender.id, frameUrl: frame?.url, isMainFrame: frame !== null && frame.parent === null };
}

/** True only for the app's own window, top frame, own page. */
export function isTrustedSender(sender: SenderInfo, trusted: TrustedOrigin): boolean {
  return sender.contentsId === trusted.contentsId && sender.isMainFrame && isTrustedSenderUrl(sender.frameUrl, trusted.appUrl);
}

/** A handler that first checks who is asking. */
export type GuardedHandler = (sender: SenderInfo, payload: unknown) => Promise<unknown>;

/** Wraps each handler so a foreign sender gets a clear refusal and the handler never runs. */
export function guardHandlers(handlers: Record<RequestChannel, Handler>, trusted: () => TrustedOrigin): Record<RequestChannel, GuardedHandler> {
  const guarded = {} as Record<RequestChannel, GuardedHandler>;
  for (const channel of Object.keys(handlers) as RequestChannel[]) {
    guarded[channel] = async (sender, payload) => {
      if (!isTrustedSender(sender, trusted())) {
        throw new Error(`Refused ${channel}: the message did not come from Backup Lifeboat's own window.`);
      }
      return handlers[channel](payload);
    };
  }
  return guarded;
}
