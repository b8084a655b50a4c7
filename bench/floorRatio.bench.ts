/**
 * Issue 11: computeTimeline against its integer floor, on random inputs, as ratios measured in one run.
 *
 *   npx tsx bench/floorRatio.bench.ts            # ~25 s
 *   npx tsx bench/floorRatio.bench.ts --quick    # ~8 s, rougher
 *   npx tsx bench/floorRatio.bench.ts --base=/path/to/other/checkout   # A/B: also that checkout's computeTimeline
 *
 * The floor of an input is the bare day-number arithmetic that produces its 11 ISO due dates:
 * day 1 as a day number, plus the 11 offsets of the statutory timeline, each converted with
 * `fromDayNumber` (the same conversion 0.1.0 used; checked below to give computeTimeline's dates for
 * the single-period set). computeTimeline does everything else too: validation, samentelling, labels,
 * legal basis, status, explanation, 14 evaluations.
 *
 * Method (a busy machine): the floor and computeTimeline run in alternating slices of ~20 ms over the
 * same pre-generated inputs (so load hits both alike); each pair of slices gives one ratio
 * (floor time per input / computeTimeline time per input); the median ratio is reported with its
 * quartiles. Goals (issue 11): ≥ 0.45 on random single-period cases, ≥ 0.30 on the mix.
 * With `--base=<checkout>` the computeTimeline of another checkout (e.g. the main branch) runs in the
 * same rotation (floor, this code, base, in turn first): its ratio and the speed-up of this code over
 * it come from the same slices, which is the comparison to trust on a loaded machine.
 * Timings never go into tests.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { computeTimeline } from '../src/timeline/computeTimeline.js';
import { fromDayNumber, toDayNumber } from '../src/calendar/dayNumber.js';
import type { TimelineInput } from '../src/timeline/types.js';

const quick = process.argv.includes('--quick');
const baseArg = process.argv.find((a) => a.startsWith('--base='))?.slice(7);
type TimelineFn = (input: TimelineInput) => { readonly milestones: readonly unknown[] };
const baseTimeline: TimelineFn | undefined = baseArg === undefined ? undefined
  : ((await import(pathToFileURL(resolve(baseArg, 'src/timeline/computeTimeline.ts')).href)) as { computeTimeline: TimelineFn }).computeTimeline;
const PAIRS = quick ? 25 : 81;
const SLICE_MS = 20;
const N = 256;
// The contract's offsets from day 1 (probleemanalyse … wia-ingang), rule sets from 2013-07-01 on.
const OFFSETS = [41, 55, 294, 363, 405, 475, 622, 636, 650, 727, 728];

/** mulberry32: the same inputs on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(11);
const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
const LO = toDayNumber('2014-01-01');
const HI = toDayNumber('2040-12-31');

/** Random single-period cases: `{ firstSickDay }` only. */
const single: { input: TimelineInput; day1: number }[] = [];
for (let i = 0; i < N; i++) {
  const d = int(LO, HI);
  single.push({ input: { firstSickDay: fromDayNumber(d) }, day1: d });
}

/** The mix: a third single periods with asOf, a third 2–4 sick periods (samentelling), a third events and asOf. */
const mix: { input: TimelineInput; day1: number }[] = [];
for (let i = 0; i < N; i++) {
  const d = int(LO, HI);
  const kind = i % 3;
  if (kind === 0) {
    mix.push({ input: { firstSickDay: fromDayNumber(d), asOf: fromDayNumber(d + int(0, 800)) }, day1: d });
  } else if (kind === 1) {
    const periods: { from: string; to?: string }[] = [];
    let s = d;
    const n = int(2, 4);
    for (let k = 0; k < n; k++) {
      const len = int(3, 60);
      periods.push(k === n - 1 ? { from: fromDayNumber(s) } : { from: fromDayNumber(s), to: fromDayNumber(s + len - 1) });
      s += len + int(1, 27);
    }
    mix.push({ input: { sickPeriods: periods, ...(rand() < 0.5 ? { asOf: fromDayNumber(s + int(0, 300)) } : {}) }, day1: d });
  } else {
    const asOf = d + int(60, 700);
    const pa = d + int(20, 41);
    const events: Record<string, unknown> = { probleemanalyse: fromDayNumber(pa), 'plan-van-aanpak': fromDayNumber(pa + int(5, 14)) };
    const evals: string[] = [];
    for (let e = pa + 56; e < asOf && evals.length < 6; e += int(30, 45)) evals.push(fromDayNumber(e));
    events['evaluaties'] = evals;
    if (asOf > d + 300) events['ziekmelding-uwv'] = fromDayNumber(d + int(280, 294));
    mix.push({ input: { firstSickDay: fromDayNumber(d), asOf: fromDayNumber(asOf), events: events as TimelineInput['events'] }, day1: d });
  }
}

