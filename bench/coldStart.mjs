// Cold start (issue 11): fresh Node processes importing the BUILT package (run `npm run build`
// first), against a bare `node -e 0` measured in the same run, interleaved so that machine load
// hits all variants alike. Median of N runs of each; the number to read is "over bare node".
//
//   node bench/coldStart.mjs            # N = 21
//   node bench/coldStart.mjs --runs=51
//   node bench/coldStart.mjs --json
// Target: ≤ 50 ms over bare node for ESM and CJS. Timings are reported, never asserted in tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const N = Number(argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 21);
const json = argv.includes('--json');

// For comparison: the same ESM as ONE file (esbuild bundle of dist/index.js, zod external), to
// show what the one-file-per-module layout (tree-shaking) costs at start-up.
// (Written inside dist/ so that it resolves zod like the package does; removed on exit.)
const tmp = mkdtempSync(join(root, 'dist', '.cold-'));
const oneFile = join(tmp, 'one.mjs');
await build({ entryPoints: [join(root, 'dist/index.js')], bundle: true, format: 'esm', platform: 'node', external: ['zod'], outfile: oneFile, logLevel: 'silent' });
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

// 'poortwachter' resolves to this package by self-reference (package.json "exports").
const VARIANTS = [
  { name: 'bare node (node -e 0)', args: ['-e', '0'] },
  // zod alone: the dependency every input boundary validates with (its share of the cold start).
  { name: "ESM  import('zod') alone", args: ['--input-type=module', '-e', "await import('zod')"] },
  { name: "ESM  import('poortwachter')", args: ['--input-type=module', '-e', "await import('poortwachter')"] },
  { name: 'ESM  same code as one file (comparison)', args: ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(oneFile).href)})`] },
  { name: "CJS  require('poortwachter')", args: ['-e', "require('poortwachter')"] },
  { name: 'ESM  import + computeTimeline()', args: ['--input-type=module', '-e', "const { computeTimeline } = await import('poortwachter'); computeTimeline({ firstSickDay: '2024-01-01' })"] },
];

const times = VARIANTS.map(() => []);
for (let i = 0; i < N; i++) {
  VARIANTS.forEach((v, k) => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, v.args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) {
      console.error(`${v.name} failed (did you run npm run build?):\n${r.stderr}`);
      process.exit(1);
    }
    times[k].push(ms);
  });
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const bare = median(times[0]);
const rows = VARIANTS.map((v, k) => ({ name: v.name, medianMs: median(times[k]), overBareMs: median(times[k]) - bare }));
if (json) console.log(JSON.stringify({ runs: N, node: process.version, rows }, null, 2));
else {
  console.log(`cold start — ${N} fresh processes each, interleaved, median; node ${process.version}`);
  for (const r of rows) console.log(`  ${r.name.padEnd(42)} ${r.medianMs.toFixed(1).padStart(7)} ms  ${r.name.startsWith('bare') ? '' : `+${r.overBareMs.toFixed(1)} ms over bare node`}`);
}
