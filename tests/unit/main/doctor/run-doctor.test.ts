/**
 * The doctor's run, in process: arguments, the report on stdout in both forms, and the exit codes.
 * It plans for a Mac given on the command line and reads a real backup folder, so it is the same
 * here as on any machine; the hostile suite runs the built doctor as a child process.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDoctor, BAD_ARGUMENTS, REPORTED } from '../../../../src/main/doctor/run-doctor';
import { USAGE } from '../../../../src/main/doctor/options';
import type { DoctorReport } from '../../../../src/main/doctor/report';
import { makeTempRoot, removeTempRoot, writeBackup } from '../../../support/backup-fixtures';

const UDID = '00008110-001A2C3E0E38802E';

let root: string;
beforeEach(async () => {
  root = await makeTempRoot('doctor-run');
});
afterEach(async () => {
  await removeTempRoot(root);
});

/** Runs the doctor and keeps what it wrote. */
async function doctor(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runDoctor(args, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } });
  return { code, stdout, stderr };
}

describe('doctor', () => {
  describe('runDoctor', () => {
    it('prints the usage for --help and exits 0', async () => {
      expect(await doctor('--help')).toEqual({ code: REPORTED, stdout: USAGE, stderr: '' });
    });

    it('says on stderr, in one line, what is wrong with the arguments, and exits 2 with nothing on stdout', async () => {
      const run = await doctor('--host', 'amiga:3.1');
      expect(run.code).toBe(BAD_ARGUMENTS);
      expect(BAD_ARGUMENTS).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^doctor: --host: "amiga:3\.1" is not OS:VERSION .* \(see --help\)\n$/);
    });

    it('reports a backup found in the folder it is given, as JSON, and what it left unchecked', async () => {
      await writeBackup(root, { udid: UDID, deviceName: 'Ann’s iPhone' });
      const run = await doctor('--json', '--offline', '--no-verify', '--host', 'macos:15.1', '--backups-dir', root);
      expect(run.code).toBe(REPORTED);
      expect(run.stderr).toBe('');
      const report = JSON.parse(run.stdout) as DoctorReport;
      expect(report.backups.map((backup) => [backup.udid, backup.deviceName, backup.complete])).toEqual([[UDID, 'Ann’s iPhone', true]]);
      expect(report.backupFolders).toEqual([root]);
      expect(report.notChecked).toEqual(['usb', 'usbmux']);
      expect(report.host.os).toBe('macos');
      expect(run.stdout.endsWith('}\n')).toBe(true);
    });

    it('waits for the backups to be checked before reporting, unless told not to', async () => {
      await writeBackup(root, { udid: UDID });
      const checked = JSON.parse((await doctor('--json', '--offline', '--host', 'macos:15.1', '--backups-dir', root)).stdout) as DoctorReport;
      expect(checked.backups[0]?.verification.state).toBe('verified');
      expect(checked.backups[0]?.sizeBytes).toBeGreaterThan(0);
    });

    it('prints the report in plain words without --json', async () => {
      await writeBackup(root, { udid: UDID, deviceName: 'Ann’s iPhone' });
      const run = await doctor('--offline', '--no-verify', '--host', 'macos:15.1', '--backups-dir', root);
      expect(run.code).toBe(REPORTED);
      expect(() => JSON.parse(run.stdout)).toThrow();
      expect(run.stdout).toContain('Ann’s iPhone');
    });

    it('looks in no backup folder when it plans for another computer without one given', async () => {
      const report = JSON.parse((await doctor('--json', '--offline', '--host', 'windows:10.0.22631')).stdout) as DoctorReport;
      expect(report.backupFolders).toEqual([]);
      expect(report.notChecked).toEqual(['usb', 'usbmux', 'backups']);
    });
  });
});
