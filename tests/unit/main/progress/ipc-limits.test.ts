/**
 * The page can never break saving: whatever sequence of updates passes the IPC schemas, applied
 * through the real store to a real file opened as the app opens it, every save succeeds and the
 * file still fits its own schema when opened again.
 */
import Conf from 'conf';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressUpdateSchema } from '../../../../src/main/ipc-schemas';
import { openProgressBackend, type ProgressFile, type ProgressStoreOptions } from '../../../../src/main/progress/open-backend';
import { createProgressStore } from '../../../../src/main/progress/progress-store';
import type { ProgressUpdate } from '../../../../src/shared/progress';

/** Ids a hostile page might try: the real ones, look-alikes, and many distinct valid-looking ones. */
const anyId = fc.oneof(fc.constantFrom('connect', 'trust', 'wait', 'storage', 'wifi'), fc.stringMatching(/^[a-z0-9-]{1,64}$/), fc.string({ maxLength: 80 }));
const anyText = fc.oneof(fc.string({ maxLength: 50 }), fc.string({ minLength: 9_990, maxLength: 10_010 }));

/** Payloads of every kind, most of them hostile; only what the IPC schema accepts is applied. */
const payload = fc.oneof(
  fc.record({ kind: fc.constant('checklist'), item: anyId, mark: fc.constantFrom('not-yet', 'fine', 'culprit', 'bad') }),
  fc.record({ kind: fc.constant('confirm-step'), step: anyId, done: fc.boolean() }),
  fc.record({ kind: fc.constant('support'), field: fc.constantFrom('errorText', 'howLong', 'iosVersion'), value: anyText }),
  fc.record({ kind: fc.constant('backup-attempt'), udid: fc.stringMatching(/^[0-9A-F-]{24,70}$/), previousNewest: fc.option(fc.string({ maxLength: 120 })) }),
  fc.record({ kind: fc.constant('icloud-last-backup'), date: fc.option(fc.constantFrom('2026-11-20', '2026-02-30', 'yesterday')) }),
  fc.constantFrom({ kind: 'restart-walkthrough' }, { kind: 'dismiss-notice' }),
);

function openFile(directory: string) {
  return openProgressBackend({ directory, open: (options: ProgressStoreOptions) => new Conf(options) as unknown as ProgressFile, now: () => new Date('2026-11-20T10:00:00Z') });
}

describe('progress', () => {
  describe('IPC limits', () => {
    it('let no accepted sequence of updates make the progress file unsavable', { timeout: 60_000 }, () => {
      fc.assert(
        fc.property(fc.array(payload, { minLength: 1, maxLength: 30 }), (payloads) => {
          const directory = mkdtempSync(join(tmpdir(), 'lifeboat-ipc-limits-'));
          try {
            const store = createProgressStore(openFile(directory));
            for (const raw of payloads) {
              const parsed = progressUpdateSchema.safeParse(raw);
              if (parsed.success) store.update(parsed.data as ProgressUpdate);
            }
            expect(store.get().notice).toBeNull();
            // Opened again, the file is read as saved, not set aside as unreadable.
            expect(openFile(directory).load()).toEqual(store.get());
          } finally {
            rmSync(directory, { recursive: true, force: true });
          }
        }),
        { numRuns: 15 },
      );
    });

    it('keeps saving after a page sends 200 distinct step ids and 200 checklist ids', () => {
      const directory = mkdtempSync(join(tmpdir(), 'lifeboat-ipc-limits-'));
      try {
        const store = createProgressStore(openFile(directory));
        for (let index = 0; index < 200; index += 1) {
          for (const raw of [{ kind: 'confirm-step', step: `step-${index}`, done: true }, { kind: 'checklist', item: `item-${index}`, mark: 'fine' }]) {
            const parsed = progressUpdateSchema.safeParse(raw);
            if (parsed.success) store.update(parsed.data as ProgressUpdate);
          }
        }
        store.update({ kind: 'confirm-step', step: 'trust', done: true });
        expect(store.get().notice).toBeNull();
        expect(openFile(directory).load().confirmedSteps).toEqual(['trust']);
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    });
  });
});
