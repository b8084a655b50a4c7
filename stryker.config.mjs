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
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 75 },
};
