import { fc } from '@fast-check/vitest';

/**
 * Setup file of vitest.stryker.config.ts: under mutation testing every property runs with one fixed
 * seed, so that @fast-check/vitest names its tests "… (with seed=20260101)" in every run and
 * Stryker can find them again. Normal runs (vitest.config.ts) keep their random seeds.
 */
export const FIXED_PROPERTY_SEED = 20260101;
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: FIXED_PROPERTY_SEED });