// The floor must produce computeTimeline's dates (single-period set).
for (const c of single) {
  const floor = OFFSETS.map((o) => fromDayNumber(c.day1 + o)).join(' ');
  const real = computeTimeline(c.input).milestones.map((m) => m.due).join(' ');
  if (floor !== real) {
    console.error(`floor and computeTimeline disagree for ${JSON.stringify(c.input)}:\n  floor ${floor}\n  real  ${real}`);
    process.exit(1);
  }
}

let sink = 0;
function floorPass(cases: readonly { day1: number }[]): void {
  for (let i = 0; i < cases.length; i++) {
    const d = cases[i]!.day1;
    for (let j = 0; j < OFFSETS.length; j++) sink += fromDayNumber(d + OFFSETS[j]!).length;
  }
}
function timelinePass(cases: readonly { input: TimelineInput }[]): void {
  for (let i = 0; i < cases.length; i++) sink += computeTimeline(cases[i]!.input).milestones.length;
}

const now = (): number => Number(process.hrtime.bigint()) / 1e6;
/** Time per input (ms) of passes over `cases` for about `ms`. */
function slice(pass: () => void, inputs: number, ms: number): number {
  const start = now();
  let n = 0;
  do {
    pass();
    n++;
  } while (now() - start < ms);
  return (now() - start) / (n * inputs);
}

function basePass(cases: readonly { input: TimelineInput }[]): void {
  for (let i = 0; i < cases.length; i++) sink += baseTimeline!(cases[i]!.input).milestones.length;
}

interface Ratio { median: number; q1: number; q3: number; floorUs: number; fullUs: number }
const med = (xs: number[], q = 0.5): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * q)]!;
const summary = (xs: number[]): string => `${med(xs).toFixed(3)}× (quartiles ${med(xs, 0.25).toFixed(3)}–${med(xs, 0.75).toFixed(3)})`;

function ratio(name: string, cases: readonly { input: TimelineInput; day1: number }[]): Ratio {
  const passes = [(): void => floorPass(cases), (): void => timelinePass(cases), ...(baseTimeline === undefined ? [] : [(): void => basePass(cases)])];
  for (let w = 0; w < (quick ? 10 : 25); w++) for (const p of passes) slice(p, cases.length, SLICE_MS);
  const ratios: number[] = [];
  const floors: number[] = [];
  const fulls: number[] = [];
  const baseRatios: number[] = [];
  const speedUps: number[] = [];
  for (let i = 0; i < PAIRS; i++) {
    // Rotate which goes first, so that none always follows a GC of another.
    const t: number[] = [];
    for (let k = 0; k < passes.length; k++) {
      const j = (i + k) % passes.length;
      t[j] = slice(passes[j]!, cases.length, SLICE_MS);
    }
    ratios.push(t[0]! / t[1]!);
    floors.push(t[0]!);
    fulls.push(t[1]!);
    if (t[2] !== undefined) {
      baseRatios.push(t[0]! / t[2]);
      speedUps.push(t[2] / t[1]!);
    }
  }
  const r = { median: med(ratios), q1: med(ratios, 0.25), q3: med(ratios, 0.75), floorUs: med(floors) * 1000, fullUs: med(fulls) * 1000 };
  console.log(`  ${name.padEnd(34)} ${summary(ratios)} the floor; floor ${r.floorUs.toFixed(2)} µs, computeTimeline ${r.fullUs.toFixed(2)} µs per input`);
  if (baseTimeline !== undefined) console.log(`  ${''.padEnd(34)} base ${summary(baseRatios)} the floor; speed-up over base ${summary(speedUps)}`);
  return r;
}

console.log(`issue 11 ratios — node ${process.version}; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}; ${N} inputs per set, ${PAIRS} slice pairs of ${SLICE_MS} ms, median`);
const a = ratio('random single-period (goal ≥ 0.45)', single);
const b = ratio('mix periods/events/asOf (≥ 0.30)', mix);
console.log(`  goals: single ${a.median >= 0.45 ? 'met' : 'NOT met'}, mix ${b.median >= 0.30 ? 'met' : 'NOT met'}`);
if (sink === -1) console.log(sink);
