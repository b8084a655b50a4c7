import { defineConfig } from 'vitest/config';

/**
 * Vitest configuration for mutation testing (stryker.config.mjs): one time zone (UTC) instead of
 * the four of vitest.config.ts, and fixed fast-check seeds (test/helpers/fixedSeed.ts) so that
 * property test names are stable between Stryker's dry run and its mutant runs.
 */
/**
 * Which tests judge the mutants: `STRYKER_TESTS` (comma-separated globs, set by
 * `node scripts/mutation.mjs <files> --tests <globs>`), default every test but the excluded ones.
 * Goldens, conformance vectors, the site and the CLI are left out: they compare whole outputs and
 * would kill mutants without saying which rule's test is missing — the score measures the rule tests.
 */
const only = (process.env['STRYKER_TESTS'] ?? '').split(',').filter((g) => g !== '');

export default defineConfig({
  test: {
    include: only.length > 0 ? only : ['test/**/*.test.ts'],
    // The fuzz suite checks totality, not the legal rules; it would only slow the mutant runs.
    exclude: ['test/fuzz/**', 'test/golden/**', 'test/conformance/**', 'test/site/**', 'test/cli/**', 'node_modules/**'],
    isolate: false,
    env: { TZ: 'UTC' },
    setupFiles: ['test/helpers/fixedSeed.ts'],
    // Stryker's instrumentation makes some property tests several times slower.
    testTimeout: 60_000,
  },
});
