import { describe, expect, it } from 'vitest';
import { formatAge, formatClock, formatDateTime, formatDay, formatDuration, formatMegabytes, formatMoment, formatSize } from '../../../../src/shared/content/format';
import { deviceLabel, modelName } from '../../../../src/shared/content/device-names';

describe('content', () => {
  describe('format', () => {
    it('writes a time of day and a day the US way on every system', () => {
      const local = new Date(2026, 10, 3, 9, 5);
      expect(formatClock(local.toISOString())).toBe('9:05 AM');
      expect(formatClock(new Date(2026, 10, 3, 0, 30).toISOString())).toBe('12:30 AM');
      expect(formatClock(new Date(2026, 10, 3, 12, 0).toISOString())).toBe('12:00 PM');
      expect(formatClock(new Date(2026, 10, 3, 23, 59).toISOString())).toBe('11:59 PM');
      expect(formatDay('2026-11-03')).toBe('Nov 3, 2026');
      expect(formatMoment(local.toISOString(), new Date(2026, 10, 3, 18))).toBe('9:05 AM');
      expect(formatMoment(local.toISOString(), new Date(2026, 10, 4, 8))).toBe('9:05 AM on Nov 3, 2026');
    });

    it('writes every month by its short name', () => {
      const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
      expect(months.map((_, month) => formatDay(new Date(2026, month, 15, 12).toISOString()))).toEqual(months.map((month) => `${month} 15, 2026`));
    });

    it('reads a bare day as midnight of that day here, not midnight in UTC', () => {
      // Midnight in UTC is 1 PM in New Zealand, and the evening before anywhere west of London.
      expect(formatDateTime('2026-11-03')).toBe('12:00 AM on Nov 3, 2026');
      expect(formatDateTime('2026-01-09')).toBe('12:00 AM on Jan 9, 2026');
    });

    it('leaves out the day only when the moment is on the same day, month and year as now', () => {
      const moment = new Date(2026, 10, 3, 9, 5).toISOString();
      expect(formatMoment(moment, new Date(2025, 10, 3, 18))).toBe('9:05 AM on Nov 3, 2026');
      expect(formatMoment(moment, new Date(2026, 9, 3, 18))).toBe('9:05 AM on Nov 3, 2026');
    });

    it('writes how long something has taken', () => {
      expect([formatDuration(20_000), formatDuration(60_000), formatDuration(12 * 60_000)]).toEqual(['less than a minute', '1 minute', '12 minutes']);
      expect([formatDuration(60 * 60_000), formatDuration(65 * 60_000), formatDuration(125 * 60_000)]).toEqual(['1 hour', '1 hour 5 minutes', '2 hours 5 minutes']);
    });

    it('writes ages and sizes in plain words', () => {
      expect([formatAge(0), formatAge(1), formatAge(12)]).toEqual(['today', 'yesterday', '12 days ago']);
      expect(formatMegabytes(512_300_000)).toBe('512 MB');
      expect(formatMegabytes(12_345_000_000)).toBe('12,345 MB');
      expect(formatSize(850_000_000)).toBe('850 MB');
      expect(formatMegabytes(120_000)).toBe('less than 1 MB');
      expect(formatMegabytes(500_000)).toBe('1 MB');
      expect(formatMegabytes(0)).toBe('0 MB');
      expect(formatSize(12_400_000_000)).toBe('12.4 GB');
    });
  });

  describe('device-names', () => {
    it('names a model the way people do, and falls back to what is known', () => {
      expect(modelName({ productType: 'iPhone16,1', kind: 'iphone' })).toBe('iPhone 15 Pro');
      expect(modelName({ productType: 'iPhone99,9', kind: 'iphone' })).toBe('iPhone (iPhone99,9)');
      expect(modelName({ productType: null, kind: 'ipad' })).toBe('iPad');
      expect(deviceLabel({ name: null, productType: 'iPhone17,3', kind: 'iphone' })).toBe('Your iPhone 16');
      expect(deviceLabel({ name: 'Work phone', productType: null, kind: 'iphone' })).toBe('Work phone');
    });
  });
});
