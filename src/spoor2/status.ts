import { fromDayNumber } from '../calendar/dayNumber.js';
import type { LegalRef } from '../legal/LegalRef.js';
import { sickDayToDayNumber } from '../sickness/sickClock.js';
import type { Spoor2Anchor } from './anchor.js';
import type { Spoor2DutyConditions } from './dutyConditions.js';
import type { Spoor2EarlyStartAssessment } from './earlyStart.js';
import type { Spoor2Facts } from './facts.js';
import { SPOOR2_REFS as R } from './legalRefs.js';
import { msg, textParam, type Spoor2Msg } from './renderStep.js';
import type { Spoor2Start } from './start.js';
import type { Spoor2ExceptionResult, Spoor2Status } from './types.js';
import { recoveryPendingStatus } from './wachttijdEndedException.js';

/** What the status rule reads. @internal */
export interface Spoor2StatusContext {
  readonly f: Spoor2Facts;
  readonly a: Spoor2Anchor;
  /** Required-by day after exceptions. */
  readonly requiredBy: number | undefined;
  /** Latest possible required-by day (from the due date, after exceptions). */
  readonly upper: number | undefined;
  readonly start: Spoor2Start;
  readonly early: Spoor2EarlyStartAssessment;
  readonly cond: Spoor2DutyConditions;
  readonly exceptions: readonly Spoor2ExceptionResult[];
  /** The message of each exception, in the same order. */
  readonly exceptionMsgs: readonly Spoor2Msg[];
}

/** The status on `asOf` and what it rests on. @internal */
export interface Spoor2StatusDecision {
  readonly status: Spoor2Status;
  readonly msg: Spoor2Msg;
  readonly legalBasis: readonly LegalRef[];
  /** Facts the status rule itself needed (`asOf`). */
  readonly missing: readonly string[];
  /** The status turned on the early-start judgement ("not needed yet" not settled): its missing facts count. */
  readonly earlyMissing: boolean;
  /** The status turned on the conditions of BW 7:658a lid 1: their missing facts count. */
  readonly conditionsMissing: boolean;
  /** Before the evaluation's window, nothing said about it: the required-by date is due + 42, provisional. */
  readonly earlyProvisional: boolean;
  /** A remark to add to the notices. */
  readonly notice?: Spoor2Msg;
}

/** Sources of the deadline (and of most statuses). @internal */
export const DEADLINE_BASIS: readonly LegalRef[] = [R.WWP_SPOOR2, R.BBP_5, R.BW_658A_1, R.RPE_4_2B];

const iso = fromDayNumber;
const finite = (n: number | undefined): n is number => n !== undefined && Number.isFinite(n);

function decision(status: Spoor2Status, m: Spoor2Msg, more: Partial<Spoor2StatusDecision> = {}): Spoor2StatusDecision {
  return { status, msg: m, legalBasis: DEADLINE_BASIS, missing: [], earlyMissing: false, conditionsMissing: false, earlyProvisional: false, ...more };
}

/** First day of the eerstejaarsevaluatie's practice window (week 46; rule-set parameter). */
function windowOpens(f: Spoor2Facts): number {
  return sickDayToDayNumber(f.spans!, 7 * (f.ruleSet.parameters.eerstejaarsevaluatieWindowWeek - 1));
}

/**
 * Status before the evaluation (held or due): not needed yet (only when `notNeededAllowed` and the
 * facts establish it), else may start, with the (possibly provisional) required-by date.
 */
