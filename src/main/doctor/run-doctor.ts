/**
 * One run of the headless doctor, apart from the process it runs in: parses the arguments, runs
 * the core once, and writes the report (or the usage, or what is wrong with the arguments) to the
 * streams it is given. `doctor.ts` wires it to the real process; tests call it directly.
 */
import { createCore } from '../core/create-core';
import { createDefaultProbes } from '../core/default-probes';
import { findBackupsProbe } from '../core/probes/backups';
import { defaultBackupRoots } from '../core/probes/backups/roots';
import { formatText } from './format-text';
import { parseDoctorArgs, USAGE } from './options';
import { doctorReport } from './report';

/** Where the doctor writes: the report and usage to `stdout`, everything else to `stderr`. */
export interface DoctorOutput {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** Exit code for a report made. */
export const REPORTED = 0;
/** Exit code for bad arguments. */
export const BAD_ARGUMENTS = 2;
/** How long the doctor waits for the backups probe's background work; tests shorten it. */
export interface DoctorWaits {
  /** For backup sizes, which are measured in the background; after that they print as null. */
  sizesMs: number;
  /** For every backup's files to be checked (a full phone's backup takes seconds); after that they print as not checked. */
  verifyMs: number;
  /** After this long checking, the doctor says on stderr what it is waiting for. */
  verifyNoteAfterMs: number;
}

const WAITS: DoctorWaits = { sizesMs: 10_000, verifyMs: 5 * 60_000, verifyNoteAfterMs: 3_000 };

/** Runs the doctor with `args` (the command line after the script); resolves with the exit code. */
export async function runDoctor(args: string[], out: DoctorOutput, waits: DoctorWaits = WAITS): Promise<number> {
  const command = parseDoctorArgs(args);
  if (command.kind === 'error') {
    out.stderr.write(`doctor: ${command.message} (see --help)\n`);
    return BAD_ARGUMENTS;
  }
  if (command.kind === 'help') {
    out.stdout.write(USAGE);
    return REPORTED;
  }
  const probes = createDefaultProbes(command.world).filter((probe) => !(command.notChecked as string[]).includes(probe.source));
  const core = createCore({ probes });
  await core.start();
  const verifying = command.world.verifyBackups !== false;
  const note = verifying ? setTimeout(() => out.stderr.write('doctor: checking every file the backups list (--no-verify skips this)…\n'), waits.verifyNoteAfterMs) : undefined;
  await Promise.race([findBackupsProbe(probes)?.settled(), new Promise((resolve) => setTimeout(resolve, verifying ? waits.verifyMs : waits.sizesMs).unref())]);
  clearTimeout(note);
  const snapshot = core.getSnapshot();
  await core.stop();
  const backupFolders = command.notChecked.includes('backups') ? [] : command.world.backupsDir !== undefined ? [command.world.backupsDir] : defaultBackupRoots();
  const report = doctorReport(snapshot, new Date(), { notChecked: command.notChecked, backupFolders });
  out.stdout.write(command.json ? `${JSON.stringify(report, null, 2)}\n` : formatText(report));
  return REPORTED;
}
