/**
 * `npm run doctor -- [options]`: builds first when out/main/doctor.js is missing or older than
 * its sources (build output goes to stderr, so stdout carries only the doctor's report), then
 * runs the doctor under plain Node and exits with its code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** What the doctor is built from, relative to the project root. */
export const DOCTOR_INPUTS = ['src/main', 'src/shared', 'package.json', 'package-lock.json', 'electron.vite.config.ts'];

/** The built doctor, relative to the project root. */
export const DOCTOR_OUTPUT = 'out/main/doctor.js';

/** The newest modification time of a file, or of any file below a folder; 0 when it does not exist. */
export function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stats.mtimeMs);
}

/** Whether the doctor under `root` must be built before it runs. */
export function needsBuild(root = ROOT) {
  const output = join(root, DOCTOR_OUTPUT);
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return DOCTOR_INPUTS.some((input) => newestMtime(join(root, input)) > built);
}

function build() {
  const require = createRequire(import.meta.url);
  const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  process.stderr.write('Building the doctor first…\n');
  const result = spawnSync(process.execPath, [electronVite, 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  return result.status === 0;
}

function main(args) {
  if (needsBuild() && !build()) {
    process.stderr.write('doctor: the build failed (see above)\n');
    return 1;
  }
  const result = spawnSync(process.execPath, [join(ROOT, DOCTOR_OUTPUT), ...args], { stdio: 'inherit' });
  return result.status ?? 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
