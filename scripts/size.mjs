// Size budgets of the published package (issue 11): bundles what an app would import, with
// esbuild (minify, tree-shaking, `sideEffects` honoured), from the BUILT package (run `npm run build`
// first), and compares min+gzip bytes with the budgets below. Exits 1 when one is exceeded.
//
//   npm run size            # after npm run build
//   npm run size -- --json  # machine-readable
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Budgets in bytes, min+gzip. zod (a dependency, validated at every input boundary) is bundled in
 * as an app would get it.
 *
 * Targets of issue 11: computeTimeline ≤ 15 kB, everything ≤ 50 kB, addDays < 1 kB. Not met yet
 * (measured 2026-12, 0.2.0 development, see docs/performance.md), so the budgets are the measured
 * value plus a small margin — they stop growth, and must come down as the TODOs are done:
 * TODO(issue 11): zod — `import * as z from 'zod'` (zod classic) costs ~26 kB gzip whatever is
 *   used; the input schemas live in src/timeline, src/endOfWachttijd, src/obligations, … (other
 *   modules' files): moving them to `zod/mini` (functional, shakeable) or building them lazily is
 *   the big step.
 * TODO(issue 11): computeTimeline statically reaches all of src/endOfWachttijd (~18 kB of its
 *   ~31 kB own code) through applyEndOfWachttijdEvents; only timelines with end-of-wachttijd
 *   events need it.
 * TODO(issue 11): addDays carries PoortwachterError (with the check of its own arguments, ~300 B gzip),
 *   describeValue (~400 B) and the integer day-number code (~375 B), all of which it needs; 1,856 B
 *   -> 1,740 B on branch small (smaller rewrites, same messages). Under 1 kB needs the error class
 *   split so its argument check is not statically reachable: see docs/performance.md.
 * Measured 2026-12-01 (branch perf2): computeTimeline 69.0 kB (43.2 kB own), everything 142.3 kB,
 *   addDays 1,856 B. zod/mini at computeTimeline's parse boundary alone would not help while
 *   src/endOfWachttijd (reached statically) still imports zod classic: see docs/performance.md.
 * Measured 2026-12-01 after the trace (issue 10: every result carries its trace, explanations rendered
 *   from steps, deadline and effect rows): computeTimeline 75.8 kB (50.1 kB own), everything 157.2 kB
 *   (131.7 kB own), addDays 1,740 B. The budgets were raised to that + ~5 %: the trace is a feature
 *   (issue 10) and costs ~7 kB on computeTimeline, ~16 kB on everything; the targets stay open.
 */
const BUDGETS = [
  { name: "import { computeTimeline } from 'poortwachter'", code: "export { computeTimeline } from 'poortwachter';", budget: 80 * 1024, target: 15 * 1024 },
  { name: "import * from 'poortwachter' (everything)", code: "export * from 'poortwachter';", budget: 165 * 1024, target: 50 * 1024 },
  { name: "import { addDays } from 'poortwachter'", code: "export { addDays } from 'poortwachter';", budget: 1830, target: 1023 },
];

async function measure(code, { external = [] } = {}) {
  const out = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['import'],
    external,
    write: false,
    logLevel: 'silent',
    // Resolve 'poortwachter' to this package (self-reference through package.json "exports").
    alias: { poortwachter: root },
  });
  const bytes = out.outputFiles[0].contents;
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const json = process.argv.includes('--json');
const rows = [];
let failed = false;
for (const b of BUDGETS) {
  const all = await measure(b.code);
  const own = await measure(b.code, { external: ['zod'] });
  const ok = all.gzip <= b.budget;
  if (!ok) failed = true;
  rows.push({ ...b, ...all, ownGzip: own.gzip, ok });
}
if (json) console.log(JSON.stringify(rows.map(({ code, ...r }) => r), null, 2));
else {
  const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
  console.log('min+gzip (esbuild --minify, gzip -9), zod included; in brackets: without zod');
  for (const r of rows) {
    console.log(`${r.ok ? 'ok  ' : 'OVER'} ${r.name.padEnd(50)} ${String(r.gzip).padStart(7)} B = ${kb(r.gzip).padStart(8)} (${kb(r.ownGzip)})  budget ${kb(r.budget)}, target ${kb(r.target)}  [min ${kb(r.min)}]`);
  }
}
process.exit(failed ? 1 : 0);
