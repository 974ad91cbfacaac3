/**
 * The doctor as a process (`src/main/doctor.ts`, bundled and run under plain Node): its arguments,
 * its exit codes, one line on stderr for anything that goes wrong anywhere, and no wait on a
 * handle left open once the report is out. The report itself is tested in doctor/run-doctor.test.ts,
 * the same wiring in this process (where mutation testing can reach it) in doctor/process-wiring.test.ts.
 */
import { spawn } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode } from '../../support/bundle-for-node';
import { BAD_ARGUMENTS, REPORTED } from '../../../src/main/doctor/run-doctor';
import { USAGE } from '../../../src/main/doctor/options';
import { FAILED } from '../../../src/main/doctor/process-wiring';

/** How long a run may take before the test gives up on it (its grace period for open handles is 3 s). */
const GIVE_UP_MS = 30_000;

let doctorFile = '';
beforeAll(async () => {
  doctorFile = await bundleForNode('src/main/doctor.ts', 'doctor-process');
}, 120_000);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Whether the doctor ended on its own rather than being stopped by the test. */
  endedItself: boolean;
}

/**
 * Module code that makes `fault` happen inside the doctor's process just after the doctor first
 * writes to stdout, so its own handlers are surely in place by then.
 */
function afterFirstOutput(fault: string): string {
  return `const write = process.stdout.write.bind(process.stdout); let once = true;
process.stdout.write = (...args) => { if (once) { once = false; setImmediate(() => { ${fault} }); } return write(...args); };`;
}

/** Runs the doctor with `args`; `preload` is module code run first in the same process. */
function runDoctorProcess(args: string[], preload?: string): Promise<Run> {
  const nodeArgs = preload ? ['--import', `data:text/javascript,${encodeURIComponent(preload)}`] : [];
  const child = spawn(process.execPath, [...nodeArgs, doctorFile, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let endedItself = true;
  const giveUp = setTimeout(() => {
    endedItself = false;
    child.kill('SIGKILL');
  }, GIVE_UP_MS);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(giveUp);
      resolve({ code, stdout, stderr, endedItself });
    });
  });
}

describe('main', () => {
  describe('doctor', () => {
    it('reads the arguments after the script: --help prints the usage and exits 0', async () => {
      expect(await runDoctorProcess(['--help'])).toEqual({ code: REPORTED, stdout: USAGE, stderr: '', endedItself: true });
    });

    it('exits 2 for bad arguments', async () => {
      const run = await runDoctorProcess(['--frobnicate']);
      expect(run).toEqual({ code: BAD_ARGUMENTS, stdout: '', stderr: 'doctor: unknown option --frobnicate (see --help)\n', endedItself: true });
    });

    it('does not wait on a handle left open once it has reported, and keeps its exit code', async () => {
      // A timer that would keep the process alive for a minute, as a driver that forgot to close a socket would.
      const run = await runDoctorProcess(['--frobnicate'], 'setTimeout(() => {}, 60_000);');
      expect(run).toMatchObject({ code: BAD_ARGUMENTS, endedItself: true });
    });

    it('reports an error thrown anywhere in one line, the first of its message, and exits 1', async () => {
      const run = await runDoctorProcess(['--help'], afterFirstOutput("throw new Error('the disk went away\\n    at somewhere (disk.js:1:1)');"));
      expect(run).toMatchObject({ code: FAILED, stderr: 'doctor: the disk went away\n', endedItself: true });
    });

    it('reports a promise rejected with no one to hear it in one line, and exits 1', async () => {
      const run = await runDoctorProcess(['--help'], afterFirstOutput("Promise.reject('the disk went away');"));
      expect(run).toMatchObject({ code: FAILED, stderr: 'doctor: the disk went away\n', endedItself: true });
    });
  });
});
