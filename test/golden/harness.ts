/**
 * The golden-output harness (issue 10, "freeze behaviour"): every public function run over
 * (a) the inputs the existing tests and docs examples pass (test/golden/seeds.json, recorded once),
 * (b) a fixed-seed generated corpus (fast-check `fc.sample` with a fixed seed).
 *
 * `renderGolden(name)` returns the exact text of `test/golden/data/<name>.jsonl`; the generator
 * (scripts/golden.ts, `npm run golden:update`) writes it, test/golden/golden.test.ts compares it
 * byte for byte. One case a line: `{"in":…,"out":…}` so a changed outcome shows as a changed line.
 *
 * What a line holds (to keep the files small while still catching every change):
 * - `out.ok` — the result with every string longer than 40 characters and every `{nl, en}` text
 *   left out (dates, codes, statuses, ids, numbers stay readable in a diff);
 * - `out.sha` — sha-256 (first 16 hex) of the FULL result JSON, so a changed text fails too;
 * - `out.full` — the full result, for the first {@link FULL_CASES} cases of each function;
 * - `out.error` — for a `PoortwachterError`: its issues and the sha of its message; `out.crash` — any other throw;
 * - `safe` — `"agrees"` when the `safe*` twin returns the same result or the same issues, else what
 *   it returned (checked on every failing case and every 10th succeeding one).
 */
import { createHash } from 'node:crypto';
import { fc } from '@fast-check/vitest';
import * as api from '../../src/index.js';
import { PoortwachterError } from '../../src/errors/index.js';
import { addDays } from '../../src/calendar/addDays.js';
import { readFileSync } from 'node:fs';

/** Cases of each function whose full result is written out. */
export const FULL_CASES = 3;
/** The fast-check seed of the generated corpus. Changing it rewrites every golden. */
export const GOLDEN_SEED = 20240301;

type Args = unknown[];
/** A case: the arguments, or (for functions of a timeline) the timeline's own input plus the rest. */
type Case = Args | { viaTimeline: Args; rest: Args };

const seeds = JSON.parse(readFileSync(new URL('./seeds.json', import.meta.url), 'utf8')) as Record<string, Args[]>;
const anyApi = api as unknown as Record<string, (...a: unknown[]) => unknown>;

interface GoldenSpec {
  readonly name: string;
  readonly safe?: string;
  /** How many generated cases (besides the seeds). */
  readonly generated: number;
  /** Extra generator for this function (else: mutations of its seeds). */
  readonly gen?: (n: number) => Case[];
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Shifts every ISO date in a JSON value by `k` days (dates outside 1900–2999 stay as they are). */
function shiftDates(v: unknown, k: number): unknown {
  if (typeof v === 'string') {
    if (!ISO.test(v) || k === 0) return v;
    try {
      return addDays(v, k);
    } catch {
      return v;
    }
  }
  if (Array.isArray(v)) return v.map((x) => shiftDates(x, k));
  if (v !== null && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [key, x] of Object.entries(v)) o[key] = shiftDates(x, k);
    return o;
  }
  return v;
}

/** All paths to leaves and objects (not the root) of a JSON value. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(v)) v.forEach((x, i) => { out.push([...at, i]); paths(x, [...at, i], out); });
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.push([...at, k]); paths(x, [...at, k], out); }
  return out;
}

/** Replaces the value at a path by a related value chosen with `r` (a fixed random number). */
function perturb(root: unknown, path: (string | number)[], r: number): unknown {
  if (path.length === 0) return root;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const seg of path.slice(0, -1)) parent = parent[seg] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const v = parent[last];
  const pick = r % 6;
  if (pick === 0 && !Array.isArray(parent)) { delete parent[last]; return copy; }
  if (typeof v === 'boolean') parent[last] = !v;
  else if (typeof v === 'number') parent[last] = [v + 1, v - 1, v * 2, 0, -1, v + 0.5][pick];
  else if (typeof v === 'string') {
    if (ISO.test(v)) parent[last] = shiftDates(v, [1, -1, 7, -7, 30, 183][pick]!);
    else parent[last] = ['', 'unknown', v.toUpperCase(), v, 'yes', 'en'][pick];
  } else if (Array.isArray(v)) parent[last] = pick % 2 === 0 ? v.slice(0, -1) : [...v, ...v.slice(0, 1)];
  else if (v === null || v === undefined) parent[last] = [null, 0, '', true, '2024-01-01', {}][pick];
  else if (typeof v === 'object') parent[last] = pick === 1 ? {} : v;
  return copy;
}

