/**
 * The doctor's run, in process: arguments, the report on stdout in both forms, and the exit codes.
 * It plans for a Mac given on the command line and reads a real backup folder, so it is the same
 * here as on any machine; the hostile suite runs the built doctor as a child process.
 */
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runDoctor, BAD_ARGUMENTS, REPORTED, type DoctorWaits } from '../../../../src/main/doctor/run-doctor';
import { defaultBackupRoots } from '../../../../src/main/core/probes/backups/roots';
import { USAGE } from '../../../../src/main/doctor/options';
import type { DoctorReport } from '../../../../src/main/doctor/report';
import { makeTempRoot, removeTempRoot, writeBackup } from '../../../support/backup-fixtures';

const UDID = '00008110-001A2C3E0E38802E';

let root: string;
beforeEach(async () => {
  root = await makeTempRoot('doctor-run');
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await removeTempRoot(root);
});

/** Runs the doctor and keeps what it wrote. */
async function doctor(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return doctorWaiting(undefined, ...args);
}

/** Runs the doctor with its waits for the backups probe shortened (0) or lengthened, and keeps what it wrote. */
async function doctorWaiting(waits: DoctorWaits | undefined, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runDoctor(args, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } }, waits);
  return { code, stdout, stderr };
}

/** A minute: longer than any check of a test backup takes, however busy the machine. */
const PATIENT = 60_000;
const CHECKING_NOTE = 'doctor: checking every file the backups list (--no-verify skips this)…\n';

/** Runs `work` as if on a Mac whose home folder is `home`. */
async function onAMac<T>(home: string, work: () => Promise<T>): Promise<T> {
  const platform = Object.getOwnPropertyDescriptor(process, 'platform') as PropertyDescriptor;
  Object.defineProperty(process, 'platform', { value: 'darwin' });
  // Not through HOME: inside a worker thread (mutation testing runs tests in threads) the
  // environment is the thread's own copy, which `os.homedir()` does not read.
  const homedir = vi.spyOn(os, 'homedir').mockReturnValue(home);
  try {
    return await work();
  } finally {
    homedir.mockRestore();
    Object.defineProperty(process, 'platform', platform);
  }
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

    it('says on stderr that it is checking every file when that takes a while, and waits for the check', async () => {
      await writeBackup(root, { udid: UDID });
      const run = await doctorWaiting({ sizesMs: 0, verifyMs: PATIENT, verifyNoteAfterMs: 0 }, '--json', '--offline', '--host', 'macos:15.1', '--backups-dir', root);
      expect(run.stderr).toBe(CHECKING_NOTE);
      expect((JSON.parse(run.stdout) as DoctorReport).backups[0]?.verification.state).toBe('verified');
    });

    it('with --no-verify waits for the backups’ sizes alone, and says nothing of checking', async () => {
      await writeBackup(root, { udid: UDID });
      const run = await doctorWaiting({ sizesMs: PATIENT, verifyMs: 0, verifyNoteAfterMs: 0 }, '--json', '--offline', '--no-verify', '--host', 'macos:15.1', '--backups-dir', root);
      expect(run.stderr).toBe('');
      const [found] = (JSON.parse(run.stdout) as DoctorReport).backups;
      expect(found?.sizeBytes).toBeGreaterThan(0);
      expect(found?.verification.state).toBe('not-checked');
    });

    it('reports what it has once its wait runs out', async () => {
      await writeBackup(root, { udid: UDID });
      const run = await doctorWaiting({ sizesMs: 0, verifyMs: 0, verifyNoteAfterMs: PATIENT }, '--json', '--offline', '--host', 'macos:15.1', '--backups-dir', root);
      expect(run).toMatchObject({ code: REPORTED, stderr: '' });
      const [found] = (JSON.parse(run.stdout) as DoctorReport).backups;
      expect([found?.sizeBytes, found?.verification.state]).toEqual([null, 'not-checked']);
    });

    it('reads this computer’s usual backup folders when given none', async () => {
      vi.stubEnv('HOME', root);
      vi.stubEnv('USERPROFILE', root);
      vi.stubEnv('APPDATA', path.join(root, 'AppData', 'Roaming'));
      const report = JSON.parse((await doctor('--json', '--offline', '--no-verify', '--usbmux', 'UNIX:/nonexistent/usbmuxd')).stdout) as DoctorReport;
      expect(report.backupFolders).toEqual(defaultBackupRoots().map((folder) => path.resolve(folder)));
    });

    it('planning for another computer, leaves this one’s backups alone even where they have a usual place', async () => {
      const macFolder = path.join(root, 'Library', 'Application Support', 'MobileSync', 'Backup');
      await mkdir(macFolder, { recursive: true });
      await writeBackup(macFolder, { udid: UDID });
      const report = await onAMac(root, async () => {
        expect(defaultBackupRoots()).toEqual([macFolder]);
        return JSON.parse((await doctor('--json', '--offline', '--no-verify', '--host', 'windows:10.0.22631')).stdout) as DoctorReport;
      });
      expect([report.backups, report.backupFolders]).toEqual([[], []]);
      expect(report.sources.backups).toEqual({ state: 'unavailable', reason: expect.stringMatching(/^Not checked: --host plans for another computer/) });
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
