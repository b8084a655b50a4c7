import { defineConfig } from 'vitest/config';

/**
 * The whole suite runs once per time zone: results must never depend on the machine's TZ.
 * Pacific/Kiritimati is UTC+14, America/New_York has DST on other dates than Europe/Amsterdam.
 */
const zones = ['UTC', 'Europe/Amsterdam', 'America/New_York', 'Pacific/Kiritimati'];

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The library is pure (no global state), so test files may share loaded modules within a
    // worker: about three times faster, most of the time was spent re-importing the same modules.
    isolate: false,
    projects: zones.map((tz) => ({
      extends: true,
      test: { name: `tz:${tz}`, env: { TZ: tz } },
    })),
  },
});