function beforeEvaluation(c: Spoor2StatusContext, anchorText: string | Spoor2Msg, notNeededAllowed: boolean): Spoor2StatusDecision {
  const { a, early } = c;
  const reqDay = a.anchor === undefined ? c.upper : c.requiredBy;
  const when = msg('assess.by-days-after-the-first', {
    N: c.f.ruleSet.parameters.spoor2DaysAfterEerstejaarsevaluatie, anchorText, part: finite(reqDay) ? iso(reqDay) : msg('assess.date-unknown'),
  });
  const legalBasis = early.legalBasis;
  if (notNeededAllowed && early.expected === 'no' && early.missing.length === 0) {
    return decision('not-needed-yet', msg('assess.not-needed-yet-the-first', { when }), { legalBasis });
  }
  if (early.expected === 'yes') {
    const part = textParam({ nl: early.indications.map((x) => x.nl).join('; '), en: early.indications.map((x) => x.en).join('; ') });
    return decision('may-start', msg('assess.may-start-and-is-already', { when, part }), { legalBasis });
  }
  const notYet = msg(a.anchor === undefined ? 'assess.the-first-year-evaluation-is' : 'assess.not-all-are-known');
  const m = early.expected === 'no' && a.anchor === undefined && early.missing.length === 0
    ? msg('assess.may-start-always-allowed-by', { notYet, when })
    : early.expected === 'no' ? msg('assess.may-start-always-allowed-by-2', { when }) : msg('assess.may-start-always-allowed-by-3', { when });
  return decision('may-start', m, { legalBasis, earlyMissing: true });
}

/** The conditions of BW 7:658a lid 1 are not settled: unknown, with the date spoor 2 is required by if they turn out negative. */
function conditionsOpen(c: Spoor2StatusContext, by: number): Spoor2StatusDecision {
  return decision('unknown', msg('duty.status-conditions-open', { text: c.cond.msg, date: iso(by) }),
    { legalBasis: [R.BW_658A_1, ...DEADLINE_BASIS.filter((r) => r !== R.BW_658A_1)], conditionsMissing: true });
}

/** Spoor 2 started and not late. */
function startedStatus(c: Spoor2StatusContext): Spoor2StatusDecision {
  const { a, start } = c;
  const day = iso(start.day!);
  const by = finite(c.requiredBy) ? iso(c.requiredBy) : a.anchor === undefined && finite(c.upper) ? iso(c.upper) : null;
  if (start.onTime === 'yes') return decision('started', msg('assess.started-on-on-time-required', { day, value: by ?? iso(a.regular!) }));
  return decision('started', a.anchor === undefined
    ? msg('assess.started-on-whether-that-was', { day, part: by === null ? '' : msg('assess.required-by-at-the-latest', { date: by }) })
    : msg('assess.started-on-whether-that-was-2', { day }));
}

/** One of the conditions of BW 7:658a lid 1 fails: no duty (started without one, or not needed yet). */
function noDutyStatus(c: Spoor2StatusContext): Spoor2StatusDecision {
  const { f, start } = c;
  // Before the evaluation's window with nothing said about it: the provisional date (due + 42), as for may-start.
  const earlyProvisional = c.a.anchor === undefined && f.input.eerstejaarsevaluatie === undefined && f.asOf! < windowOpens(f);
  const more = { legalBasis: [R.BW_658A_1, R.BBP_5], earlyProvisional };
  return start.started === 'yes'
    ? decision('started', msg('duty.status-started-no-duty', { date: iso(start.day!), text: c.cond.msg }), more)
    : decision('not-needed-yet', msg('duty.status-not-needed', { text: c.cond.msg }), more);
}

/** Without the anchor (nothing said about the eerstejaarsevaluatie): judged against the latest possible date. */
function withoutAnchorStatus(c: Spoor2StatusContext): Spoor2StatusDecision {
  const { f, start, upper } = c;
  const asOf = f.asOf!;
  // Past the latest possible date (`upper` is then finite).
  if (asOf > upper! && start.started !== 'unknown' && c.cond.duty !== 'yes') return conditionsOpen(c, upper!);
  if (asOf > upper! && start.started !== 'unknown') {
    const how = start.started === 'yes' ? msg('assess.started-only-on', { day: iso(start.day!) }) : msg('assess.it-has-not-started');
    return decision('overdue', msg('assess.overdue-the-first-year-evaluation', { ejeDue: iso(f.ejeDue!), upper: iso(upper!), how }));
  }
  if (f.input.eerstejaarsevaluatie === undefined && asOf < windowOpens(f)) {
    // Before the evaluation's window opens (week 46) and nothing said about it: it is not assumed
    // held, so spoor 2 is not required yet and may start by agreement. Inside the window (weeks
    // 46–52) an unreported evaluation may well have been held, so the status is `unknown` there.
    // The required-by date is provisional (due + 42 at the latest; an evaluation held early brings
    // it forward), and the evaluation stays a missing fact, so the strict "not needed yet" is
    // never reached without it.
    const d = beforeEvaluation(c, msg('assess.due-by-provisional-earlier-if', { ejeDue: iso(f.ejeDue!) }), false);
    const N = f.ruleSet.parameters.spoor2DaysAfterEerstejaarsevaluatie;
    return { ...d, earlyProvisional: true, notice: msg('assess.nothing-was-given-about-the', { N }) };
  }
  return decision('unknown', msg('assess.unknown-whether-and-when-the', { part: finite(upper) ? iso(upper) : msg('assess.date-unknown') }));
}

