import { describe, expect, it } from 'vitest';
import { createSizeTracker, PARALLEL_MEASUREMENTS } from '../../../../../../src/main/core/probes/backups/size-tracker';

/** A measuring function the test releases by hand, so the order of events is the test's, not the disk's. */
function heldMeasure(sizeOf: (folder: string, call: number) => number | null = (folder) => folder.length * 100) {
  const calls: string[] = [];
  const cancelChecks: Array<() => boolean> = [];
  const waiting: Array<() => void> = [];
  const measure = async (folder: string, isCancelled: () => boolean = () => false) => {
    calls.push(folder);
    cancelChecks.push(isCancelled);
    await new Promise<void>((resolve) => waiting.push(resolve));
    return sizeOf(folder, calls.length);
  };
  const releaseAll = async () => {
    while (waiting.length > 0) {
      waiting.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const releaseOne = async () => {
    waiting.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { calls, cancelChecks, measure, releaseAll, releaseOne };
}

describe('backups probe', () => {
  describe('createSizeTracker', () => {
    it('measures a few folders at once, never one folder twice at once, and again when asked for while it was being measured', async () => {
      const held = heldMeasure();
      const measured: Array<[string, boolean]> = [];
      const tracker = createSizeTracker((folder, last) => measured.push([folder, last]), held.measure);
      const folders = ['/a', '/bb', '/ccc', '/dddd', '/eeeee', '/ffffff'];
      tracker.measure(folders);
      tracker.measure(['/a']);
      expect(held.calls).toEqual(folders.slice(0, PARALLEL_MEASUREMENTS));
      const settled = tracker.settled();
      await held.releaseAll();
      await settled;
      expect([...held.calls].sort()).toEqual([...folders, '/a'].sort());
      expect(held.calls.filter((folder) => folder === '/a')).toHaveLength(2);
      expect(held.calls.indexOf('/a', 1)).toBeGreaterThan(held.calls.indexOf('/a'));
      expect(measured.map(([folder]) => folder).sort()).toEqual([...folders, '/a'].sort());
      expect(measured.filter(([, last]) => last)).toEqual([measured.at(-1)]);
      expect(tracker.get('/bb')).toBe(300);
      expect(tracker.get('/unknown')).toBeNull();
    });

    it('forgets a folder that went away, even mid-measure, and stops measuring when stopped', async () => {
      const held = heldMeasure();
      const tracker = createSizeTracker(() => {}, held.measure);
      const folders = ['/a', '/b', '/c', '/d', '/e', '/f'];
      tracker.measure(folders);
      tracker.forget('/a');
      tracker.forget('/f');
      await held.releaseAll();
      await tracker.settled();
      expect(held.calls).toEqual(['/a', '/b', '/c', '/d', '/e']);
      expect(tracker.get('/a')).toBeNull();
      expect(tracker.get('/f')).toBeNull();
      expect(tracker.get('/e')).toBe(200);
      tracker.measure(['/c']);
      tracker.stop();
      await held.releaseAll();
      await tracker.settled();
      expect(held.calls).toEqual(['/a', '/b', '/c', '/d', '/e', '/c']);
      expect(tracker.get('/c')).toBe(200);
    });

    it('measures a folder asked for again mid-measure only after the first walk, and calls only the very end the last', async () => {
      const held = heldMeasure();
      const measured: Array<[string, boolean]> = [];
      const tracker = createSizeTracker((folder, last) => measured.push([folder, last]), held.measure);
      tracker.measure(['/a']);
      tracker.measure(['/a']);
      expect(held.calls).toEqual(['/a']);
      await held.releaseOne();
      expect(held.calls).toEqual(['/a', '/a']);
      await held.releaseOne();
      expect(measured).toEqual([
        ['/a', false],
        ['/a', true],
      ]);
    });

    it('is settled only when the last walk ends, not the first', async () => {
      const held = heldMeasure();
      const tracker = createSizeTracker(() => {}, held.measure);
      tracker.measure(['/a', '/b']);
      let settled = false;
      void tracker.settled().then(() => (settled = true));
      await held.releaseOne();
      expect(settled).toBe(false);
      await held.releaseOne();
      expect(settled).toBe(true);
    });

    it('drops the size of a folder that could not be measured this time', async () => {
      const held = heldMeasure((_folder, call) => (call === 1 ? 500 : null));
      const tracker = createSizeTracker(() => {}, held.measure);
      tracker.measure(['/a']);
      await held.releaseAll();
      expect(tracker.get('/a')).toBe(500);
      tracker.measure(['/a']);
      await held.releaseAll();
      expect(tracker.get('/a')).toBeNull();
    });

    it('once stopped, tells the walks under way to stop, starts no queued one and reports none', async () => {
      const held = heldMeasure((_folder, call) => call * 1000);
      const measured: string[] = [];
      const tracker = createSizeTracker((folder) => measured.push(folder), held.measure);
      const folders = ['/a', '/b', '/c', '/d', '/e', '/f'];
      tracker.measure(folders);
      expect(held.cancelChecks.map((check) => check())).toEqual([false, false, false, false]);
      tracker.stop();
      expect(held.cancelChecks.map((check) => check())).toEqual([true, true, true, true]);
      await held.releaseAll();
      await tracker.settled();
      expect(held.calls).toEqual(folders.slice(0, PARALLEL_MEASUREMENTS));
      expect(measured).toEqual([]);
      expect(tracker.get('/a')).toBeNull();
    });
  });
});
