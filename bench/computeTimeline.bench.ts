/**
 * Throughput of computeTimeline, against baselines measured in the same run on the same machine.
 *
 *   npm run bench                 # ~30 s
 *   npm run bench -- --quick      # ~8 s, rougher
 *   node --cpu-prof --cpu-prof-dir=bench/.prof --import tsx bench/computeTimeline.bench.ts --only=a
 *   node bench/summarizeCpuProfile.mjs bench/.prof/*.cpuprofile
 *
 * Method: each case runs for a warm-up period, then for several timed rounds of a fixed duration;
 * the reported ops/s is the median round. Ratios compare medians from this same run, so they are
 * meaningful across machines where absolute numbers are not. Timings never go into tests.
 */
import { computeTimeline } from '../src/timeline/computeTimeline.js';
import { loadavg } from 'node:os';
import { timelineInputSchema, timelineOptionsSchema } from '../src/timeline/timelineSchema.js';
import { parseInput } from '../src/input/zodIssues.js';
import { fromDayNumber, toDayNumber } from '../src/calendar/dayNumber.js';
import { toICalendar } from '../src/export/toICalendar.js';
import { renderTimelineTable } from '../src/cli/renderTimelineTable.js';
import type { TimelineInput } from '../src/timeline/types.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
const WARMUP_MS = quick ? 150 : 500;
const ROUND_MS = quick ? 100 : 300;
const ROUNDS = quick ? 5 : 9;

/** The three cases of the brief. */
const CASES: Record<'a' | 'b' | 'c', { title: string; input: TimelineInput }> = {
  a: { title: 'firstSickDay only', input: { firstSickDay: '2024-01-01' } },
  b: {
    title: '4 sick periods, samentelling',
    input: {
      sickPeriods: [
        { from: '2024-03-25', to: '2024-04-30' },
        { from: '2024-01-01', to: '2024-01-20' },
        { from: '2024-05-20' },
        { from: '2024-02-05', to: '2024-03-10' },
      ],
    },
  },
  c: {
    title: 'asOf + events',
    input: {
      firstSickDay: '2024-01-01',
      asOf: '2025-03-01',
      events: {
        probleemanalyse: '2024-02-01',
        'plan-van-aanpak': '2024-02-12',
        evaluaties: ['2024-03-20', '2024-05-01', '2024-06-10', '2024-07-22', '2024-09-01'],
        'ziekmelding-uwv': '2024-10-15',
        eerstejaarsevaluatie: '2024-12-10',
      },
    },
  },
};

// The contract's offsets from day 1: the bare date arithmetic a timeline needs.
const OFFSETS = [41, 55, 294, 363, 405, 475, 622, 636, 650, 727, 728];

let sink = 0; // keeps results alive so that nothing is optimised away

interface Result { readonly name: string; readonly opsPerSec: number; readonly rounds: readonly number[] }

function measure(name: string, fn: () => unknown): Result {
  const now = (): number => Number(process.hrtime.bigint()) / 1e6;
  const run = (ms: number): number => {
    const start = now();
    let n = 0;
    let batch = 16;
    for (;;) {
      for (let i = 0; i < batch; i++) {
        const r = fn();
        sink += typeof r === 'string' ? r.length : r === undefined ? 0 : 1;
      }
      n += batch;
      const elapsed = now() - start;
      if (elapsed >= ms) return (n * 1000) / elapsed;
      if (elapsed < ms / 10) batch *= 2;
    }
  };
  run(WARMUP_MS);
  const rounds: number[] = [];
  for (let i = 0; i < ROUNDS; i++) rounds.push(run(ROUND_MS));
  const sorted = [...rounds].sort((x, y) => x - y);
  return { name, opsPerSec: sorted[Math.floor(sorted.length / 2)]!, rounds };
}

const fmt = (n: number): string => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1));
const spread = (r: Result): string => {
  const lo = Math.min(...r.rounds);
  const hi = Math.max(...r.rounds);
  return `±${(((hi - lo) / 2 / r.opsPerSec) * 100).toFixed(0)}%`;
};
const print = (r: Result): void => {
  console.log(`  ${r.name.padEnd(46)} ${fmt(r.opsPerSec).padStart(12)} ops/s ${(1e6 / r.opsPerSec).toFixed(2).padStart(10)} µs/op  ${spread(r)}`);
};

console.log(`poortwachter bench — node ${process.version}, ${process.platform}/${process.arch}; warm-up ${WARMUP_MS} ms, ${ROUNDS} rounds × ${ROUND_MS} ms, median`);
// Absolute numbers depend on the machine and its load; the ratios below are the thing to compare.
console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} (a busy machine inflates all timings and their spread)\n`);

// The floor must do the same work: the 11 due dates of case (a), from integer day numbers.
{
  const d = toDayNumber('2024-01-01');
  const floor = OFFSETS.map((o) => fromDayNumber(d + o));
  const real = computeTimeline(CASES.a.input).milestones.map((m) => m.due);
  if (JSON.stringify(floor) !== JSON.stringify(real)) {
    console.error(`the integer floor does not produce computeTimeline's dates:\n  floor ${floor.join(' ')}\n  real  ${real.join(' ')}`);
    process.exit(1);
  }
}

console.log('Baselines');
const dayLoop = measure('day-number loop (11 offsets → ISO dates)', () => {
  const d = toDayNumber('2024-01-01');
  let s = '';
  for (const o of OFFSETS) s = fromDayNumber(d + o);
  return s;
});
print(dayLoop);

const ratios: string[] = [];
for (const key of ['a', 'b', 'c'] as const) {
  if (only !== undefined && only !== key) continue;
  const { title, input } = CASES[key];
  console.log(`\n(${key}) ${title}`);
  // Exactly the boundary validation computeTimeline does first (parseInput = zod safeParse + issue mapping).
  const zod = measure('zod parse of the input and options alone', () => {
    parseInput(timelineInputSchema, input, 'computeTimeline');
    return parseInput(timelineOptionsSchema, {}, 'computeTimeline', ['options']);
  });
  print(zod);
  const full = measure('computeTimeline', () => computeTimeline(input));
  print(full);
  ratios.push(
    `(${key}) computeTimeline = ${(zod.opsPerSec / full.opsPerSec).toFixed(1)}× zod parse (zod is ${((full.opsPerSec / zod.opsPerSec) * 100).toFixed(0)}% of its time)` +
    ` = ${(dayLoop.opsPerSec / full.opsPerSec).toFixed(0)}× the day-number loop; ${fmt(full.opsPerSec)} ops/s`,
  );
  if (key === 'a') {
    const t = computeTimeline(input);
    const ics = measure('toICalendar (incl. its own validation)', () => toICalendar(t));
    print(ics);
    const table = measure('renderTimelineTable', () => renderTimelineTable(t));
    print(table);
    const json = measure('JSON.stringify(timeline)', () => JSON.stringify(t));
    print(json);
    ratios.push(`(a) toICalendar = ${(full.opsPerSec / ics.opsPerSec).toFixed(1)}× computeTimeline; renderTimelineTable = ${(full.opsPerSec / table.opsPerSec).toFixed(1)}× computeTimeline`);
  }
}

console.log('\nRatios (same run, medians)');
for (const r of ratios) console.log(`  ${r}`);
if (sink === -1) console.log(sink);
