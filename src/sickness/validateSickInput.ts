import { describeValue } from '../errors/describeValue.js';
import * as z from 'zod';
import { toDayNumber } from '../calendar/dayNumber.js';
import { MAX_DAY, outOfRangeMessage } from '../calendar/dateRange.js';
import { isoDateSchema } from '../input/zodIssues.js';
import type { InputIssue } from '../errors/PoortwachterError.js';
import { buildChains, nextPatternDay, type Chain, type RawPeriod } from './sickClock.js';
import type { CauseExceptionScope, SickPeriod, WazoLeave, WorkPattern } from './types.js';
import { formatDate } from './formatDate.js';
import { phrase } from './messages.js';

/** zod schema of one sick period. @internal */
export const sickPeriodSchema = z.strictObject({
  from: isoDateSchema,
  to: isoDateSchema.optional(),
  cause: z.string().min(1).optional(),
  pregnancyRelated: z.boolean().optional(),
});

/** zod schema of one WAZO leave period. @internal */
export const wazoLeaveSchema = z.strictObject({ from: isoDateSchema, to: isoDateSchema });

/** zod schema of a work pattern. @internal */
export const workPatternSchema = z.preprocess(
  normalizeWorkPattern,
  z.array(
    z.custom<1 | 2 | 3 | 4 | 5 | 6 | 7>((v) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 7, {
      error: (iss) => `not a weekday: ${describeValue(iss.input, true)} (use 1 = Monday … 7 = Sunday, or a day name such as 'monday' or 'ma')`,
    }),
    { error: "expected weekdays: 1 (Monday) … 7 (Sunday), day names, or { monday: true, … }" },
  ).min(1, { error: 'must name at least one working day (1 = Monday … 7 = Sunday)' }),
);

const DAY_NAMES: Readonly<Record<string, number>> = Object.freeze({
  monday: 1, mon: 1, maandag: 1, ma: 1,
  tuesday: 2, tue: 2, dinsdag: 2, di: 2,
  wednesday: 3, wed: 3, woensdag: 3, wo: 3,
  thursday: 4, thu: 4, donderdag: 4, do: 4,
  friday: 5, fri: 5, vrijdag: 5, vr: 5,
  saturday: 6, sat: 6, zaterdag: 6, za: 6,
  sunday: 7, sun: 7, zondag: 7, zo: 7,
});

/**
 * Accepts the usual ways to write working days and turns them into ISO weekdays: numbers 1–7 (0 is
 * read as Sunday, as in JavaScript's getDay), English or Dutch day names (full or short), or an
 * object `{ monday: true, … }`. Anything else is passed on unchanged for the schema to reject.
 *
 * @internal
 */
function normalizeWorkPattern(value: unknown): unknown {
  const day = (d: unknown): unknown => (d === 0 ? 7 : typeof d === 'string' ? DAY_NAMES[d.trim().toLowerCase()] ?? d : d);
  if (Array.isArray(value)) return [...new Set(value.map(day))];
  if (value !== null && typeof value === 'object') {
    const out: unknown[] = [];
    for (const [k, v] of Object.entries(value)) {
      if (v === true) out.push(day(k));
      else if (v !== false) return value;
    }
    return out;
  }
  return value;
}

/** The validated, day-numbered sick input and its chains. @internal */
export interface SickModel {
  readonly periods: readonly RawPeriod[];
  readonly leave: readonly { start: number; end: number }[];
  readonly chains: readonly Chain[];
  /** Notices about moved or dropped periods. */
  readonly notices: { nl: string; en: string }[];
}

/** The longest list of sick periods or WAZO leave periods accepted. @internal */
export const MAX_SICK_PERIODS = 10_000;

type Path = readonly (string | number)[];
interface LeaveDays { start: number; end: number; index: number }

/**
 * Semantic validation and model building for sick periods (after the zod shape check): `to` not
 * before `from`, no overlaps, at most one open period and only as the latest, leave valid.
 * Pushes issues (with `basePath`) and returns the model when there are none.
 *
 * @internal
 */
