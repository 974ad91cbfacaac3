import { describe, expect, it } from 'vitest';
import { createSizeTracker } from '../../../../../../src/main/core/probes/backups/size-tracker';

/** A measuring function the test releases by hand, so the order of events is the test's, not the disk's. */
function heldMeasure() {
  const calls: string[] = [];
  const waiting: Array<() => void> = [];
  const measure = async (folder: string) => {
    calls.push(folder);
    await new Promise<void>((resolve) => waiting.push(resolve));
    return folder.length * 100;
  };
  const releaseAll = async () => {
    while (waiting.length > 0) {
      waiting.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { calls, measure, releaseAll };
}

describe('backups probe', () => {
  describe('createSizeTracker', () => {
    it('measures one folder at a time and measures again a folder asked for while it was being measured', async () => {
      const held = heldMeasure();
      const measured: string[] = [];
      const tracker = createSizeTracker((folder) => measured.push(folder), held.measure);
      tracker.measure(['/a', '/bb']);
      tracker.measure(['/a']);
      expect(held.calls).toEqual(['/a']);
      const settled = tracker.settled();
      await held.releaseAll();
      await settled;
      expect(held.calls).toEqual(['/a', '/bb', '/a']);
      expect(measured).toEqual(['/a', '/bb', '/a']);
      expect(tracker.get('/bb')).toBe(300);
      expect(tracker.get('/unknown')).toBeNull();
    });

    it('forgets a folder that went away, even mid-measure, and stops measuring when stopped', async () => {
      const held = heldMeasure();
      const tracker = createSizeTracker(() => {}, held.measure);
      tracker.measure(['/a', '/b', '/c']);
      tracker.forget('/a');
      tracker.forget('/b');
      await held.releaseAll();
      await tracker.settled();
      expect(held.calls).toEqual(['/a', '/c']);
      expect(tracker.get('/a')).toBeNull();
      expect(tracker.get('/c')).toBe(200);
      tracker.measure(['/c']);
      tracker.stop();
      await held.releaseAll();
      await tracker.settled();
      expect(held.calls).toEqual(['/a', '/c', '/c']);
    });
  });
});
