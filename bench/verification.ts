/**
 * Figure 6, verification: checking a 100,000-file unencrypted backup against its Manifest.db (read
 * through the app's read-only SQLite, every MBFile's size decoded, every listed file looked up), as
 * a ratio to looking up every file of the same folder with Node's fs alone. Each run is a process
 * of its own, so its peak memory is its own too; runs alternate, and the figure is the median of
 * the rounds' ratios. Budgets: at most twice the plain lookups, and at most 200 MB at the peak.
 */
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { VerifyRun } from './verify-child';
import { BIG_BACKUP_FILES, writeBigBackup } from './support/big-backup';
import { alternate, formatMs, formatRatio, median, pairedRatios, withinBudget, type Figure } from './support/measure';
import { runNode } from './support/node-child';

/** The budget: verification may take at most twice as long as looking up every file. */
export const VERIFICATION_BUDGET = 2;

/** The budget: peak memory of the verifying process. */
export const VERIFICATION_MEMORY_BUDGET_MB = 200;

const ROUNDS = 3;

/** The bundled child sits next to the bundled bench (see scripts/bench.mjs). */
function childFile(): string {
  return join(dirname(process.argv[1] as string), 'verify-child.mjs');
}

async function runChild(mode: 'verify' | 'stat', folder: string, peaks: number[]): Promise<number> {
  const output = await runNode(childFile(), [mode, folder]);
  if (output.code !== 0) throw new Error(`The ${mode} run failed: ${output.stderr.trim()}`);
  const run = JSON.parse(output.stdout) as VerifyRun;
  if (run.files !== BIG_BACKUP_FILES || run.missing !== 0) throw new Error(`The ${mode} run saw ${run.files} files and ${run.missing} missing, not ${BIG_BACKUP_FILES} and none.`);
  if (mode === 'verify') peaks.push(run.peakRssMb);
  return run.ms;
}

/** Writes the big backup, measures, and removes it. */
export async function verification(progress: (line: string) => void): Promise<Figure> {
  progress(`writing a backup of ${BIG_BACKUP_FILES.toLocaleString('en-US')} files…`);
  const { root, folder } = await writeBigBackup();
  try {
    const peaks: number[] = [];
    const samples = await alternate({ subject: () => runChild('verify', folder, peaks), baseline: () => runChild('stat', folder, peaks) }, ROUNDS);
    const ratio = median(pairedRatios(samples));
    const peak = Math.max(...peaks);
    const pass = withinBudget(ratio, VERIFICATION_BUDGET) === 'PASS' && peak <= VERIFICATION_MEMORY_BUDGET_MB;
    return {
      number: 6,
      title: 'Verification',
      result: `${formatRatio(ratio)} looking up every file (${formatMs(median(samples.subject))} vs ${formatMs(median(samples.baseline))} for ${BIG_BACKUP_FILES.toLocaleString('en-US')} files, median of ${ROUNDS}); peak memory ${Math.round(peak)} MB`,
      budget: `≤ ${VERIFICATION_BUDGET}×, ≤ ${VERIFICATION_MEMORY_BUDGET_MB} MB`,
      verdict: pass ? 'PASS' : 'MISS',
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
