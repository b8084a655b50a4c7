import { defineConfig } from 'vitest/config';

/**
 * Vitest configuration for mutation testing (stryker.config.mjs): one time zone (UTC) instead of
 * the four of vitest.config.ts, and fixed fast-check seeds (test/helpers/fixedSeed.ts) so that
 * property test names are stable between Stryker's dry run and its mutant runs.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The fuzz suite checks totality, not the legal rules; it would only slow the mutant runs.
    exclude: ['test/fuzz/**', 'node_modules/**'],
    isolate: false,
    env: { TZ: 'UTC' },
    setupFiles: ['test/helpers/fixedSeed.ts'],
    // Stryker's instrumentation makes some property tests several times slower.
    testTimeout: 60_000,
  },
});
