import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DOCTOR_OUTPUT, needsBuild } from '../../../scripts/doctor.mjs';

const ago = (seconds: number) => new Date(Date.now() - seconds * 1000);

/** Dates every folder below `root` long ago, as folders of an untouched checkout are. */
function ageFolders(root: string) {
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (entry.isDirectory()) utimesSync(join(entry.parentPath, entry.name), ago(1000), ago(1000));
  }
}

/** Writes `file` under `root` with a modification time `secondsAgo` in the past. */
function write(root: string, file: string, secondsAgo: number) {
  const path = join(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, '');
  utimesSync(path, ago(secondsAgo), ago(secondsAgo));
  ageFolders(root);
}

describe('scripts', () => {
  describe('doctor', () => {
    describe('needsBuild', () => {
      let root = '';
      afterEach(() => rmSync(root, { recursive: true, force: true }));

      it('builds when there is no built doctor', () => {
        root = mkdtempSync(join(tmpdir(), 'doctor-build-'));
        write(root, 'src/main/doctor.ts', 100);
        expect(needsBuild(root)).toBe(true);
      });

      it('does not build when the built doctor is newer than every source', () => {
        root = mkdtempSync(join(tmpdir(), 'doctor-build-'));
        write(root, 'src/main/doctor.ts', 100);
        write(root, 'src/shared/snapshot.ts', 100);
        write(root, 'package.json', 100);
        write(root, DOCTOR_OUTPUT, 10);
        expect(needsBuild(root)).toBe(false);
      });

      it('builds when a source deep in src/ changed after the build', () => {
        root = mkdtempSync(join(tmpdir(), 'doctor-build-'));
        write(root, DOCTOR_OUTPUT, 50);
        write(root, 'src/main/core/probes/usbmux/lockdown.ts', 100);
        expect(needsBuild(root)).toBe(false);
        write(root, 'src/main/core/probes/usbmux/lockdown.ts', 1);
        expect(needsBuild(root)).toBe(true);
      });

      it('builds when a source was deleted after the build', () => {
        root = mkdtempSync(join(tmpdir(), 'doctor-build-'));
        write(root, 'src/main/old.ts', 100);
        write(root, DOCTOR_OUTPUT, 50);
        expect(needsBuild(root)).toBe(false);
        rmSync(join(root, 'src/main/old.ts'));
        expect(needsBuild(root)).toBe(true);
      });

      it('builds when the dependencies changed after the build', () => {
        root = mkdtempSync(join(tmpdir(), 'doctor-build-'));
        write(root, DOCTOR_OUTPUT, 50);
        write(root, 'package-lock.json', 1);
        expect(needsBuild(root)).toBe(true);
      });
    });
  });
});
