import { describe, expect, it } from 'vitest';
import { backupProgressLine, estimatedPercent, progressBasis } from '../../../../src/shared/content/backup-progress';

const NOW = new Date('2026-11-20T12:00:00Z');
const running = (bytesWritten: number, expectedBytes: number | null, startedAt: string | null = '2026-11-20T11:48:00Z') =>
  ({ state: 'in-progress', bytesWritten, expectedBytes, startedAt }) as const;

describe('content', () => {
  describe('backup progress', () => {
    it('estimates a percentage from the previous backup’s size, never 100 before it is done', () => {
      expect(estimatedPercent(running(1_500_000_000, 6_000_000_000))).toBe(25);
      expect(estimatedPercent(running(5_999_999_999, 6_000_000_000))).toBe(99);
      expect(estimatedPercent(running(1, null))).toBeNull();
      expect(estimatedPercent(running(1, 0))).toBeNull();
    });

    it('says the percentage, the amount and the time taken', () => {
      expect(backupProgressLine(running(1_500_000_000, 6_000_000_000), NOW)).toBe('Backing up — about 25% (1,500 MB of about 6,000 MB), 12 minutes so far');
    });

    it('says plainly when there is no basis for a percentage', () => {
      expect(backupProgressLine(running(300_000_000, null), NOW)).toBe('Backing up — 300 MB written, 12 minutes so far');
      expect(progressBasis(running(300_000_000, null), 'iPad')).toContain('no earlier backup of this iPad');
    });

    it('tells an update of last time’s backup by what it adds, not by a percentage', () => {
      expect(backupProgressLine(running(6_250_000_000, 6_000_000_000), NOW)).toBe('Backing up — updating last time’s 6,000 MB backup, 250 MB added so far, 12 minutes so far');
      expect(progressBasis(running(6_250_000_000, 6_000_000_000), 'iPhone')).toContain('adds only what changed');
    });

    it('says the percentage is an estimate, and that the program’s own bar is the one to trust', () => {
      expect(progressBasis(running(1_500_000_000, 6_000_000_000), 'iPhone')).toBe(
        'The percentage is an estimate from the size of this iPhone’s last backup here; the program’s own progress bar is the one to trust.',
      );
    });

    it('counts a backup that has reached exactly last time’s size as an update, not as 99%', () => {
      expect(backupProgressLine(running(6_000_000_000, 6_000_000_000), NOW)).toBe('Backing up — updating last time’s 6,000 MB backup, 0 MB added so far, 12 minutes so far');
    });

    it('leaves out the time when it is not known', () => {
      expect(backupProgressLine(running(1_500_000_000, 6_000_000_000, null), NOW)).toBe('Backing up — about 25% (1,500 MB of about 6,000 MB)');
    });
  });
});