/** Generated cases from a function's seeds: all dates shifted, then up to two values perturbed. */
function mutations(name: string, n: number): Case[] {
  const base = seeds[name] ?? [];
  if (base.length === 0 || n === 0) return [];
  const arb = fc.record({
    seed: fc.nat(),
    shift: fc.oneof(fc.constant(0), fc.integer({ min: -800, max: 800 })),
    edits: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 2 }),
  });
  return fc.sample(arb, { seed: GOLDEN_SEED, numRuns: n }).map(({ seed, shift, edits }) => {
    let args = shiftDates(base[seed % base.length], shift) as Args;
    for (const [p, r] of edits) {
      const ps = paths(args);
      if (ps.length > 0) args = perturb(args, ps[p % ps.length]!, r) as Args;
    }
    return args;
  });
}

const dayArb = fc.integer({ min: 0, max: 365 * 60 }).map((d) => addDays('2004-01-01', d));

/** Timeline inputs: chains of sick periods (or a first sick day), asOf, AOW date, leave, options. */
const timelineArgsArb: fc.Arbitrary<Args> = fc
  .record({
    start: dayArb,
    parts: fc.array(fc.record({ len: fc.integer({ min: 1, max: 400 }), gap: fc.integer({ min: 1, max: 40 }) }), { maxLength: 5 }),
    openLast: fc.boolean(),
    firstSickDayForm: fc.boolean(),
    asOf: fc.option(fc.integer({ min: -30, max: 1200 }), { nil: undefined }),
    aow: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
    leave: fc.option(fc.integer({ min: 20, max: 200 }), { nil: undefined }),
    pattern: fc.option(fc.constantFrom([1, 2, 3, 4, 5], [1, 3, 5], [6, 7], [2, 3, 4, 5, 6]), { nil: undefined }),
    locale: fc.option(fc.constantFrom('nl', 'en'), { nil: undefined }),
    dueSoonDays: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    ziek: fc.option(fc.constantFrom('statutory', 'uwv-first-working-day'), { nil: undefined }),
    pa: fc.option(fc.constantFrom('end-of-week-6', 'six-weeks-after'), { nil: undefined }),
    opzeg: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map((g) => {
    const input: Record<string, unknown> = {};
    if (g.firstSickDayForm && g.parts.length === 0) input['firstSickDay'] = g.start;
    else {
      const periods: { from: string; to?: string }[] = [];
      let at = g.start;
      g.parts.forEach((p, i) => {
        const to = addDays(at, p.len - 1);
        const last = i === g.parts.length - 1;
        periods.push(last && g.openLast ? { from: at } : { from: at, to });
        at = addDays(to, p.gap + 1);
      });
      if (periods.length === 0 || periods[periods.length - 1]!.to !== undefined) periods.push({ from: at });
      input['sickPeriods'] = periods;
    }
    const lastStart = input['sickPeriods'] ? (input['sickPeriods'] as { from: string }[]).at(-1)!.from : g.start;
    if (g.asOf !== undefined) input['asOf'] = addDays(lastStart, g.asOf);
    if (g.aow !== undefined) input['aowDate'] = addDays(g.start, g.aow);
    if (g.leave !== undefined) input['wazoLeave'] = [{ from: addDays(g.start, g.leave), to: addDays(g.start, g.leave + 111) }];
    if (g.pattern !== undefined) input['workPattern'] = g.pattern;
    const options: Record<string, unknown> = {};
    if (g.locale !== undefined) options['locale'] = g.locale;
    if (g.dueSoonDays !== undefined) options['dueSoonDays'] = g.dueSoonDays;
    if (g.ziek !== undefined) options['ziekmeldingConvention'] = g.ziek;
    if (g.pa !== undefined) options['probleemanalyseConvention'] = g.pa;
    if (g.opzeg !== undefined) options['includeOpzegverbod'] = g.opzeg;
    return Object.keys(options).length > 0 ? [input, options] : [input];
  });

/** Functions of a timeline: a generated timeline input, and the other arguments of a seed moved to its dates. */
function viaTimeline(name: string, n: number): Case[] {
  const base = (seeds[name] ?? []).filter((a) => a[0] !== null && typeof a[0] === 'object' && typeof (a[0] as { firstSickDay?: unknown }).firstSickDay === 'string');
  const arb = fc.tuple(timelineArgsArb, fc.nat(), fc.integer({ min: -60, max: 900 }));
  return fc.sample(arb, { seed: GOLDEN_SEED + 1, numRuns: n }).map(([tl, pick, extra]) => {
    const seed = base[pick % base.length]!;
    const first = (seed[0] as { firstSickDay: string }).firstSickDay;
    const input = tl[0] as { firstSickDay?: string; sickPeriods?: { from: string }[] };
    const newFirst = input.firstSickDay ?? input.sickPeriods![0]!.from;
    const k = api.differenceInDays(newFirst, first) + (pick % 3 === 0 ? extra : 0);
    return { viaTimeline: tl, rest: shiftDates(seed.slice(1), k) as Args };
  });
}

/** The golden functions, in a fixed order. */
export const GOLDEN_SPECS: readonly GoldenSpec[] = [
  { name: 'computeTimeline', safe: 'safeComputeTimeline', generated: 1800, gen: (n) => [...fc.sample(timelineArgsArb, { seed: GOLDEN_SEED, numRuns: n - 300 }), ...mutations('computeTimeline', 300)] },
  { name: 'combineSickPeriods', generated: 400 },
  { name: 'determineFirstSickDay', generated: 200 },
  { name: 'checkPassendWerk', safe: 'safeCheckPassendWerk', generated: 150 },
  { name: 'checkSpoor2Readiness', safe: 'safeCheckSpoor2Readiness', generated: 150 },
  { name: 'listObligations', safe: 'safeListObligations', generated: 30 },
  { name: 'checkNonCooperation', safe: 'safeCheckNonCooperation', generated: 200 },
  { name: 'listRemedies', safe: 'safeListRemedies', generated: 50 },
  { name: 'auditReIntegratieverslag', safe: 'safeAuditReIntegratieverslag', generated: 100 },
  { name: 'computeLoonsanctie', safe: 'safeComputeLoonsanctie', generated: 200 },
  { name: 'computeVrijwilligeVerlenging', safe: 'safeComputeVrijwilligeVerlenging', generated: 200 },
  { name: 'checkVervroegdeIva', safe: 'safeCheckVervroegdeIva', generated: 200 },
  { name: 'computeLateWiaAanvraag', safe: 'safeComputeLateWiaAanvraag', generated: 200 },
  { name: 'computeOpzegverbod', safe: 'safeComputeOpzegverbod', generated: 200 },
  { name: 'computeVangnetMelding', safe: 'safeComputeVangnetMelding', generated: 200 },
  { name: 'applyEndOfWachttijdEvents', generated: 300, gen: (n) => viaTimeline('applyEndOfWachttijdEvents', n) },
  { name: 'toICalendar', generated: 150, gen: (n) => viaTimeline('toICalendar', n) },
];

/**
 * The legal outcome as data: `{nl, en}` texts, strings over 24 characters and empty objects left
 * out, a legal reference (an object with `bwbId`) shown by its `id`. The sha covers the rest.
 */
function project(v: unknown): unknown {
  if (typeof v === 'string') return v.length > 24 ? undefined : v;
  if (Array.isArray(v)) return v.map(project);
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v);
    if (keys.length === 2 && keys.includes('nl') && keys.includes('en')) return undefined;
    if (keys.includes('bwbId')) return (v as { id?: unknown }).id;
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const p = project(x);
      if (p !== undefined && !(p !== null && typeof p === 'object' && !Array.isArray(p) && Object.keys(p).length === 0)) o[k] = p;
    }
    return o;
  }
  return v;
}

