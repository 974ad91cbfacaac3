import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRefreshTimer } from '../../../../../../src/main/core/probes/usbmux/refresh-timer';

const MINUTE = 60_000;

describe('probes', () => {
  describe('usbmux refresh timer', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    function timer(initial: string[]) {
      let phones = initial;
      const asked: string[] = [];
      const refresh = createRefreshTimer(MINUTE, () => phones, (udid) => asked.push(udid));
      return { refresh, asked, setPhones: (next: string[]) => (phones = next) };
    }

    it('asks every phone there once the interval has passed, and not before', () => {
      const { refresh, asked } = timer(['A', 'B']);
      refresh.schedule();
      vi.advanceTimersByTime(MINUTE - 1);
      expect(asked).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(asked).toEqual(['A', 'B']);
      // One shot: the next round waits for the next schedule().
      vi.advanceTimersByTime(5 * MINUTE);
      expect(asked).toEqual(['A', 'B']);
    });

    it('arms nothing while there is no phone to ask, so an idle app keeps no timer', () => {
      const { refresh } = timer([]);
      refresh.schedule();
      expect(vi.getTimerCount()).toBe(0);
    });

    it('keeps one timer however often it is scheduled', () => {
      const { refresh, asked } = timer(['A']);
      refresh.schedule();
      vi.advanceTimersByTime(MINUTE / 2);
      refresh.schedule();
      expect(vi.getTimerCount()).toBe(1);
      vi.advanceTimersByTime(MINUTE / 2);
      expect(asked).toEqual(['A']);
    });

    it('asks whoever is there when it fires, not whoever was there when it was armed', () => {
      const { refresh, asked, setPhones } = timer(['A']);
      refresh.schedule();
      setPhones(['B']);
      vi.advanceTimersByTime(MINUTE);
      expect(asked).toEqual(['B']);
    });

    it('settles to no timer once the last phone is gone, and keeps it while one is left', () => {
      const { refresh, setPhones } = timer(['A', 'B']);
      refresh.schedule();
      setPhones(['B']);
      refresh.settle();
      expect(vi.getTimerCount()).toBe(1);
      setPhones([]);
      refresh.settle();
      expect(vi.getTimerCount()).toBe(0);
      // Armed again once a phone comes back.
      setPhones(['C']);
      refresh.schedule();
      expect(vi.getTimerCount()).toBe(1);
    });

    it('cancels, and can be armed again after', () => {
      const { refresh, asked } = timer(['A']);
      refresh.schedule();
      refresh.cancel();
      vi.advanceTimersByTime(MINUTE);
      expect(asked).toEqual([]);
      refresh.schedule();
      vi.advanceTimersByTime(MINUTE);
      expect(asked).toEqual(['A']);
    });
  });
});
