/**
 * Debian's real usbmuxd for tests. It always binds /var/run/usbmuxd and writes a pid file there,
 * so it runs in a private mount namespace (`unshare -m`) with a temporary folder bound over /run:
 * the test reaches its socket in that folder, and nothing on the machine itself is touched.
 * That needs root and util-linux's unshare; where they are missing, `realUsbmuxdProblem` says why.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const USBMUXD = '/usr/sbin/usbmuxd';

/** Why the real daemon cannot run here, or null when it can. */
export function realUsbmuxdProblem(): string | null {
  if (!existsSync(USBMUXD)) return `${USBMUXD} is not installed (apt-get install usbmuxd).`;
  if (process.getuid?.() !== 0) return 'running usbmuxd in a private mount namespace needs root.';
  const probe = spawnSync('unshare', ['-m', 'true'], { stdio: 'ignore' });
  if (probe.status !== 0) return 'unshare -m does not work on this machine.';
  return null;
}

/** A running real usbmuxd. */
export interface RealUsbmuxd {
  /** `UNIX:/…/usbmuxd`, the daemon's socket as seen from outside its namespace. */
  address: string;
  path: string;
  /** Everything the daemon logged. */
  log(): string;
  /** Stops the daemon and waits for it to exit. */
  stop(): Promise<void>;
}

async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Starts `usbmuxd -f -n` (foreground, no hot-plug) with its /run in `dir` (a fresh one by default). */
export async function startRealUsbmuxd(dir = mkdtempSync(join(tmpdir(), 'real-usbmuxd-'))): Promise<RealUsbmuxd> {
  const path = join(dir, 'usbmuxd');
  let output = '';
  const child: ChildProcess = spawn('unshare', ['-m', 'sh', '-c', 'mount --bind "$1" /run && exec "$2" -f -n', 'sh', dir, USBMUXD], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitFor(() => existsSync(path) || child.exitCode !== null, 5000, 'usbmuxd to create its socket');
    if (!existsSync(path)) throw new Error(`usbmuxd exited early: ${output}`);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    address: `UNIX:${path}`,
    path,
    log: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(path, { force: true });
    },
  };
}
