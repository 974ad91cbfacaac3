// @ts-check
/**
 * Mutation testing (`npm run mutate`): StrykerJS changes the source one small way at a time and
 * checks that some test fails. Incremental: results of mutants whose code and tests did not
 * change are reused from `reports/mutation/incremental.json`, so a rerun takes minutes.
 * Mutants that cannot change behaviour are listed, with the reason, in `mutation-equivalents.md`.
 */
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/shared/**/*.ts',
    'src/main/**/*.ts',
    // A table generated from a public list; its rows are data, not logic.
    '!src/shared/**/*.generated.ts',
  ],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  concurrency: 2,
  timeoutMS: 5000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, reportMutants: false, reportTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
