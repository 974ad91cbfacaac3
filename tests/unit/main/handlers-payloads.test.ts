/**
 * Every request handler against payloads it should never get: a named table of malformed ones per
 * channel, then random ones (fast-check). Whatever arrives, a handler either answers as its
 * channel promises or throws the clear InvalidPayloadError — never anything else — and a refused
 * payload changes nothing: no program opened, no text copied, no progress written.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { z } from 'zod';
import { createHandlers, InvalidPayloadError } from '../../../src/main/handlers';
import { createCore } from '../../../src/main/core/create-core';
import { createHostProbe } from '../../../src/main/core/probes/host';
import { createProgressStore, memoryBackend } from '../../../src/main/progress/progress-store';
import { actionRequestSchema, noArgument, progressUpdateSchema } from '../../../src/main/ipc-schemas';
import { isAllowedExternalUrl } from '../../../src/main/actions/external-links';
import type { Effects } from '../../../src/main/actions/run-action';
import { ACTION_IDS, Requests, type RequestChannel } from '../../../src/shared/ipc';

const KNOWN_UDID = '00008130001A2B3C4D5E001E';

async function world() {
  const core = createCore({ probes: [createHostProbe({ override: { os: 'macos', version: '15.1' } })] });
  await core.start();
  const progress = createProgressStore(memoryBackend());
  const effects: string[] = [];
  const recording: Effects = {
    openExternal: async (url) => void effects.push(`url:${url}`),
    openApplication: async (target) => void effects.push(`app:${target.macAppName ?? target.windowsAppId}`),
    showItemInFolder: (path) => void effects.push(`reveal:${path}`),
    copyText: (text) => void effects.push(`copy:${text}`),
  };
  const locateBackup = (udid: string) => (udid.replace(/-/g, '').toUpperCase() === KNOWN_UDID ? `/backups/${KNOWN_UDID}` : null);
  return { core, progress, effects, handlers: createHandlers({ core, progress, effects: recording, locateBackup }) };
}

/** What each channel accepts. */
const SCHEMAS: Record<RequestChannel, z.ZodType> = {
  [Requests.getSnapshot]: noArgument,
  [Requests.getProgress]: noArgument,
  [Requests.setProgress]: progressUpdateSchema,
  [Requests.runAction]: actionRequestSchema,
};

type World = Awaited<ReturnType<typeof world>>;

/** True when `value` is what `channel` promises to answer with, given the world after the call. */
function isValidAnswer(channel: RequestChannel, value: unknown, after: World): boolean {
  switch (channel) {
    case Requests.getSnapshot:
      return value === after.core.getSnapshot();
    case Requests.getProgress:
    case Requests.setProgress:
      return value === after.progress.get();
    case Requests.runAction: {
      const result = value as { ok?: unknown; message?: unknown };
      return typeof result?.ok === 'boolean' && typeof result.message === 'string' && result.message.length > 0 && Object.keys(result).length === 2;
    }
  }
}

/** Sends `payload` and checks the one rule every handler keeps; returns how it went. */
async function send(channel: RequestChannel, payload: unknown): Promise<'answered' | 'refused'> {
  const w = await world();
  const before = w.progress.get();
  let outcome: { ok: true; value: unknown } | { ok: false; error: unknown };
  try {
    outcome = { ok: true, value: await w.handlers[channel](payload) };
  } catch (error) {
    outcome = { ok: false, error };
  }
  const valid = SCHEMAS[channel].safeParse(payload).success;
  if (outcome.ok) {
    expect(valid, 'only a payload that fits the schema is answered').toBe(true);
    expect(isValidAnswer(channel, outcome.value, w), 'the answer is what the channel promises').toBe(true);
    for (const effect of w.effects.filter((e) => e.startsWith('url:'))) expect(isAllowedExternalUrl(effect.slice(4))).toBe(true);
    return 'answered';
  }
  expect(outcome.error, 'a refusal is the clear InvalidPayloadError, nothing else').toBeInstanceOf(InvalidPayloadError);
  const message = (outcome.error as Error).message;
  expect(message.startsWith(`Invalid payload for ${channel}: `)).toBe(true);
  expect(message.length).toBeLessThan(1000);
  expect(valid, 'a payload that fits the schema is never refused').toBe(false);
  expect(w.effects, 'a refused payload has no effect').toEqual([]);
  expect(w.progress.get(), 'a refused payload writes no progress').toBe(before);
  return 'refused';
}

