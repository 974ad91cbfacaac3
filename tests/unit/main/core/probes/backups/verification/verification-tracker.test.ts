import { describe, expect, it } from 'vitest';
import { createVerificationTracker, type Verify } from '../../../../../../../src/main/core/probes/backups/verification/verification-tracker';
import type { VerifyResult } from '../../../../../../../src/main/core/probes/backups/verification/verify-backup';
import { emptyContents } from '../../../../../../../src/main/core/probes/backups/verification/contents';

const VERIFIED: VerifyResult = { state: 'verified', filesListed: 3, filesMissing: 0, contents: emptyContents() };

/** A verification the test finishes by hand: each call waits until `finish(folder)` is called for it. */
function verificationsByHand() {
  const calls: Array<{ folder: string; index: string; isCancelled: () => boolean; finish(result?: VerifyResult): void }> = [];
  const verify: Verify = (folder, index, options = {}) =>
    new Promise((resolve) => {
      calls.push({ folder, index, isCancelled: options.isCancelled ?? (() => false), finish: (result = VERIFIED) => resolve(result) });
    });
  const call = (folder: string) => {
    const found = calls.filter((each) => each.folder === folder).at(-1);
    if (!found) throw new Error(`${folder} was never verified`);
    return found;
  };
  return { verify, calls, call };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('probes', () => {
  describe('backups: verifying in the background', () => {
    it('verifies one backup at a time, in the order asked, and keeps each result for its index', async () => {
      const { verify, calls, call } = verificationsByHand();
      const verified: string[] = [];
      const tracker = createVerificationTracker((folder) => verified.push(folder), verify);
      tracker.request('/b/one', 'db', 's1');
      tracker.request('/b/two', 'mbdb', 's2');
      await turn();
      expect(calls.map((each) => each.folder)).toEqual(['/b/one']);
      expect(tracker.get('/b/one', 's1')).toBeNull();

      call('/b/one').finish();
      await turn();
      expect(verified).toEqual(['/b/one']);
      expect(tracker.get('/b/one', 's1')).toEqual({ stamp: 's1', result: VERIFIED });
      expect(calls.map((each) => [each.folder, each.index])).toEqual([
        ['/b/one', 'db'],
        ['/b/two', 'mbdb'],
      ]);
      call('/b/two').finish({ state: 'unreadable', reason: 'the index is damaged' });
      await tracker.settled();
      expect(tracker.get('/b/two', 's2')?.result).toEqual({ state: 'unreadable', reason: 'the index is damaged' });
    });

    it('does not verify again what it has for the same index, or has queued or running, but does for a new index', async () => {
      const { verify, calls, call } = verificationsByHand();
      const tracker = createVerificationTracker(() => undefined, verify);
      tracker.request('/b/one', 'db', 's1');
      tracker.request('/b/two', 'db', 's1');
      tracker.request('/b/one', 'db', 's1');
      tracker.request('/b/two', 'db', 's1');
      await turn();
      call('/b/one').finish();
      await turn();
      call('/b/two').finish();
      await tracker.settled();
      tracker.request('/b/one', 'db', 's1');
      await turn();
      expect(calls.map((each) => each.folder)).toEqual(['/b/one', '/b/two']);

      tracker.request('/b/one', 'db', 's2');
      await turn();
      expect(calls.map((each) => each.folder)).toEqual(['/b/one', '/b/two', '/b/one']);
      expect(tracker.get('/b/one', 's2')).toBeNull();
      expect(tracker.get('/b/one', 's1')?.stamp).toBe('s1');
      call('/b/one').finish();
      await tracker.settled();
      expect(tracker.get('/b/one', 's2')?.stamp).toBe('s2');
      expect(tracker.get('/b/one', 's1')).toBeNull();
    });

    it('abandons a running verification of a folder that went away, and keeps no result for it', async () => {
      const { verify, call } = verificationsByHand();
      const verified: string[] = [];
      const tracker = createVerificationTracker((folder) => verified.push(folder), verify);
      tracker.request('/b/gone', 'db', 's1');
      tracker.request('/b/next', 'db', 's1');
      await turn();
      const running = call('/b/gone');
      expect(running.isCancelled()).toBe(false);
      tracker.forget('/b/gone');
      expect(running.isCancelled()).toBe(true);
      running.finish({ state: 'cancelled' });
      await turn();
      call('/b/next').finish();
      await tracker.settled();
      expect(verified).toEqual(['/b/next']);
      expect(tracker.get('/b/gone', 's1')).toBeNull();
    });

    it('drops a queued folder that went away before its turn, and a result once its folder is gone', async () => {
      const { verify, calls, call } = verificationsByHand();
      const tracker = createVerificationTracker(() => undefined, verify);
      tracker.request('/b/one', 'db', 's1');
      tracker.request('/b/queued', 'db', 's1');
      tracker.forget('/b/queued');
      await turn();
      call('/b/one').finish();
      await tracker.settled();
      expect(calls.map((each) => each.folder)).toEqual(['/b/one']);
      tracker.forget('/b/one');
      expect(tracker.get('/b/one', 's1')).toBeNull();
    });

    it('is settled at once when idle, and only after the last verification when busy', async () => {
      const { verify, call } = verificationsByHand();
      const tracker = createVerificationTracker(() => undefined, verify);
      await tracker.settled();
      tracker.request('/b/one', 'db', 's1');
      let settled = false;
      void tracker.settled().then(() => (settled = true));
      await turn();
      expect(settled).toBe(false);
      call('/b/one').finish();
      await turn();
      expect(settled).toBe(true);
    });

    it('stays unsettled while one verification runs and another is asked for', async () => {
      const { verify, call } = verificationsByHand();
      const tracker = createVerificationTracker(() => undefined, verify);
      tracker.request('/b/one', 'db', 's1');
      let settled = false;
      void tracker.settled().then(() => (settled = true));
      tracker.request('/b/two', 'db', 's1');
      await turn();
      expect(settled).toBe(false);
      call('/b/one').finish();
      await turn();
      expect(settled).toBe(false);
      call('/b/two').finish();
      await turn();
      expect(settled).toBe(true);
    });

    it('verifies a folder again when its index changes while it is being verified', async () => {
      const { verify, calls, call } = verificationsByHand();
      const tracker = createVerificationTracker(() => undefined, verify);
      tracker.request('/b/one', 'db', 's1');
      await turn();
      tracker.request('/b/one', 'db', 's2');
      call('/b/one').finish();
      await turn();
      expect(calls.map((each) => each.folder)).toEqual(['/b/one', '/b/one']);
      call('/b/one').finish();
      await tracker.settled();
      expect(tracker.get('/b/one', 's2')?.stamp).toBe('s2');
    });

    it('lets a running verification go on when another folder goes away', async () => {
      const { verify, call } = verificationsByHand();
      const tracker = createVerificationTracker(() => undefined, verify);
      tracker.request('/b/one', 'db', 's1');
      await turn();
      tracker.forget('/b/other');
      expect(call('/b/one').isCancelled()).toBe(false);
    });

    it('once stopped, cancels what runs, drops what waits, keeps nothing more and takes no new requests', async () => {
      const { verify, calls, call } = verificationsByHand();
      const verified: string[] = [];
      const tracker = createVerificationTracker((folder) => verified.push(folder), verify);
      tracker.request('/b/one', 'db', 's1');
      tracker.request('/b/two', 'db', 's1');
      await turn();
      let settled = false;
      void tracker.settled().then(() => (settled = true));
      tracker.stop();
      await turn();
      expect(settled).toBe(true);
      expect(call('/b/one').isCancelled()).toBe(true);
      // A verification that finishes all the same after the stop is not kept.
      call('/b/one').finish();
      await turn();
      tracker.request('/b/three', 'db', 's1');
      await tracker.settled();
      await turn();
      expect(calls.map((each) => each.folder)).toEqual(['/b/one']);
      expect(verified).toEqual([]);
      expect(tracker.get('/b/one', 's1')).toBeNull();
    });
  });
});
