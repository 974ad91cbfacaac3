/**
 * A throwaway project to run the real `npm start` in, so the start path can be tried in the states a
 * fresh clone can be in without touching this checkout's own node_modules: the project's real
 * package.json and start scripts, the real electron-vite, and the real electron package — either
 * without its binary (as a fresh clone has it) or with a stand-in binary in its place. The stand-in
 * is this Node itself: started on the project folder it runs a stub main that writes down how it
 * was started, so a test sees what electron-vite launched without an Electron binary.
 */
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { binaryPathInDist } from '../../scripts/electron/installed.mjs';

const REPO = resolve(import.meta.dirname, '../..');
const ELECTRON = join(REPO, 'node_modules', 'electron');
/** The electron package's own files, as npm installs them (its binary is never among them). */
const ELECTRON_FILES = ['package.json', 'index.js', 'install.js', 'cli.js', 'checksums.json'];

/** Where the stub main writes how it was started. */
export const STARTED_FILE = 'out/started.json';
/** Where the stand-in installer writes that it ran (the start path must not run it when the binary is there). */
export const INSTALLER_RAN_FILE = 'installer-ran.txt';

/** What the stub main saw. */
export interface StartedAs {
  argv: string[];
  cwd: string;
  electronExecPath: string | undefined;
}

/** A project folder and the test's handles on it. */
export interface StartProject {
  dir: string;
  /** What the stand-in Electron was started with, or null when it never ran. */
  startedAs(): StartedAs | null;
  installerRan(): boolean;
  remove(): void;
}

function linkDirectory(target: string, path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  // Junctions need no special rights on Windows; elsewhere the type is ignored.
  symlinkSync(target, path, 'junction');
}

function installStandInBinary(electronDir: string, version: string): void {
  const inDist = binaryPathInDist();
  const binary = join(electronDir, 'dist', inDist);
  mkdirSync(dirname(binary), { recursive: true });
  if (process.platform === 'win32') {
    // An .exe must be a real file; a hard link costs nothing, a copy works across drives.
    try {
      linkSync(process.execPath, binary);
    } catch {
      cpSync(process.execPath, binary);
    }
  } else {
    symlinkSync(process.execPath, binary);
  }
  writeFileSync(join(electronDir, 'dist', 'version'), version);
  writeFileSync(join(electronDir, 'path.txt'), inDist);
  writeFileSync(
    join(electronDir, 'install.js'),
    `require('node:fs').writeFileSync(${JSON.stringify(join(dirname(dirname(electronDir)), INSTALLER_RAN_FILE))}, 'ran'); process.exit(1);\n`,
  );
}

const STUB_MAIN = `import { mkdirSync, writeFileSync } from 'node:fs';
mkdirSync('out', { recursive: true });
writeFileSync(${JSON.stringify(STARTED_FILE)}, JSON.stringify({ argv: process.argv.slice(1), cwd: process.cwd(), electronExecPath: process.env.ELECTRON_EXEC_PATH }));
process.exit(Number(process.env.STAND_IN_EXIT_CODE ?? 0));
`;

/** Makes a project whose Electron is `missing` (a fresh clone) or a `stand-in` binary. */
export function makeStartProject(electron: 'missing' | 'stand-in'): StartProject {
  const dir = mkdtempSync(join(tmpdir(), 'lifeboat-start-'));
  cpSync(join(REPO, 'package.json'), join(dir, 'package.json'));
  cpSync(join(REPO, 'scripts'), join(dir, 'scripts'), { recursive: true });
  linkDirectory(join(REPO, 'node_modules', 'electron-vite'), join(dir, 'node_modules', 'electron-vite'));
  // Electron's installer finds @electron/get here, as npm would hoist it.
  linkDirectory(join(REPO, 'node_modules', '@electron'), join(dir, 'node_modules', '@electron'));
  const electronDir = join(dir, 'node_modules', 'electron');
  mkdirSync(electronDir, { recursive: true });
  for (const file of ELECTRON_FILES) cpSync(join(ELECTRON, file), join(electronDir, file));
  const { main } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { main: string };
  if (electron === 'stand-in') {
    const electronVersion = (JSON.parse(readFileSync(join(ELECTRON, 'package.json'), 'utf8')) as { version: string }).version;
    installStandInBinary(electronDir, electronVersion);
    mkdirSync(dirname(join(dir, main)), { recursive: true });
    writeFileSync(join(dir, main), STUB_MAIN);
  }
  return {
    dir,
    startedAs: () => (existsSync(join(dir, STARTED_FILE)) ? (JSON.parse(readFileSync(join(dir, STARTED_FILE), 'utf8')) as StartedAs) : null),
    installerRan: () => existsSync(join(dir, INSTALLER_RAN_FILE)),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** How a command ended. */
export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs an npm command in `cwd` the way a person types it, and collects what it printed. */
export function runNpm(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CommandResult> {
  const started = Date.now();
  return new Promise((done, fail) => {
    const child = spawn('npm', args, { cwd, env: { ...process.env, ...env }, shell: process.platform === 'win32' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr, ms: Date.now() - started }));
  });
}