/** Malformed payloads for each channel, by what is wrong with them. */
const MALFORMED: Record<RequestChannel, Array<[string, unknown]>> = {
  [Requests.getSnapshot]: [
    ['an argument where none is taken', { all: true }],
    ['null', null],
    ['a string', 'snapshot'],
  ],
  [Requests.getProgress]: [
    ['an argument where none is taken', { key: 'progress' }],
    ['a number', 0],
    ['an empty array', []],
  ],
  [Requests.setProgress]: [
    ['nothing', undefined],
    ['a mark for an item id with path characters', { kind: 'checklist', item: '../x', mark: 'fine' }],
    ['a date that is not a date', { kind: 'icloud-last-backup', date: 'yesterday' }],
    ['an unknown support field', { kind: 'support', field: '__proto__', value: 'x' }],
    ['a support text of a megabyte', { kind: 'support', field: 'errorText', value: 'x'.repeat(1_000_000) }],
    ['a UDID with a path in it', { kind: 'backup-attempt', udid: '/etc/passwd', previousNewest: null }],
    ['a one-letter UDID', { kind: 'backup-attempt', udid: 'a', previousNewest: null }],
    ['a UDID of dashes only', { kind: 'backup-attempt', udid: '-'.repeat(24), previousNewest: null }],
    ['a UDID of 64 hex digits, no phone’s shape', { kind: 'backup-attempt', udid: 'a'.repeat(64), previousNewest: null }],
    ['a UDID one digit short', { kind: 'backup-attempt', udid: '00008130-001A2B3C4D5E001', previousNewest: null }],
    ['a step that is not a boolean', { kind: 'confirm-step', step: 'trust', done: 'yes' }],
    ['an extra field', { kind: 'reset', everything: true }],
    ['a prototype-polluting key', JSON.parse('{"kind":"dismiss-notice","__proto__":{"polluted":true}}')],
  ],
  [Requests.runAction]: [
    ['nothing', undefined],
    ['a URL instead of an action', 'https://evil.example/'],
    ['an action that does not exist', { action: 'open-url' }],
    ['a URL smuggled beside an action', { action: 'open-apple-support', url: 'https://evil.example/' }],
    ['a path smuggled beside an action', { action: 'open-finder', path: '/bin/sh' }],
    ['a reveal without a UDID', { action: 'reveal-backup' }],
    ['a reveal with a path for a UDID', { action: 'reveal-backup', udid: '../../../../Users' }],
    ['a reveal with a UDID and a shell command', { action: 'reveal-backup', udid: '00008130-001A2B3C4D5E001E;ls' }],
    ['a copy of something that is not text', { action: 'copy-text', text: { toString: 'x' } }],
    ['a copy of a megabyte', { action: 'copy-text', text: 'x'.repeat(1_000_000) }],
  ],
};

describe('handlers', () => {
  describe('malformed payloads', () => {
    for (const channel of Object.values(Requests)) {
      it.each(MALFORMED[channel])(`${channel} refuses %s with a clear error and does nothing`, async (_label, payload) => {
        expect(await send(channel, payload)).toBe('refused');
      });
    }
  });

  describe('random payloads', () => {
    const anything = fc.anything({
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withNullPrototype: true,
      withBoxedValues: true,
      withSparseArray: true,
      maxDepth: 3,
    });
    const id = fc.stringMatching(/^[a-z0-9-]{1,64}$/);
    const udid = fc.constantFrom(KNOWN_UDID, '00008130-001A2B3C4D5E001E', '3f1c2b7a9e8d4c6b5a4f3e2d1c0b9a8f7e6d5c4b');
    const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    /** Payloads each channel accepts, so the random ones below sit on both sides of the line. */
    const validProgress = fc.oneof(
      fc.record({ kind: fc.constant('checklist'), item: id, mark: fc.constantFrom('not-yet', 'fine', 'culprit') }),
      fc.record({ kind: fc.constant('icloud-last-backup'), date: fc.oneof(fc.constant(null), day) }),
      fc.record({ kind: fc.constant('confirm-step'), step: id, done: fc.boolean() }),
      fc.record({ kind: fc.constant('support'), field: fc.constantFrom('errorText', 'howLong', 'iosVersion'), value: fc.string() }),
      fc.record({ kind: fc.constant('backup-attempt'), udid, previousNewest: fc.oneof(fc.constant(null), day) }),
      fc.record({ kind: fc.constantFrom('restart-walkthrough', 'dismiss-notice', 'reset') }),
    );
    const simple = ACTION_IDS.filter((action) => action !== 'reveal-backup' && action !== 'copy-text');
    const validAction = fc.oneof(
      fc.record({ action: fc.constantFrom(...simple) }),
      fc.record({ action: fc.constant('reveal-backup'), udid }),
      fc.record({ action: fc.constant('copy-text'), text: fc.string() }),
    );
    /** A valid payload, kept, or with one field dropped, added, or given a value of another kind. */
    const nearly = (valid: fc.Arbitrary<Record<string, unknown>>) =>
      fc.tuple(valid, fc.constantFrom('keep', 'drop', 'add', 'retype'), fc.constantFrom('url', 'path', 'kind', 'action', 'udid', 'item', '__proto__'), anything, fc.nat()).map(
        ([payload, change, key, value, pick]) => {
          const copy: Record<string, unknown> = { ...payload };
          const keys = Object.keys(copy);
          const target = keys[pick % keys.length] as string;
          if (change === 'drop') delete copy[target];
          if (change === 'add') Object.defineProperty(copy, key, { value, enumerable: true });
          if (change === 'retype') copy[target] = value;
          return copy;
        },
      );
    const payloads: Record<RequestChannel, fc.Arbitrary<unknown>> = {
      [Requests.getSnapshot]: fc.oneof(anything, fc.constant(undefined)),
      [Requests.getProgress]: fc.oneof(anything, fc.constant(undefined)),
      [Requests.setProgress]: fc.oneof(anything, nearly(validProgress)),
      [Requests.runAction]: fc.oneof(anything, nearly(validAction)),
    };

    it.each(Object.values(Requests))('%s never crashes: it answers as promised or refuses clearly, with no effect', async (channel) => {
      const seen = new Set<string>();
      await fc.assert(
        fc.asyncProperty(payloads[channel], async (payload) => {
          seen.add(await send(channel, payload));
        }),
        { numRuns: 150 },
      );
      // The random payloads really reach both outcomes, so neither half of the rule goes untested.
      expect(seen).toEqual(new Set(['answered', 'refused']));
    });
  });
});
