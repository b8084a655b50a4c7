/**
 * Shared internals of the end-of-wachttijd functions: the sick clock of a case, day-number helpers,
 * and builders for dated results.
 *
 * @internal
 * @module
 */
import type * as z from 'zod';
import { fromDayNumber, toDayNumber } from '../calendar/dayNumber.js';
import { atwTermEnd, nextAtwWorkingDay } from '../calendar/workingDays.js';
import { PoortwachterError, type InputIssue } from '../errors/PoortwachterError.js';
import type { LegalRef } from '../legal/LegalRef.js';
import type { Localized } from '../i18n/types.js';
import { parseInput } from '../input/zodIssues.js';
import { countedBefore, sickDayToDayNumber, type RawPeriod, type Span } from '../sickness/sickClock.js';
import { buildSickModel } from '../sickness/validateSickInput.js';
import type { CauseExceptionScope, SickPeriod, WazoLeave } from '../sickness/types.js';
import { selectRuleSet, type RuleSet } from '../law/ruleSets.js';
import type { NormKind } from '../law/types.js';
import { EOW_REFS as R } from '../law/endOfWachttijdRefs.js';
import { dateLabel, phrase } from './messages.js';
import { END_OF_WACHTTIJD_NORMS as N } from '../law/endOfWachttijdNorms.js';
import type { LegalDate } from './types.js';

/** Days in a week. @internal */
export const WEEK = 7;

/** zod shape of a {@link WachttijdCase} (lives in the parsing file `caseSchema.ts`). @internal */
export { caseShape } from './caseSchema.js';

/** The counted-sick-day clock of one wachttijd. @internal */
export interface Clock {
  /** Day number of day 1. */
  readonly firstDay: number;
  /** Counted spans (leave removed). */
  readonly spans: readonly Span[];
  /** All validated periods (with pregnancy flags). */
  readonly periods: readonly RawPeriod[];
  /** Validated leave. */
  readonly leave: readonly { start: number; end: number }[];
  /** Day number of counted sick day `k` (1-based). */
  dayOf(k: number): number;
  /** Counted sick days up to and including `dn`. */
  countedThrough(dn: number): number;
  /** Week of counted sickness in which `dn` falls (week 1 = days 1–7). */
  weekOf(dn: number): number;
  /** Last day of the (unextended) wachttijd: counted day 728. */
  readonly wachttijdLastDay: number;
  /** The rule set by date in force. */
  readonly ruleSet: RuleSet;
}

/** The 2013 change-over day. @internal */
export const TRANSITION_2013 = toDayNumber('2013-07-01');

/**
 * Builds the clock from sick periods (or day 1), pushing issues under `basePath`.
 *
 * @internal
 */
export function buildClock(
  c: { firstSickDay?: string | undefined; sickPeriods?: readonly SickPeriod[] | undefined; wazoLeave?: readonly WazoLeave[] | undefined; causeExceptionScope?: CauseExceptionScope | undefined },
  basePath: readonly (string | number)[],
  issues: InputIssue[],
): Clock | undefined {
  if ((c.firstSickDay === undefined) === (c.sickPeriods === undefined)) {
    issues.push({ path: [...basePath], code: c.firstSickDay === undefined ? 'missing' : 'invalid_value', message: "give exactly one of 'firstSickDay' or 'sickPeriods'" });
    return undefined;
  }
  const periods: readonly SickPeriod[] = c.sickPeriods ?? [{ from: c.firstSickDay! }];
  const periodPath = c.sickPeriods === undefined ? [...basePath, 'firstSickDay'] : [...basePath, 'sickPeriods'];
  const model = buildSickModel(periods, c.wazoLeave ?? [], periodPath, [...basePath, 'wazoLeave'], undefined,
    c.causeExceptionScope ?? 'wazo-only', undefined, issues);
  if (model === undefined) return undefined;
  return clockFromModel(model.chains[model.chains.length - 1]!.spans, model.periods, model.leave);
}

/**
 * The common opening of every end-of-wachttijd function: parse the input at the boundary, build the
 * sick clock, and throw when the case itself is invalid. The returned `issues` array collects the
 * function's own semantic checks; the caller throws once it has added them.
 *
 * @internal
 */
export function openCase<T extends { firstSickDay?: string | undefined; sickPeriods?: readonly SickPeriod[] | undefined; wazoLeave?: readonly WazoLeave[] | undefined; causeExceptionScope?: CauseExceptionScope | undefined }>(
  schema: z.ZodType<T>, input: unknown, fn: string,
): { p: T; clock: Clock; issues: InputIssue[] } {
  const p = parseInput(schema, input, fn);
  const issues: InputIssue[] = [];
  const clock = buildClock(p, [], issues);
  if (clock === undefined) throw new PoortwachterError(fn, issues);
  return { p, clock, issues };
}

