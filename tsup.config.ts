import { defineConfig, type Options } from 'tsup';

/**
 * The package build (issue 11: tree-shakeable, small, fast to start).
 *
 * - ESM: one output file per source module (`bundle: false`), dist/<module>/<file>.js, entered
 *   through dist/index.js. With `"sideEffects": false` a bundler drops every module an app does not
 *   reach, including their top-level zod schemas, and Node loads only plain files (no bundle to parse).
 * - CJS: one bundle, dist/index.cjs (CommonJS consumers do not tree-shake).
 * - Types: dist/index.d.ts (ESM) and dist/index.d.cts (CJS), each bundled from src/index.ts.
 * - The CLI: dist/cli.js, one bundle (the only code that touches the outside world).
 *
 * A new public entry point (e.g. `./testing`): add it to `entries` below and to `exports` in package.json.
 */
const entries = { index: 'src/index.ts' };
const common: Options = { target: 'es2022', sourcemap: true, clean: false, treeshake: false };

export default defineConfig([
  {
    ...common,
    // Every library module, as its own ESM file (the CLI is bundled separately below).
    entry: ['src/**/*.ts', '!src/cli/**', '!src/testing/**'],
    outDir: 'dist',
    format: ['esm'],
    bundle: false,
    dts: false,
    clean: true,
  },
  { ...common, entry: entries, format: ['cjs'], dts: false, treeshake: true },
  // Declarations only, one pass for both formats (index.d.ts and index.d.cts).
  { ...common, entry: entries, format: ['esm', 'cjs'], dts: { only: true } },
  {
    ...common,
    // poortwachter/testing: arbitraries (fast-check, an optional peer dependency, stays external) and builders.
    entry: { testing: 'src/testing/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    treeshake: true,
    external: ['fast-check'],
  },
  {
    ...common,
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: false,
    treeshake: true,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
