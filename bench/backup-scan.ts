/**
 * Figure 2, backup scan: the built doctor's wall time with 40 backups whose Info.plist files carry
 * 4 MB of app icons each, as a ratio to its time with an empty backup folder. Runs alternate
 * between the two folders; each round's two runs sit side by side, so the figure is the median of
 * the rounds' ratios. Both ask the same test usbmuxd and skip Apple's feed (`--offline`): fetching
 * it takes longer than reading the backups and would hide what they cost. The figure is the list:
 * checking every file the backups list runs after the list is out, and has a figure of its own
 * (6), so these runs list with `--no-verify`.
 */
import type { DoctorReport } from '../src/main/doctor/report';
import { DOCTOR_FILE } from './support/builds';
import { alternate, formatMs, formatRatio, median, pairedRatios, timeMs, withinBudget, type Figure } from './support/measure';
import { runNode } from './support/node-child';
import { BACKUP_COUNT, type BenchWorld } from './support/world';

/** The budget: the backups may add at most 30% to the doctor's run time. */
export const BACKUP_SCAN_BUDGET = 1.3;

const ROUNDS = 5;

/** Runs the doctor over `root` and checks that it listed (and measured) what is there, so a fast run is never a broken one. */
async function doctorRun(world: BenchWorld, root: string, expected: number): Promise<number> {
  let output = { code: null as number | null, stdout: '', stderr: '' };
  const ms = await timeMs(async () => {
    output = await runNode(DOCTOR_FILE, ['--json', '--offline', '--no-verify', '--usbmux', world.usbmuxd.address, '--backups-dir', root]);
  });
  if (output.code !== 0) throw new Error(`The doctor exited with ${output.code}: ${output.stderr.trim()}`);
  const report = JSON.parse(output.stdout) as DoctorReport;
  if (report.backups.length !== expected) throw new Error(`The doctor listed ${report.backups.length} backups in ${root}, not ${expected}.`);
  const unmeasured = report.backups.filter((backup) => backup.sizeBytes === null || backup.problem !== null);
  if (unmeasured.length > 0) throw new Error(`The doctor left ${unmeasured.length} backups unmeasured or with a problem.`);
  if (report.backups.some((backup) => backup.verification.state !== 'not-checked' && backup.verification.state !== 'encrypted')) throw new Error('The doctor checked files it was asked not to.');
  return ms;
}

/** Measures the doctor with the full and the empty backup folder. */
export async function backupScan(world: BenchWorld): Promise<Figure> {
  const samples = await alternate(
    {
      subject: () => doctorRun(world, world.backupsRoot, BACKUP_COUNT),
      baseline: () => doctorRun(world, world.emptyRoot, 0),
    },
    ROUNDS,
  );
  const full = median(samples.subject);
  const empty = median(samples.baseline);
  const ratio = median(pairedRatios(samples));
  return {
    number: 2,
    title: 'Backup scan',
    result: `${formatRatio(ratio)} the empty folder (doctor with ${BACKUP_COUNT} backups ${formatMs(full)} vs ${formatMs(empty)}, median of ${ROUNDS})`,
    budget: `≤ ${BACKUP_SCAN_BUDGET}×`,
    verdict: withinBudget(ratio, BACKUP_SCAN_BUDGET),
  };
}