/**
 * Throws the collected issues, if any.
 *
 * @internal
 */
export function throwIfIssues(fn: string, issues: readonly InputIssue[]): void {
  if (issues.length > 0) throw new PoortwachterError(fn, [...issues]);
}

/**
 * `weeks` weeks before the last day `ref` ("n weken voor afloop", docs/sources.md §1.3): a backward
 * term, never moved by the Algemene termijnenwet (art 1 lid 2).
 *
 * @internal
 */
export function weeksBefore(ref: number, weeks: number): number {
  return ref - weeks * WEEK;
}

/**
 * Last day for UWV's loonsanctie decision, six weeks before the end of the wachttijd or of the
 * period extended under WIA 24 or BW 7:629 lid 11 a (WIA 25 lid 10), as a {@link LegalDate}. One
 * definition for every function that shows it.
 *
 * @internal
 */
export function loonsanctieDecisionDue(ref: number): { day: number; date: LegalDate } {
  const day = weeksBefore(ref, N.loonsanctieDecisionWeeksBeforeEnd.value);
  return {
    day,
    date: legalDate('loonsanctie-beschikking-uiterlijk', day, dateLabel('loonsanctie-beschikking-uiterlijk'), [R.WIA_25_10, R.ATW_1_2], 'statutory',
      phrase('loonsanctieDecisionSixWeeksBefore', { end: iso(ref) })),
  };
}

/**
 * The dates sorted by day, frozen.
 *
 * @internal
 */
export function sortedDates(dates: readonly LegalDate[]): readonly LegalDate[] {
  return Object.freeze([...dates].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)));
}

/**
 * A clock from counted spans.
 *
 * @internal
 */
export function clockFromModel(spans: readonly Span[], periods: readonly RawPeriod[], leave: readonly { start: number; end: number }[]): Clock {
  const dayOf = (k: number): number => sickDayToDayNumber(spans, k - 1);
  const countedThrough = (dn: number): number => countedBefore(spans, dn + 1);
  const wachttijdLastDay = dayOf(728);
  return {
    firstDay: spans[0]!.start,
    spans,
    periods,
    leave,
    dayOf,
    countedThrough,
    weekOf: (dn: number) => Math.max(1, Math.floor((Math.max(1, countedThrough(dn)) - 1) / 7) + 1),
    wachttijdLastDay,
    ruleSet: selectRuleSet(wachttijdLastDay, TRANSITION_2013),
  };
}

/** ISO → day number (input already validated). @internal */
export const dn = toDayNumber;
/** Day number → ISO. @internal */
export const iso = fromDayNumber;

/**
 * Forward term under the Algemene termijnenwet: the day itself or the next Atw working day (art 1
 * lid 1); given the first day of the term, a term of three days or more is extended until it holds
 * two days that are not a Saturday, Sunday or holiday (art 2). Without `termStart` only art 1 is
 * applied — exact for terms of more than a week, where art 2 never bites (checked 1950–2100).
 *
 * @internal
 */
export function atw(d: number, termStart?: number): number {
  return termStart === undefined ? nextAtwWorkingDay(d) : atwTermEnd(termStart, d);
}

/**
 * Builds a frozen {@link LegalDate}.
 *
 * @internal
 */
export function legalDate(id: string, date: number, labels: Localized, legalBasis: readonly LegalRef[], normKind: NormKind, explanation: Localized): LegalDate {
  return Object.freeze({ id, date: iso(date), labels, legalBasis: Object.freeze([...legalBasis]), normKind, explanation });
}

/**
 * Leave days within [from, to].
 *
 * @internal
 */
export function leaveDaysIn(leave: readonly { start: number; end: number }[], from: number, to: number): number {
  let total = 0;
  for (const l of leave) {
    const a = Math.max(l.start, from);
    const b = Math.min(l.end, to);
    if (b >= a) total += b - a + 1;
  }
  return total;
}

/**
 * Pushes an `inconsistent` issue when `later` lies before `earlier`.
 *
 * @internal
 */
export function requireOrder(issues: InputIssue[], path: readonly (string | number)[], earlier: number, later: number, what: string): void {
  if (later < earlier) issues.push({ path, code: 'inconsistent', message: `${what} (${iso(later)} < ${iso(earlier)})` });
}
