/**
 * Runs Electron's own installer (the `install-electron` command of the electron package, which
 * is also what its first `require('electron')` runs) in a child process and keeps its output, so
 * a failure can be explained in plain words instead of as the installer's stack trace.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** How much of the installer's output is kept for the explanation: its end says what went wrong. */
const KEPT_OUTPUT_CHARS = 16_000;

/** How often a long download says it is still going. */
const HEARTBEAT_MS = 15_000;

/**
 * Runs `<packageDir>/install.js` under this Node and resolves when it ends:
 * `{ ok: true }`, or `{ ok: false, output }` with the end of what it printed.
 * `onStillRunning(seconds)` is called every `heartbeatMs` (15 s) while it runs.
 */
export function runElectronInstaller({ packageDir, env = process.env, onStillRunning = () => {}, heartbeatMs = HEARTBEAT_MS }) {
  return new Promise((resolve) => {
    let output = '';
    const keep = (chunk) => {
      output = (output + chunk.toString('utf8')).slice(-KEPT_OUTPUT_CHARS);
    };
    const started = Date.now();
    const heartbeat = setInterval(() => onStillRunning(Math.round((Date.now() - started) / 1000)), heartbeatMs);
    const child = spawn(process.execPath, [join(packageDir, 'install.js')], {
      cwd: packageDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => {
      clearInterval(heartbeat);
      resolve({ ok: false, output: `${output}\n${error.message}` });
    });
    child.on('close', (code, signal) => {
      clearInterval(heartbeat);
      if (code === 0) resolve({ ok: true });
      else resolve({ ok: false, output: signal ? `${output}\nThe installer was stopped (${signal}).` : output });
    });
  });
}
