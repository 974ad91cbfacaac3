import { describe, expect, it } from 'vitest';
import { createLookupQueue } from '../../../../../../src/main/core/probes/usbmux/lookup-queue';

/** A lookup the test ends by hand, to see how many run at once. */
function manualRunner(wanted: (udid: string) => boolean = () => true) {
  const running = new Map<string, () => void>();
  const started: string[] = [];
  let peak = 0;
  return {
    started,
    peak: () => peak,
    finish: (udid: string) => running.get(udid)?.(),
    runner: {
      wanted: (udid: string) => wanted(udid),
      run: (udid: string) =>
        new Promise<void>((resolve) => {
          started.push(udid);
          running.set(udid, () => {
            running.delete(udid);
            resolve();
          });
          peak = Math.max(peak, running.size);
        }),
    },
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('probes', () => {
  describe('usbmux', () => {
    describe('lookup queue', () => {
      it('runs at most its limit at once, in the order asked, and starts the next as one ends', async () => {
        const manual = manualRunner();
        const queue = createLookupQueue(2, manual.runner);
        const done = ['a', 'b', 'c'].map((udid, plug) => queue.add(udid, plug));
        queue.schedule();
        await tick();
        expect(manual.started).toEqual(['a', 'b']);
        manual.finish('a');
        await done[0];
        await tick();
        expect(manual.started).toEqual(['a', 'b', 'c']);
        manual.finish('b');
        manual.finish('c');
        await Promise.all(done);
        expect(manual.peak()).toBe(2);
      });

      it('passes over a lookup no longer wanted when its turn comes, without running it', async () => {
        const gone = new Set(['b']);
        const manual = manualRunner((udid) => !gone.has(udid));
        const queue = createLookupQueue(1, manual.runner);
        const done = ['a', 'b', 'c'].map((udid, plug) => queue.add(udid, plug));
        queue.schedule();
        await tick();
        manual.finish('a');
        await tick();
        await done[1];
        expect(manual.started).toEqual(['a', 'c']);
        manual.finish('c');
        await Promise.all(done);
      });

      it('starts nothing before the pushes read with the last one are handled, and nothing once stopped', async () => {
        const manual = manualRunner();
        const queue = createLookupQueue(2, manual.runner);
        const done = queue.add('a', 1);
        queue.schedule();
        expect(manual.started).toEqual([]);
        queue.stop();
        await done;
        await tick();
        expect(manual.started).toEqual([]);
      });

      it('once stopped, passes over a lookup asked for later, and one a running lookup would have started', async () => {
        const manual = manualRunner();
        const queue = createLookupQueue(1, manual.runner);
        const first = queue.add('a', 1);
        queue.schedule();
        await tick();
        expect(manual.started).toEqual(['a']);
        queue.stop();
        const late = queue.add('b', 2);
        queue.schedule();
        manual.finish('a');
        await first;
        await tick();
        expect(manual.started).toEqual(['a']);
        await late;
      });
    });
  });
});
