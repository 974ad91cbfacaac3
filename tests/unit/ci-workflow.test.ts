/**
 * The GitHub workflow sets each OS up with exactly the README's commands — a fresh checkout,
 * `npm install`, `npm start` (as the documented smoke start) — and installs Electron nowhere else,
 * so a README that stops working fails CI.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { SMOKE_TEST_VARIABLE } from '../../src/main/smoke-test';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}
interface Workflow {
  jobs: Record<string, { strategy?: { matrix?: { os?: string[] } }; steps: Step[] }>;
}

const workflowText = readFileSync('.github/workflows/ci.yml', 'utf8');
const workflow = parseYaml(workflowText) as Workflow;
const readme = readFileSync('README.md', 'utf8');

/** The commands of the README's "Run it" section, one per line of its code block. */
function readmeRunCommands(): string[] {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Run it')) ?? '';
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

describe('ci workflow', () => {
  const steps = workflow.jobs.test?.steps ?? [];
  const runs = steps.map((step) => step.run?.trim()).filter((run): run is string => run !== undefined);

  it('reads the README’s commands: npm install, then npm start', () => {
    expect(readmeRunCommands()).toEqual(['npm install', 'npm start']);
  });

  it('runs on Linux, macOS and Windows', () => {
    expect(workflow.jobs.test?.strategy?.matrix?.os).toEqual(['ubuntu-latest', 'macos-latest', 'windows-latest']);
  });

  it('sets a fresh checkout up with exactly the README’s commands, in order, before the tests', () => {
    expect(steps[0]?.uses).toMatch(/^actions\/checkout@/);
    const readmeCommands = readmeRunCommands();
    expect(runs.filter((run) => readmeCommands.includes(run))).toEqual(readmeCommands);
    expect(runs.indexOf('npm start')).toBeLessThan(runs.indexOf('npm test'));
  });

  it('starts the app as the documented smoke start', () => {
    const start = steps.find((step) => step.run?.trim() === 'npm start');
    expect(start?.env).toEqual({ [SMOKE_TEST_VARIABLE]: '1' });
    expect(readme).toContain(`${SMOKE_TEST_VARIABLE}=1`);
  });

  it('installs Electron nowhere but through npm start', () => {
    expect(workflowText).not.toMatch(/install-electron|electron\/install\.js|ELECTRON_OVERRIDE_DIST_PATH|ELECTRON_EXEC_PATH/);
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps) {
        if (step.run && /\bnpm (ci|install)\b/.test(step.run)) expect(step.run.trim()).toBe('npm install');
      }
    }
  });
});
