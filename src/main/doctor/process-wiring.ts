/**
 * Ties a doctor run to the process it runs in: the arguments after the script, the standard
 * streams, the exit code, and a one-line message for anything thrown or rejected that no one
 * handled. `doctor.ts` hands it the real process; tests hand it one they can watch.
 */
import { runDoctor, type DoctorOutput } from './run-doctor';

/** Exit code for something the doctor itself could not handle. */
export const FAILED = 1;
/** Once the report is out, a handle some driver forgot to close must not keep the person waiting. */
export const GRACE_MS = 3000;

/** What the doctor uses of its process. */
export interface DoctorProcess extends DoctorOutput {
  argv: readonly string[];
  exitCode?: number | string | null;
  on(event: 'uncaughtException' | 'unhandledRejection', listener: (error: unknown) => void): unknown;
  exit(code: number): void;
}

/** The first line of an error's message: the person reads what went wrong, never a stack trace. */
export function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/** Runs the doctor in `proc` (with `run`, the real doctor unless a test says otherwise) and ends the process once it has reported. */
export async function runDoctorProcess(proc: DoctorProcess, run: typeof runDoctor = runDoctor): Promise<void> {
  const fail = (error: unknown): void => {
    proc.stderr.write(`doctor: ${oneLine(error)}\n`);
    proc.exit(FAILED);
  };
  proc.on('uncaughtException', fail);
  proc.on('unhandledRejection', fail);
  try {
    const code = await run(proc.argv.slice(2), { stdout: proc.stdout, stderr: proc.stderr });
    proc.exitCode = code;
    setTimeout(() => proc.exit(code), GRACE_MS).unref();
  } catch (error) {
    fail(error);
  }
}