/** With the anchor: before it, within the term, or after it. */
function withAnchorStatus(c: Spoor2StatusContext, anchor: number): Spoor2StatusDecision {
  const { f, a, start, requiredBy } = c;
  const asOf = f.asOf!;
  const N = f.ruleSet.parameters.spoor2DaysAfterEerstejaarsevaluatie;
  if (asOf < anchor) return beforeEvaluation(c, a.provisional ? msg('assess.anchor-due-by', { date: iso(anchor) }) : iso(anchor), true);
  if (!finite(requiredBy)) return decision('unknown', msg('assess.unknown-the-deadline-depends-on'));
  if (c.cond.duty !== 'yes') return conditionsOpen(c, requiredBy);
  const reqIso = iso(requiredBy);
  if (asOf <= requiredBy) {
    const part = requiredBy !== a.regular ? msg('assess.after-exception-ended') : msg('assess.after-the-evaluation', { date: iso(anchor) });
    return decision('must-start', msg('assess.must-start-by-days-after', { reqIso, N, part }));
  }
  if (start.started === 'unknown') return decision('unknown', msg('assess.unknown-track-2-had-to', { reqIso }));
  return decision('overdue', start.started === 'yes'
    ? msg('assess.overdue-required-by-started-only', { reqIso, day: iso(start.day!) })
    : msg('assess.overdue-track-2-had-to', { reqIso }));
}

/**
 * The status on `asOf`, in order: sickness and `asOf` known; an exception that holds; a recent
 * recovery (BW 7:629 lid 10); an exception not settled; started; no duty (BW 7:658a lid 1); then
 * against the deadline.
 *
 * @param c - What the status rule reads.
 * @returns The status, its message and basis, and which missing facts it turned on.
 * @internal
 */
export function decideStatus(c: Spoor2StatusContext): Spoor2StatusDecision {
  const { f, start } = c;
  if (f.spans === undefined) return decision('unknown', msg('assess.unknown-the-sickness-first-sick'));
  if (f.asOf === undefined) return decision('unknown', msg('assess.no-reference-date-asof-the'), { missing: ['asOf'] });
  const holding = c.exceptions.findIndex((e) => e.holds === 'yes' && e.effect === 'exempt');
  const first = holding >= 0 ? holding : c.exceptions.findIndex((e) => e.holds === 'yes');
  if (first >= 0) {
    const e = c.exceptions[first]!;
    return decision(e.effect === 'exempt' ? 'exempt' : 'postponed', c.exceptionMsgs[first]!, { legalBasis: e.legalBasis });
  }
  const recovery = start.started !== 'yes' ? recoveryPendingStatus(f, start.lastDay) : undefined;
  // BW 7:629 lid 10: recovered less than four weeks ago, the deadline after the last sick day (src/spoor2/wachttijdEndedException.ts).
  if (recovery !== undefined) return decision(recovery.status, recovery.msg, { legalBasis: recovery.legalBasis });
  const open = c.exceptions.filter((e) => e.holds === 'unknown');
  if (open.length > 0) return decision('unknown', msg('assess.unknown-whether-an-exception-holds', { value: open.map((e) => e.id).join(', ') }));
  if (start.started === 'yes' && start.onTime !== 'no') return startedStatus(c);
  if (c.cond.duty === 'no') return noDutyStatus(c);
  return c.a.anchor === undefined ? withoutAnchorStatus(c) : withAnchorStatus(c, c.a.anchor);
}
