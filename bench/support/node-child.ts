/** Runs a built script in a Node process of its own, as a person or a tool would, and collects what it printed. */
import { spawn } from 'node:child_process';

/** How a child process ended. */
export interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node file ...args` and resolves once it has exited and closed its output. */
export function runNode(file: string, args: readonly string[]): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
