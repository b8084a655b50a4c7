// @ts-check
/**
 * Mutation testing of the legal core: `npm run mutation` (all folders; slow — about an hour on two
 * cores), or one folder: `npx stryker run --mutate 'src/calendar/**\/*.ts'`.
 * Not part of CI. Results and scores: docs/quality.md.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/calendar/**/*.ts',
    'src/sickness/**/*.ts',
    'src/law/**/*.ts',
    'src/timeline/**/*.ts',
    'src/spoor2/**/*.ts',
    'src/passendWerk/**/*.ts',
    'src/endOfWachttijd/**/*.ts',
    '!src/**/index.ts',
    '!src/**/messages.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // A mutant that makes a loop endless is killed by timeout; the tests of one folder run in seconds,
  // so 5 s (plus 25 % of the dry-run time) is enough and keeps such mutants cheap on two cores.
  timeoutMS: 5000,
  timeoutFactor: 1.25,
  // Static mutants (module-level initialisers: the rule tables and dated norms) can only be judged
  // by reloading every selected test for each mutant. Skipped by default for speed; src/law is data
  // and is run with them (`node scripts/mutation.mjs 'src/law/*.ts' --static ...`). Ignored mutants
  // do not count in the score; docs/quality.md says for each run whether they were included.
  ignoreStatic: true,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 75 },
};
