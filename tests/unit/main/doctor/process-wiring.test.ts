/**
 * The doctor's ties to its process, run in this process with one the test can watch: which
 * arguments it reads, where it writes, the exit code it leaves, when it ends the process, and the
 * one line it prints for anything no one handled. `tests/unit/main/doctor.test.ts` runs the same
 * wiring as a real process.
 */
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FAILED, GRACE_MS, oneLine, runDoctorProcess, type DoctorProcess } from '../../../../src/main/doctor/process-wiring';
import { BAD_ARGUMENTS, REPORTED } from '../../../../src/main/doctor/run-doctor';
import { USAGE } from '../../../../src/main/doctor/options';

/** A process that records what the doctor writes, the exit code it leaves and each `exit` call. */
class WatchedProcess extends EventEmitter implements DoctorProcess {
  stdoutText = '';
  stderrText = '';
  exits: number[] = [];
  exitCode?: number | string | null;
  readonly stdout = { write: (text: string) => (this.stdoutText += text) };
  readonly stderr = { write: (text: string) => (this.stderrText += text) };
  constructor(readonly argv: readonly string[]) {
    super();
  }
  exit(code: number): void {
    this.exits.push(code);
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('main', () => {
  describe('doctor', () => {
    describe('process wiring', () => {
      it('reads the arguments after the script and writes to the process’s own streams', async () => {
        const proc = new WatchedProcess(['/usr/bin/node', '/app/doctor.js', '--help']);
        await runDoctorProcess(proc);
        expect({ stdout: proc.stdoutText, stderr: proc.stderrText, exitCode: proc.exitCode }).toEqual({ stdout: USAGE, stderr: '', exitCode: REPORTED });
      });

      it('leaves the exit code for bad arguments, with the complaint on stderr', async () => {
        const proc = new WatchedProcess(['/usr/bin/node', '/app/doctor.js', '--frobnicate']);
        await runDoctorProcess(proc);
        expect({ stdout: proc.stdoutText, stderr: proc.stderrText, exitCode: proc.exitCode }).toEqual({ stdout: '', stderr: 'doctor: unknown option --frobnicate (see --help)\n', exitCode: BAD_ARGUMENTS });
      });

      it('ends the process with its exit code once the grace period for open handles is over, not before', async () => {
        vi.useFakeTimers();
        const proc = new WatchedProcess(['/usr/bin/node', '/app/doctor.js', '--frobnicate']);
        await runDoctorProcess(proc);
        vi.advanceTimersByTime(GRACE_MS - 1);
        expect(proc.exits, 'still within the grace period').toEqual([]);
        vi.advanceTimersByTime(1);
        expect(proc.exits).toEqual([BAD_ARGUMENTS]);
      });

      it.each(['uncaughtException', 'unhandledRejection'] as const)('prints the first line of a %s and exits with its own code', async (event) => {
        const proc = new WatchedProcess(['/usr/bin/node', '/app/doctor.js', '--help']);
        await runDoctorProcess(proc);
        proc.emit(event, new Error('the disk went away\n    at somewhere (disk.js:1:1)'));
        expect({ stderr: proc.stderrText, exits: proc.exits }).toEqual({ stderr: 'doctor: the disk went away\n', exits: [FAILED] });
      });

      it('prints a failed run in one line and exits with its own code', async () => {
        const proc = new WatchedProcess(['/usr/bin/node', '/app/doctor.js']);
        await runDoctorProcess(proc, () => Promise.reject(new Error('no memory left\nsecond line')));
        expect({ stderr: proc.stderrText, exits: proc.exits, exitCode: proc.exitCode }).toEqual({ stderr: 'doctor: no memory left\n', exits: [FAILED], exitCode: undefined });
      });

      it('says in one line whatever was thrown, error or not', () => {
        expect(oneLine(new Error('first\nsecond'))).toBe('first');
        expect(oneLine('a plain text\nwith a second line')).toBe('a plain text');
        expect(oneLine(42)).toBe('42');
      });
    });
  });
});
