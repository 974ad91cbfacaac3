/**
 * The headless doctor: runs the core once under plain Node (no Electron), prints what it found
 * and what to do next, in plain words or as one JSON object (`--json`) on stdout. Exit 0
 * whenever it reports, 2 for bad arguments; every message is one line, never a stack trace.
 */
import { createCore } from './core/create-core';
import { createDefaultProbes } from './core/default-probes';
import { findBackupsProbe } from './core/probes/backups';
import { defaultBackupRoots } from './core/probes/backups/roots';
import { formatText } from './doctor/format-text';
import { parseDoctorArgs, USAGE } from './doctor/options';
import { doctorReport } from './doctor/report';

/** Exit code for a report made. */
const REPORTED = 0;
/** Exit code for something the doctor itself could not handle. */
const FAILED = 1;
/** Exit code for bad arguments. */
const BAD_ARGUMENTS = 2;
/** How long the report waits for backup sizes, which are measured in the background; after that they print as null. */
const SIZES_WAIT_MS = 10_000;
/** How long it waits for every backup's files to be checked (a full phone's backup takes seconds); after that they print as not checked. */
const VERIFY_WAIT_MS = 5 * 60_000;
/** After this long checking, the doctor says on stderr what it is waiting for. */
const VERIFY_NOTE_AFTER_MS = 3_000;

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
}

async function main(args: string[]): Promise<number> {
  const command = parseDoctorArgs(args);
  if (command.kind === 'error') {
    process.stderr.write(`doctor: ${command.message} (see --help)\n`);
    return BAD_ARGUMENTS;
  }
  if (command.kind === 'help') {
    process.stdout.write(USAGE);
    return REPORTED;
  }
  const probes = createDefaultProbes(command.world).filter((probe) => !(command.notChecked as string[]).includes(probe.source));
  const core = createCore({ probes });
  await core.start();
  const verifying = command.world.verifyBackups !== false;
  const note = verifying ? setTimeout(() => process.stderr.write('doctor: checking every file the backups list (--no-verify skips this)…\n'), VERIFY_NOTE_AFTER_MS) : undefined;
  await Promise.race([findBackupsProbe(probes)?.settled(), new Promise((resolve) => setTimeout(resolve, verifying ? VERIFY_WAIT_MS : SIZES_WAIT_MS).unref())]);
  clearTimeout(note);
  const snapshot = core.getSnapshot();
  await core.stop();
  const backupFolders = command.notChecked.includes('backups') ? [] : command.world.backupsDir !== undefined ? [command.world.backupsDir] : defaultBackupRoots();
  const report = doctorReport(snapshot, new Date(), { notChecked: command.notChecked, backupFolders });
  process.stdout.write(command.json ? `${JSON.stringify(report, null, 2)}\n` : formatText(report));
  return REPORTED;
}

function fail(error: unknown): void {
  process.stderr.write(`doctor: ${oneLine(error)}\n`);
  process.exit(FAILED);
}

process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
/** Once the report is out, a handle some driver forgot to close must not keep the person waiting. */
const GRACE_MS = 3000;

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  setTimeout(() => process.exit(code), GRACE_MS).unref();
}, fail);
