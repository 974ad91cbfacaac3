import { describe, expect, it } from 'vitest';
import { alternate, formatFigure, formatKb, formatMs, formatRatio, median, pairedRatios, withinBudget } from '../../../../bench/support/measure';

describe('bench measuring helpers', () => {
  describe('median', () => {
    it('takes the middle value, or the mean of the two middle ones, whatever the order', () => {
      expect(median([5, 1, 3])).toBe(3);
      expect(median([4, 1, 3, 2])).toBe(2.5);
      expect(median([7])).toBe(7);
    });

    it('refuses an empty list rather than inventing a figure', () => {
      expect(() => median([])).toThrow(/no values/);
    });
  });

  describe('alternate', () => {
    it('measures both arms in turn, the baseline first every other round, and drops the warm-up', async () => {
      const order: string[] = [];
      let tick = 0;
      const samples = await alternate(
        {
          subject: async () => (order.push('s'), (tick += 1)),
          baseline: async () => (order.push('b'), (tick += 1)),
        },
        3,
        1,
      );
      expect(order.join('')).toBe('bssbbssb');
      expect(samples).toEqual({ subject: [3, 6, 7], baseline: [4, 5, 8] });
    });
  });

  describe('pairedRatios', () => {
    it('divides each round by its own baseline, so a slow round does not skew the figure', () => {
      expect(pairedRatios({ subject: [120, 240, 130], baseline: [100, 200, 100] })).toEqual([1.2, 1.2, 1.3]);
      expect(median(pairedRatios({ subject: [120, 240, 130], baseline: [100, 200, 100] }))).toBe(1.2);
      expect(() => pairedRatios({ subject: [1, 2], baseline: [1] })).toThrow(/as many/);
    });
  });

  describe('formatting', () => {
    it('prints ratios to two decimals and says so when there is none', () => {
      expect(formatRatio(1.144)).toBe('1.14×');
      expect(formatRatio(Number.POSITIVE_INFINITY)).toBe('n/a');
      expect(formatMs(12.345)).toBe('12.3 ms');
      expect(formatMs(1234.5)).toBe('1235 ms');
      expect(formatKb(77_249)).toBe('77.2 kB');
    });

    it('holds a ratio to its budget inclusively and never passes a missing one', () => {
      expect(withinBudget(1.3, 1.3)).toBe('PASS');
      expect(withinBudget(1.31, 1.3)).toBe('MISS');
      expect(withinBudget(Number.NaN, 1.3)).toBe('MISS');
    });

    it('prints one line with the figure, its budget and the verdict', () => {
      const line = formatFigure({ number: 2, title: 'Backup scan', result: '1.11× the empty folder', budget: '≤ 1.3×', verdict: 'PASS' });
      expect(line).toBe('2. Backup scan: 1.11× the empty folder | budget: ≤ 1.3× | PASS');
    });
  });
});
