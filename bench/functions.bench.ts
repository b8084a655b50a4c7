/**
 * Every other public function per call, and its growth with input size (issue 11): the time of one
 * call on a small input and on a larger one (more periods, events, documents…), as a ratio from the
 * same run. Inputs are the golden seeds (test/golden/seeds.json): the inputs the tests use.
 * Never asserted in tests.
 *
 *   npx tsx bench/functions.bench.ts [--quick]
 */
import { readFileSync } from 'node:fs';
import * as api from '../src/index.js';

const quick = process.argv.includes('--quick');
const MS = quick ? 150 : 400;
const seeds = JSON.parse(readFileSync(new URL('../test/golden/seeds.json', import.meta.url), 'utf8')) as Record<string, unknown[][]>;
const fns = api as unknown as Record<string, (...a: unknown[]) => unknown>;

function usPerCall(fn: () => unknown): number {
  const w0 = performance.now();
  while (performance.now() - w0 < MS / 3) fn();
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < MS) { fn(); n++; }
  return ((performance.now() - t0) / n) * 1000;
}

const NAMES = [
  'combineSickPeriods', 'determineFirstSickDay', 'checkPassendWerk', 'checkSpoor2Readiness', 'listObligations',
  'checkNonCooperation', 'listRemedies', 'auditReIntegratieverslag', 'computeLoonsanctie', 'computeVrijwilligeVerlenging',
  'checkVervroegdeIva', 'computeLateWiaAanvraag', 'computeOpzegverbod', 'computeVangnetMelding', 'applyEndOfWachttijdEvents',
];

/** The seeds that succeed, smallest and largest by JSON size. */
function smallAndLarge(name: string): [unknown[], unknown[]] | undefined {
  const ok = (seeds[name] ?? []).filter((args) => { try { fns[name]!(...structuredClone(args)); return true; } catch { return false; } });
  if (ok.length === 0) return undefined;
  ok.sort((a, b) => JSON.stringify(a).length - JSON.stringify(b).length);
  return [ok[0]!, ok[ok.length - 1]!];
}

console.log(`public functions — µs per call (warm), small vs large seed input, ${MS} ms each`);
const timelineUs = usPerCall(() => api.computeTimeline({ firstSickDay: '2024-01-01' }));
console.log(`  ${'computeTimeline (reference)'.padEnd(30)} ${timelineUs.toFixed(0).padStart(8)} µs`);
for (const name of NAMES) {
  const pair = smallAndLarge(name);
  if (pair === undefined) { console.log(`  ${name.padEnd(30)} (no succeeding seed)`); continue; }
  const [small, large] = pair;
  const a = usPerCall(() => fns[name]!(...small));
  const b = usPerCall(() => fns[name]!(...large));
  const sa = JSON.stringify(small).length;
  const sb = JSON.stringify(large).length;
  console.log(`  ${name.padEnd(30)} ${a.toFixed(0).padStart(8)} µs (${sa} B input)  ${b.toFixed(0).padStart(8)} µs (${sb} B)  growth ${(b / a).toFixed(1)}× for ${(sb / sa).toFixed(1)}× input  = ${(a / timelineUs).toFixed(2)}× computeTimeline`);
}
