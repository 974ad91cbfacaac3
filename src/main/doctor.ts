/**
 * The headless doctor: runs the core once under plain Node (no Electron), prints what it found
 * and what to do next, in plain words or as one JSON object (`--json`) on stdout. Exit 0
 * whenever it reports, 2 for bad arguments; every message is one line, never a stack trace.
 * This file only ties `runDoctor` to the process: its streams, its exit code, its last-resort errors.
 */
import { runDoctor } from './doctor/run-doctor';

/** Exit code for something the doctor itself could not handle. */
const FAILED = 1;

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
}

function fail(error: unknown): void {
  process.stderr.write(`doctor: ${oneLine(error)}\n`);
  process.exit(FAILED);
}

process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
/** Once the report is out, a handle some driver forgot to close must not keep the person waiting. */
const GRACE_MS = 3000;

runDoctor(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code;
  setTimeout(() => process.exit(code), GRACE_MS).unref();
}, fail);
