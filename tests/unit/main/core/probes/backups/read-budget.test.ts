import { describe, expect, it } from 'vitest';
import { createByteBudget } from '../../../../../../src/main/core/probes/backups/read-budget';

/** Lets every promise that is ready settle. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('backups probe', () => {
  describe('createByteBudget', () => {
    it('holds 128 MB of reads at once by default: two 64 MB plists together, a third waits', async () => {
      const budget = createByteBudget();
      const megabytes = (count: number) => count * 1024 * 1024;
      let thirdGranted = false;
      void budget.reserve(megabytes(64));
      void budget.reserve(megabytes(64));
      void budget.reserve(megabytes(64)).then(() => (thirdGranted = true));
      await settle();
      expect(budget.inUse()).toBe(megabytes(128));
      expect(thirdGranted).toBe(false);
    });

    it('grants at once what fits, and counts what is held', async () => {
      const budget = createByteBudget(100);
      const first = await budget.reserve(60);
      await budget.reserve(40);
      expect(budget.inUse()).toBe(100);
      first();
      expect(budget.inUse()).toBe(40);
    });

    it('makes a reservation that does not fit wait until enough is given back, first come first served', async () => {
      const budget = createByteBudget(100);
      const held = await budget.reserve(90);
      const order: string[] = [];
      const big = budget.reserve(50).then((release) => (order.push('big'), release));
      const small = budget.reserve(5).then((release) => (order.push('small'), release));
      await settle();
      // The small one would fit, but it waits behind the big one that asked first.
      expect(order).toEqual([]);
      held();
      await Promise.all([big, small]);
      expect(order).toEqual(['big', 'small']);
      expect(budget.inUse()).toBe(55);
    });

    it('gives back a reservation once however often it is released', async () => {
      const budget = createByteBudget(100);
      const release = await budget.reserve(30);
      await budget.reserve(20);
      release();
      release();
      expect(budget.inUse()).toBe(20);
    });

    it('lets a reservation larger than the whole budget through alone, and counts a negative one as nothing', async () => {
      const budget = createByteBudget(100);
      const huge = await budget.reserve(1_000);
      expect(budget.inUse()).toBe(100);
      let waited = true;
      const next = budget.reserve(1).then((release) => ((waited = false), release));
      await settle();
      expect(waited).toBe(true);
      huge();
      (await next)();
      expect(budget.inUse()).toBe(0);
      await budget.reserve(-50);
      expect(budget.inUse()).toBe(0);
    });
  });
});
