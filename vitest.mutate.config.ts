/**
 * The tests mutation testing runs against each mutant: the unit project of `vitest.config.ts`.
 * The soak and hostile projects measure the time and memory of the built doctor, which a mutant
 * of the source does not change. The renderer project is left out on purpose: it loads a DOM and
 * React for every mutant (`src/shared/guidance`: not done in 60 minutes with it, 21 without), and a
 * mutant that only a screen test notices is a decision of `src/shared` or `src/main` with no test
 * of its own. Leaving it out can only lower the score, never raise it.
 */
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import base from './vitest.config';

const unit = (base.test?.projects ?? []).find(
  (project): project is TestProjectInlineConfiguration => typeof project === 'object' && 'test' in project && project.test?.name === 'unit',
);
if (!unit) throw new Error('vitest.config.ts has no "unit" project');

/** Instrumented code is many times slower; tests that time themselves read this (see tests/support/machine-load.ts). */
const env = { LIFEBOAT_INSTRUMENTED: '1' };
const testTimeout = 120_000;
/**
 * A narrower set of test files for one part of the scope (comma-separated globs), e.g. the plist
 * decoders against their own tests: fewer tests can only kill fewer mutants, so the score is a floor.
 */
const only = process.env.LIFEBOAT_MUTATE_TESTS?.split(',').filter(Boolean);

export default defineConfig({
  test: {
    projects: [{ ...unit, test: { ...unit.test, env, testTimeout, ...(only?.length ? { include: only } : {}) } }],
  },
});
