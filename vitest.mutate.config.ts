/**
 * The tests mutation testing runs against each mutant: the unit and renderer projects of
 * `vitest.config.ts`. The soak and hostile projects measure the time and memory of the built
 * doctor, which a mutant of the source does not change, so they are left out.
 */
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import base from './vitest.config';

const projects = (base.test?.projects ?? []).filter((project): project is TestProjectInlineConfiguration => typeof project === 'object' && 'test' in project);

function project(name: string): TestProjectInlineConfiguration {
  const found = projects.find((candidate) => candidate.test?.name === name);
  if (!found) throw new Error(`vitest.config.ts has no "${name}" project`);
  return found;
}

const renderer = project('renderer');
const unit = project('unit');
/** Instrumented code is many times slower; tests that time themselves read this (see tests/support/machine-load.ts). */
const env = { LIFEBOAT_INSTRUMENTED: '1' };
const testTimeout = 120_000;

export default defineConfig({
  test: {
    projects: [
      { ...unit, test: { ...unit.test, env, testTimeout } },
      { ...renderer, test: { ...renderer.test, env, testTimeout, setupFiles: [...[renderer.test?.setupFiles ?? []].flat(), 'tests/renderer/mutation-setup.ts'] } },
    ],
  },
});