export function buildSickModel(
  input: readonly SickPeriod[],
  leaveInput: readonly WazoLeave[],
  basePath: Path,
  leavePath: Path,
  asOf: number | undefined,
  causeScope: CauseExceptionScope,
  workPattern: WorkPattern | undefined,
  issues: InputIssue[],
): SickModel | undefined {
  // Totality: a list far beyond any real case is rejected before the overlap checks (100 000
  // overlapping periods took minutes).
  if (input.length > MAX_SICK_PERIODS || leaveInput.length > MAX_SICK_PERIODS) {
    const [path, n] = input.length > MAX_SICK_PERIODS ? [basePath, input.length] : [leavePath, leaveInput.length];
    issues.push({ path: [...path], code: 'invalid_value', message: `at most ${MAX_SICK_PERIODS} periods, got ${n}` });
    return undefined;
  }
  if (input.length === 1 && leaveInput.length === 0 && workPattern === undefined && issues.length === 0) {
    const single = singlePeriodModel(input[0]!, asOf);
    if (single !== undefined) return single;
  }
  const notices: { nl: string; en: string }[] = [];
  // 1. Check the periods as given (overlaps on the input dates, before any work-pattern move).
  const given = checkGivenPeriods(input, basePath, asOf, issues);
  // 2. WIA 23 lid 2: a sickness that starts on a non-working day starts on the next working day.
  const raw = applyWorkPattern(given, input, basePath, workPattern, notices, issues);
  if (raw.length === 0 && input.length > 0 && issues.length === 0) {
    issues.push({ path: [...basePath], code: 'invalid_value', message: 'no period contains a working day of the work pattern' });
  }
  if (input.length === 0) issues.push({ path: [...basePath], code: 'missing', message: 'at least one sick period is required' });
  const leave = checkLeave(leaveInput, leavePath, issues);
  if (issues.length > 0) return undefined;
  const chains = buildChains(raw, leave, causeScope);
  if (chains.length === 0) {
    issues.push({ path: [...basePath], code: 'invalid_value', message: 'every sick day falls within WAZO leave; there is no wachttijd' });
    return undefined;
  }
  return { periods: raw, leave, chains, notices };
}

/**
 * The model of one valid sick period without leave or work pattern (the common case, issue 11):
 * what the general path builds for it, without its sorting, lists and chain search. `undefined`
 * when the period has a problem (the general path reports it).
 */
function singlePeriodModel(p: SickPeriod, asOf: number | undefined): SickModel | undefined {
  const start = toDayNumber(p.from);
  const end = p.to === undefined ? Infinity : toDayNumber(p.to);
  if (end < start || (asOf !== undefined && start > asOf)) return undefined;
  const period: RawPeriod = { start, end, cause: p.cause, pregnancyRelated: p.pregnancyRelated === true, index: 0 };
  return { periods: [period], leave: [], chains: [{ spans: [{ start, end, cause: p.cause, index: 0 }] }], notices: [] };
}

