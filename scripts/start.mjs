/**
 * `npm start` (`node scripts/start.mjs preview`) and `npm run dev` (`node scripts/start.mjs dev`):
 * makes sure Electron's binary is installed, then hands over to electron-vite, which builds and
 * starts the app (`preview`) or serves it with hot reload (`dev`). Electron 42 and later no longer
 * download their binary when npm installs them, and electron-vite only looks for it, so without
 * this step a fresh clone stops at "Electron uninstall". The binary comes from Electron's own
 * installer, once; when it is already there this costs a few file reads. A failed download ends
 * within seconds with one message that says why and what to do.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { electronPackageDir, findInstalledElectron } from './electron/installed.mjs';
import { explainInstallFailure, nodeAtLeast } from './electron/explain-failure.mjs';
import { runElectronInstaller } from './electron/run-installer.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The electron-vite commands this script fronts, with the npm command a person types for each. */
export const MODES = { preview: 'npm start', dev: 'npm run dev' };

/** electron-vite 6's own floor; older Node cannot even run the build. */
const TOOLING_NODE_FLOOR = '20.19.0';

const say = (line) => process.stdout.write(`${line}\n`);
const complain = (text) => process.stderr.write(`\n${text}\n\n`);

/** The Electron binary to start: an existing one, or one installed now; null after explaining why there is none. */
async function ensureElectron(command, env) {
  if (env.ELECTRON_EXEC_PATH) {
    if (existsSync(env.ELECTRON_EXEC_PATH)) return env.ELECTRON_EXEC_PATH;
    complain(`Backup Lifeboat cannot start: ELECTRON_EXEC_PATH names ${env.ELECTRON_EXEC_PATH}, which does not exist.\nUnset ELECTRON_EXEC_PATH to use the project's own Electron, then run \`${command}\` again.`);
    return null;
  }
  let packageDir;
  try {
    packageDir = electronPackageDir(ROOT);
  } catch {
    complain(`Backup Lifeboat cannot start: the electron package is missing.\nRun \`npm install\` in ${ROOT}, then \`${command}\` again.`);
    return null;
  }
  const found = findInstalledElectron(packageDir, env);
  if (found.binary) return found.binary;

  say(`Electron ${found.version}, which runs the app's window, is not installed yet: downloading it now with Electron's installer (about 100 MB, once).`);
  const result = await runElectronInstaller({
    packageDir,
    env,
    onStillRunning: (seconds) => say(`Still downloading Electron (${seconds} s)…`),
  });
  const installed = result.ok ? findInstalledElectron(packageDir, env).binary : null;
  if (installed) {
    say(`Electron ${found.version} is installed.`);
    return installed;
  }
  const output = result.ok ? 'The installer finished, but the Electron binary is not where it said it would be.' : result.output;
  complain(explainInstallFailure({ output, version: found.version, nodeVersion: process.versions.node, platform: process.platform, env, packageDir, command }));
  return null;
}

/** Starts electron-vite with the chosen binary and resolves with its exit code. */
function runElectronVite(mode, args, binary, env) {
  const require = createRequire(join(ROOT, 'package.json'));
  const cli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const child = spawn(process.execPath, [cli, mode, ...args], { cwd: ROOT, stdio: 'inherit', env: { ...env, ELECTRON_EXEC_PATH: binary } });
  // The terminal sends Ctrl-C to the whole group; a signal sent to this script alone is passed on.
  const forward = (signal) => () => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward(signal));
  return new Promise((done) => {
    child.on('error', (error) => {
      complain(`Backup Lifeboat cannot start: electron-vite did not run (${error.message}).`);
      done(1);
    });
    child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

/** Runs `start.mjs <preview|dev> [electron-vite options…]`; resolves with the exit code. */
export async function main(argv, env = process.env) {
  const [mode, ...args] = argv;
  const command = MODES[mode];
  if (!command) {
    complain(`Usage: node scripts/start.mjs <${Object.keys(MODES).join('|')}> [electron-vite options]`);
    return 2;
  }
  if (!nodeAtLeast(process.versions.node, TOOLING_NODE_FLOOR)) {
    complain(`Backup Lifeboat needs Node.js 22.12 or newer, and this is Node.js ${process.versions.node}.\nInstall Node.js 22 LTS or newer from https://nodejs.org, then run \`${command}\` again.`);
    return 1;
  }
  const binary = await ensureElectron(command, env);
  if (!binary) return 1;
  return runElectronVite(mode, args, binary, env);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
