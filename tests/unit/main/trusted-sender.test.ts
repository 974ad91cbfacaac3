import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { guardHandlers, isTrustedSender, isTrustedSenderUrl, senderInfoFrom, type SenderInfo } from '../../../src/main/trusted-sender';
import { createHandlers } from '../../../src/main/handlers';
import { createCore } from '../../../src/main/core/create-core';
import { createProgressStore, memoryBackend } from '../../../src/main/progress/progress-store';
import { APP_PAGE_URL } from '../../../src/main/app-protocol';
import { Requests, type RequestChannel } from '../../../src/shared/ipc';

const appUrl = APP_PAGE_URL;
const own: SenderInfo = { contentsId: 7, frameUrl: appUrl, isMainFrame: true };
const trusted = { contentsId: 7, appUrl };

/** A valid payload per channel, so only the sender decides the outcome. */
const VALID: Record<RequestChannel, unknown> = {
  [Requests.getSnapshot]: undefined,
  [Requests.getProgress]: undefined,
  [Requests.setProgress]: { kind: 'checklist', item: 'storage', mark: 'fine' },
  [Requests.runAction]: { action: 'open-system-status' },
};

function guarded() {
  const effects: string[] = [];
  const progress = createProgressStore(memoryBackend());
  const handlers = createHandlers({
    core: createCore({ probes: [] }),
    progress,
    effects: {
      openExternal: async (url) => void effects.push(url),
      openApplication: async () => void effects.push('app'),
      showItemInFolder: () => void effects.push('reveal'),
      copyText: () => void effects.push('copy'),
    },
  });
  return { effects, progress, handlers: guardHandlers(handlers, () => trusted) };
}

describe('trusted-sender', () => {
  describe('isTrustedSenderUrl', () => {
    it("trusts the app's own page, with or without a hash", () => {
      expect(isTrustedSenderUrl(appUrl, appUrl)).toBe(true);
      expect(isTrustedSenderUrl(`${appUrl}#/checklist`, appUrl)).toBe(true);
    });
    it.each([
      ['a web page', 'https://evil.example/index.html'],
      ['another page of the app scheme', 'app://lifeboat/other.html'],
      ['a local file', 'file:///tmp/index.html'],
      ['a data URL', 'data:text/html,<script>1</script>'],
      ['no URL at all', undefined],
      ['garbage', 'not a url'],
    ])('refuses %s', (_label, url) => {
      expect(isTrustedSenderUrl(url, appUrl)).toBe(false);
    });
  });

  describe('isTrustedSender', () => {
    it('refuses another window, and an iframe inside the app window', () => {
      expect(isTrustedSender(own, trusted)).toBe(true);
      expect(isTrustedSender({ ...own, contentsId: 8 }, trusted)).toBe(false);
      expect(isTrustedSender({ ...own, isMainFrame: false }, trusted)).toBe(false);
    });
  });

  describe('guardHandlers', () => {
    it.each(Object.values(Requests))('answers %s from the app window', async (channel) => {
      const { handlers } = guarded();
      await expect(handlers[channel](own, VALID[channel])).resolves.toBeDefined();
    });

    it.each(Object.values(Requests))('refuses %s from a foreign sender without running it', async (channel) => {
      const { handlers, effects, progress } = guarded();
      const foreign: SenderInfo = { contentsId: 99, frameUrl: 'https://evil.example/', isMainFrame: true };
      await expect(handlers[channel](foreign, VALID[channel])).rejects.toThrow(/did not come from Backup Lifeboat's own window/);
      expect(effects).toEqual([]);
      expect(progress.get().checklist).toEqual({});
    });
  });

  describe('senderInfoFrom', () => {
    it('reads the web contents, the frame and whether it is the top frame', () => {
      expect(senderInfoFrom({ sender: { id: 7 }, senderFrame: { url: appUrl, parent: null } })).toEqual(own);
      expect(senderInfoFrom({ sender: { id: 7 }, senderFrame: { url: appUrl, parent: {} } })).toEqual({ ...own, isMainFrame: false });
    });
    it('treats a frame that is already gone as a stranger', () => {
      const sender = senderInfoFrom({ sender: { id: 7 }, senderFrame: null });
      expect(sender).toEqual({ contentsId: 7, frameUrl: undefined, isMainFrame: false });
      expect(isTrustedSender(sender, trusted)).toBe(false);
    });
  });

  describe('guardHandlers with any sender', () => {
    const sender = fc.record({
      contentsId: fc.oneof(fc.constant(7), fc.integer()),
      frameUrl: fc.oneof(fc.constant(appUrl), fc.constant(`${appUrl}#/help`), fc.webUrl(), fc.string(), fc.constant(undefined)),
      isMainFrame: fc.boolean(),
    });
    it.each(Object.values(Requests))('runs %s only for the app window, top frame, own page', async (channel) => {
      await fc.assert(
        fc.asyncProperty(sender, async (from) => {
          const { handlers, effects, progress } = guarded();
          const own = from.contentsId === 7 && from.isMainFrame && (from.frameUrl === appUrl || from.frameUrl === `${appUrl}#/help`);
          const outcome = await handlers[channel](from, VALID[channel]).then(
            () => 'answered',
            (error: Error) => error.message,
          );
          if (own) return outcome === 'answered';
          return /did not come from Backup Lifeboat's own window/.test(outcome) && effects.length === 0 && Object.keys(progress.get().checklist).length === 0;
        }),
        { numRuns: 60 },
      );
    });
  });
});