/** The periods as day numbers, sorted by start; `to` before `from`, a start after asOf, overlaps and open periods are issues. */
function checkGivenPeriods(input: readonly SickPeriod[], basePath: Path, asOf: number | undefined, issues: InputIssue[]): RawPeriod[] {
  const given: RawPeriod[] = [];
  let openCount = 0;
  input.forEach((p, index) => {
    const start = toDayNumber(p.from);
    const end = p.to === undefined ? Infinity : toDayNumber(p.to);
    if (end < start) {
      issues.push({ path: [...basePath, index, 'to'], code: 'end_before_start', message: `ends before it starts (${p.to} < ${p.from})` });
      return;
    }
    if (end === Infinity) openCount++;
    if (asOf !== undefined && start > asOf) {
      issues.push({ path: [...basePath, index, 'from'], code: 'inconsistent', message: `starts after asOf (${p.from} > ${formatDate(asOf)})` });
      return;
    }
    given.push({ start, end, cause: p.cause, pregnancyRelated: p.pregnancyRelated === true, index });
  });
  if (openCount > 1) {
    issues.push({ path: [...basePath], code: 'open_period', message: `${openCount} periods have no 'to'; only the latest period may be open` });
  }
  // Usually given in order: then the (stable) sort would change nothing.
  let sorted = true;
  for (let i = 1; i < given.length && sorted; i++) sorted = given[i - 1]!.start <= given[i]!.start;
  if (!sorted) given.sort((a, b) => a.start - b.start);
  for (let i = 1; i < given.length; i++) {
    const prev = given[i - 1]!;
    const cur = given[i]!;
    if (cur.start <= prev.end) {
      if (prev.end === Infinity && openCount <= 1) {
        issues.push({ path: [...basePath, prev.index, 'to'], code: 'open_period', message: `is open but period [${cur.index}] starts later; only the latest period may be open` });
      } else if (prev.end !== Infinity) {
        issues.push({ path: [...basePath, cur.index], code: 'overlap', message: `overlaps period [${prev.index}] (${formatDate(cur.start)} ≤ ${formatDate(prev.end)})` });
      }
    }
  }
  return given;
}

/**
 * WIA 23 lid 2: a sickness that starts on a non-working day starts on the next working day. A
 * period that directly continues a counted period (no day in between) is the same sickness and is
 * not moved; a period without a working day is dropped (a notice).
 */
function applyWorkPattern(
  given: readonly RawPeriod[], input: readonly SickPeriod[], basePath: Path, workPattern: WorkPattern | undefined,
  notices: { nl: string; en: string }[], issues: InputIssue[],
): RawPeriod[] {
  if (workPattern === undefined) return given.slice(); // nothing moves
  const raw: RawPeriod[] = [];
  for (const p of given) {
    let start = p.start;
    const prevKept = raw[raw.length - 1];
    // A kept period keeps its `end` (only `start` moves), so the previous kept period's own end is
    // the one to compare (was a search through all periods: quadratic in the number of periods).
    const continues = prevKept !== undefined && prevKept.end + 1 === p.start;
    if (workPattern !== undefined && !continues) {
      const src = input[p.index]!;
      const moved = nextPatternDay(start, workPattern);
      if (moved > p.end) {
        notices.push(phrase('periodHasNoWorkingDayIn', { from: src.from, to: formatDate(p.end) })); // closed: an open period has a working day
        continue;
      }
      if (moved > MAX_DAY) {
        issues.push({ path: [...basePath, p.index, 'from'], code: 'out_of_scope', message: outOfRangeMessage(moved, 'the next working day of the work pattern') });
        continue;
      }
      if (moved !== start) {
        notices.push(phrase('sickReportOnIsNotA', { from: src.from, moved: formatDate(moved) }));
        start = moved;
      }
    }
    raw.push(start === p.start ? p : { ...p, start });
  }
  return raw;
}

/** WAZO leave as day numbers, sorted; `to` before `from` and overlaps are issues. */
function checkLeave(leaveInput: readonly WazoLeave[], leavePath: Path, issues: InputIssue[]): LeaveDays[] {
  const leave: LeaveDays[] = [];
  leaveInput.forEach((l, index) => {
    const start = toDayNumber(l.from);
    const end = toDayNumber(l.to);
    if (end < start) issues.push({ path: [...leavePath, index, 'to'], code: 'end_before_start', message: `ends before it starts (${l.to} < ${l.from})` });
    else leave.push({ start, end, index });
  });
  leave.sort((a, b) => a.start - b.start);
  for (let i = 1; i < leave.length; i++) {
    if (leave[i]!.start <= leave[i - 1]!.end) {
      issues.push({ path: [...leavePath, leave[i]!.index], code: 'overlap', message: `overlaps leave period [${leave[i - 1]!.index}]` });
    }
  }
  return leave;
}