/** A timeline (of computeTimeline, applyEndOfWachttijdEvents): each milestone and evaluation on one short line. */
function projectTimeline(t: Record<string, unknown>): unknown {
  const line = (m: Record<string, unknown>): string =>
    [m['id'] ?? m['sequence'], m['due'], m['windowFrom'] ?? '-', m['status'], m['done'] ?? '-'].join(' ');
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(t)) {
    if (k === 'milestones' || k === 'evaluations') o[k] = (v as Record<string, unknown>[]).map(line);
    // A trace step as one line: rule, outcome and outputs (the sha covers the rest of the step).
    else if (k === 'trace') o[k] = (v as { rule: string; outcome: string; outputs: unknown }[]).map((s) => `${s.rule} ${s.outcome} ${JSON.stringify(s.outputs)}`);
    else if (k === 'ruleSet') o[k] = (v as { id: string }).id;
    else if (v !== undefined) o[k] = project(v);
  }
  return o;
}

const sha = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 16);

type Outcome = { ok: unknown; sha: string; full?: unknown } | { error: { sha: string; issues: unknown } } | { crash: string };

/**
 * `GOLDEN_OMIT=trace,refs npx vitest run --project tz:UTC test/golden` compares with these keys left
 * out of every result: the proof that a change only ADDED those fields (run it against the goldens of
 * before the change, then regenerate). Never set in CI.
 */
