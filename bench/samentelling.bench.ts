/**
 * Samentelling scaling (issue 11): combineSickPeriods over 1,000 and 10,000 periods (chains of
 * short periods with short gaps, one wachttijd; once with a work pattern, once with WAZO leave).
 * Linear means the 10,000 case takes ~10× the 1,000 case; the requirement is ≤ 12×.
 * Ratios from the same run; never asserted in tests.
 *
 *   npx tsx bench/samentelling.bench.ts
 */
import { combineSickPeriods } from '../src/sickness/combineSickPeriods.js';
import { fromDayNumber, toDayNumber } from '../src/calendar/dayNumber.js';
import type { CombineSickPeriodsOptions, SickPeriod } from '../src/sickness/types.js';

function chain(n: number): SickPeriod[] {
  const out: SickPeriod[] = [];
  let at = toDayNumber('1920-01-06');
  for (let i = 0; i < n; i++) {
    out.push(i === n - 1 ? { from: fromDayNumber(at) } : { from: fromDayNumber(at), to: fromDayNumber(at + 2) });
    at += 3 + 1 + (i % 5); // 1–5 recovered days: every period joins the chain
  }
  return out;
}

function timeMs(fn: () => unknown, minMs = 600): number {
  const w0 = performance.now();
  while (performance.now() - w0 < minMs / 2) fn(); // warm-up: JIT, then measure
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < minMs) { fn(); n++; }
  return (performance.now() - t0) / n;
}

const cases: { title: string; options: (p: SickPeriod[]) => CombineSickPeriodsOptions }[] = [
  { title: 'plain', options: () => ({}) },
  { title: 'work pattern Mon–Fri', options: () => ({ workPattern: [1, 2, 3, 4, 5] }) },
  { title: 'WAZO leave every 100 periods', options: (p) => ({ wazoLeave: p.filter((_, i) => i % 100 === 50).map((x) => ({ from: x.from, to: x.to ?? x.from })) }) },
];

console.log('samentelling — combineSickPeriods, mean of repeated calls');
for (const c of cases) {
  const small = chain(1_000);
  const large = chain(10_000);
  const a = timeMs(() => combineSickPeriods(small, c.options(small)));
  const b = timeMs(() => combineSickPeriods(large, c.options(large)));
  console.log(`  ${c.title.padEnd(32)} 1,000: ${a.toFixed(2).padStart(8)} ms  10,000: ${b.toFixed(2).padStart(8)} ms  ratio ${(b / a).toFixed(1)}× (≤ 12× required)`);
}
