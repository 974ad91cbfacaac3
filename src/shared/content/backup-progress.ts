/**
 * A running backup in one line: how much has been written, a percentage estimated from this
 * device's previous backup (and a plain word when there is none to go by), and how long it has run.
 * A backup written over the previous one in the same folder starts at that size and only adds
 * what changed, so it gets "added so far" instead of a percentage nobody could know.
 */
import type { BackupWatch } from '../guidance/types';
import type { DeviceNoun } from './device-names';
import { formatDuration, formatMegabytes } from './format';

type Running = Extract<BackupWatch, { state: 'in-progress' }>;

/** A whole percentage of the previous backup's size, never 100 before the program says it is done; null without a basis. */
export function estimatedPercent(backup: Pick<Running, 'bytesWritten' | 'expectedBytes'>): number | null {
  if (!backup.expectedBytes || backup.expectedBytes <= 0) return null;
  return Math.min(99, Math.floor((backup.bytesWritten / backup.expectedBytes) * 100));
}

/** "Backing up — 45% (2,300 MB of about 5,100 MB), 12 minutes so far". */
export function backupProgressLine(backup: Running, now: Date): string {
  const percent = estimatedPercent(backup);
  const written = formatMegabytes(backup.bytesWritten);
  const expected = backup.expectedBytes ?? 0;
  const amount =
    percent === null
      ? `${written} written`
      : updatesPrevious(backup)
        ? `updating last time’s ${formatMegabytes(expected)} backup, ${formatMegabytes(backup.bytesWritten - expected)} added so far`
        : `about ${percent}% (${written} of about ${formatMegabytes(expected)})`;
  const started = backup.startedAt ? Date.parse(backup.startedAt) : Number.NaN;
  const elapsed = Number.isNaN(started) ? '' : `, ${formatDuration(now.getTime() - started)} so far`;
  return `Backing up — ${amount}${elapsed}`;
}

/** The folder already holds at least the previous backup: the program is bringing that one up to date. */
function updatesPrevious(backup: Pick<Running, 'bytesWritten' | 'expectedBytes'>): boolean {
  return backup.expectedBytes !== null && backup.expectedBytes > 0 && backup.bytesWritten >= backup.expectedBytes;
}

/** What the percentage is based on, or why there is none. */
export function progressBasis(backup: Running, noun: DeviceNoun): string {
  if (estimatedPercent(backup) === null) {
    return `No percentage yet: there is no earlier backup of this ${noun} on this computer to estimate from. The program shows its own progress.`;
  }
  if (updatesPrevious(backup)) {
    return `The program is bringing this ${noun}’s last backup up to date and adds only what changed, so no percentage can be told; its own progress bar shows how far it is.`;
  }
  return `The percentage is an estimate from the size of this ${noun}’s last backup here; the program’s own progress bar is the one to trust.`;
}