const OMIT: ReadonlySet<string> = new Set((process.env['GOLDEN_OMIT'] ?? '').split(',').filter((k) => k !== ''));
const omit = OMIT.size === 0 ? undefined : (k: string, v: unknown): unknown => (OMIT.has(k) ? undefined : v);

function outcome(run: () => unknown, full: boolean, timeline = false): { out: Outcome; value?: unknown; error?: PoortwachterError } {
  try {
    const raw = run();
    const value = omit === undefined || typeof raw !== 'object' || raw === null ? raw : JSON.parse(JSON.stringify(raw, omit));
    const json = JSON.stringify(value);
    const out: Outcome = typeof value === 'string'
      ? { ok: `${value.length} chars`, sha: sha(json) }
      : { ok: (timeline ? projectTimeline : project)(JSON.parse(json ?? 'null')), sha: sha(json ?? 'undefined') };
    if (full) out.full = value;
    // The result itself (not its omitted copy) goes on: a timeline feeds applyEndOfWachttijdEvents and toICalendar.
    return { out, value: raw };
  } catch (e) {
    if (e instanceof PoortwachterError) return { out: { error: { sha: sha(e.message), issues: e.issues } }, error: e };
    return { out: { crash: e instanceof Error ? `${e.name}: ${e.message}` : String(e) } };
  }
}

/** The cases of one function: its seeds, then the generated corpus. */
export function goldenCases(spec: GoldenSpec): Case[] {
  const seedCases: Case[] = spec.name === 'applyEndOfWachttijdEvents' || spec.name === 'toICalendar'
    ? (seeds[spec.name] ?? []).slice(0, 12)
    : (seeds[spec.name] ?? []);
  return [...seedCases, ...(spec.gen ? spec.gen(spec.generated) : mutations(spec.name, spec.generated))];
}

/** The text of `test/golden/data/<name>.jsonl`. */
export function renderGolden(spec: GoldenSpec, stride = 1): string {
  const fn = anyApi[spec.name]!;
  const safe = spec.safe ? anyApi[spec.safe] : undefined;
  const lines = goldenCases(spec).map((c, i) => {
    if (i % stride !== 0) return '';
    let args: Args;
    let shownIn: unknown = c;
    if (!Array.isArray(c)) {
      const tl = outcome(() => api.computeTimeline(...(c.viaTimeline as Parameters<typeof api.computeTimeline>)), false);
      if (tl.value === undefined) return JSON.stringify({ in: c, out: { timeline: tl.out } });
      args = [tl.value, ...c.rest];
      shownIn = c;
    } else args = c;
    const r = outcome(() => fn(...structuredClone(args)), i < FULL_CASES, spec.name === 'computeTimeline' || spec.name === 'applyEndOfWachttijdEvents');
    const line: Record<string, unknown> = { in: shownIn, out: r.out };
    // The safe* twin: on every failure, and on every 10th success (it only wraps the same call).
    if (safe && (r.value === undefined || i % 10 === 0)) {
      let s: { success: boolean; data?: unknown; issues?: unknown; error?: PoortwachterError };
      try {
        s = safe(...structuredClone(args)) as typeof s;
      } catch (e) {
        line['safe'] = { crash: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
        return JSON.stringify(line);
      }
      const agrees = s.success
        ? r.value !== undefined && JSON.stringify(s.data, omit) === JSON.stringify(r.value, omit)
        : r.error !== undefined && s.error?.message === r.error.message && JSON.stringify(s.issues) === JSON.stringify(r.error.issues);
      line['safe'] = agrees ? 'agrees' : s.success ? { success: true, sha: sha(JSON.stringify(s.data)) } : { success: false, issues: s.issues };
    }
    return JSON.stringify(line);
  });
  return stride === 1 ? lines.join('\n') + '\n' : lines.filter((_, i) => i % stride === 0).join('\n');
}
