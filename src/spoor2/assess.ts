import { fromDayNumber, toDayNumber } from '../calendar/dayNumber.js';
import type { Answer } from '../vocabulary/index.js';
import type { Localized } from '../i18n/types.js';
import type { LegalRef } from '../legal/LegalRef.js';
import { evaluateExceptions, type RawException } from './exceptions.js';
import { recoveryPendingStatus } from './wachttijdEndedException.js';
import type { Spoor2Facts } from './facts.js';
import { sickDayToDayNumber } from '../sickness/sickClock.js';
import { SPOOR2_REFS as R } from './legalRefs.js';
import { addCalendarMonths } from './calendarMonths.js';
import { ASSESS_TEXTS, DUTY_TEXTS, OPEN_CONDITION_TEXTS, render } from './messages.js';
import { localize } from '../i18n/types.js';
import { fillLocalized } from '../i18n/fill.js';
import type {
  Spoor2Activities, Spoor2Deadline, Spoor2EarlyStart, Spoor2ExceptionResult, Spoor2Status,
} from './types.js';

/** The core of the check: deadline, exceptions, start, early start and status. @internal */
export interface Spoor2Assessment {
  readonly deadline: Spoor2Deadline;
  readonly anchor: number | undefined;
  /** Effective required-by day; `Infinity` while an open-ended exception covers it; undefined when unknown. */
  readonly requiredBy: number | undefined;
  /** The latest possible required-by day (from the due date, after exceptions), for when the anchor is unknown. */
  readonly upper: number | undefined;
  readonly exceptions: readonly Spoor2ExceptionResult[];
  readonly rawExceptions: readonly RawException[];
  readonly started: Answer;
  readonly startDay: number | undefined;
  readonly startBasis: keyof Spoor2Activities | null;
  readonly onTime: Answer;
  readonly earlyStart: Spoor2EarlyStart;
  readonly status: Spoor2Status;
  readonly statusExplanation: Localized;
  readonly legalBasis: readonly LegalRef[];
  readonly missingFacts: readonly string[];
  readonly notices: readonly Localized[];
  /** The two conditions of BW 7:658a lid 1. */
  readonly conditions: Spoor2DutyConditions;
}

const iso = (n: number): string => fromDayNumber(n);
/** One text per locale. */
const both = (f: (l: 'nl' | 'en') => string): Localized => ({ nl: f('nl'), en: f('en') });

/** Which activities mark the start of spoor 2, in order of preference after an explicit date. */
const START_KEYS = [
  'reIntegratiebureauAssignedOn', 'ownSearchWithSupportSince', 'trajectplanOn', 'trainingOn',
  'detacheringOn', 'werkervaringsplaatsOn', 'employmentContractOn',
] as const satisfies readonly (keyof Spoor2Activities)[];

function findStart(f: Spoor2Facts): { started: Answer; day: number | undefined; basis: keyof Spoor2Activities | null } {
  const a = f.input.activities;
  if (a === undefined) return { started: 'unknown', day: undefined, basis: null };
  if (a.spoor2StartedOn !== undefined) return { started: 'yes', day: toDayNumber(a.spoor2StartedOn), basis: 'spoor2StartedOn' };
  let best: { day: number; basis: keyof Spoor2Activities } | undefined;
  for (const k of START_KEYS) {
    const v = a[k];
    if (v !== undefined && (best === undefined || toDayNumber(v) < best.day)) best = { day: toDayNumber(v), basis: k };
  }
  for (const app of a.applications ?? []) {
    if (best === undefined || toDayNumber(app) < best.day) best = { day: toDayNumber(app), basis: 'applications' };
  }
  return best === undefined ? { started: 'no', day: undefined, basis: null } : { started: 'yes', day: best.day, basis: best.basis };
}

/**
 * Early start: allowed any time; expected once it is clear that own work and other passend werk in
 * the own organisation will not come (BBP §5, §8). Returns the facts that point there.
 */
function assessEarlyStart(f: Spoor2Facts): Spoor2EarlyStart & { readonly missing: readonly string[] } {
  const i = f.input;
  const ba = i.bedrijfsarts;
  const ad = i.arbeidsdeskundige;
  const ind: Localized[] = [];
  const statement = i.activities?.spoor1NotPossibleStatementOn;
  if (statement !== undefined) ind.push(fillLocalized(localize(ASSESS_TEXTS, 'recorded-on-that-track-1'), { statement: statement }));
  const adNoPassend = ad?.passendWerkOwnOrganisation === 'not-available';
  const ownNo = ad?.ownWorkPossible === 'no' || ba?.ownWorkPossible === 'no';
  if (adNoPassend && ownNo) ind.push(localize(ASSESS_TEXTS, 'labour-expert-no-suitable-work'));
  const baBleak = ba?.ownWorkPossible === 'no' && ba.prognosis === 'no-improvement';
  if (baBleak && ad?.passendWerkOwnOrganisation !== 'available') ind.push(localize(ASSESS_TEXTS, 'company-doctor-own-work-not'));
  const perspectiveNone = i.perspective?.concrete === false;
  const positive = ad?.passendWerkOwnOrganisation === 'available' || ad?.ownWorkPossible === 'yes' || ad?.ownWorkPossible === 'partly' ||
    ba?.ownWorkPossible === 'yes' || ba?.ownWorkPossible === 'partly' || ba?.prognosis === 'recovery' ||
    (i.perspective?.concrete === true && i.perspective.structural === true);
  let expected: Answer;
  if (ind.length > 0) {
    expected = 'yes';
    if (perspectiveNone) ind.push(localize(ASSESS_TEXTS, 'no-concrete-perspective-of-return'));
    if (i.companySize !== undefined) ind.push(fillLocalized(localize(ASSESS_TEXTS, 'company-size-employees-the-smaller'), { companySize: i.companySize }));
  } else if (positive) {
    expected = 'no';
  } else {
    expected = 'unknown';
  }
  // "Not needed yet" needs both questions answered by facts: own work and prognosis (bedrijfsarts),
  // and other passend werk in the own organisation (arbeidsdeskundige, or a concrete structural perspective).
  const missing: string[] = [];
  if (expected !== 'yes') {
    if (ad?.passendWerkOwnOrganisation === undefined && !(i.perspective?.concrete === true && i.perspective.structural === true)) missing.push('arbeidsdeskundige.passendWerkOwnOrganisation');
    if (ba?.ownWorkPossible === undefined) missing.push('bedrijfsarts.ownWorkPossible');
    if (ba?.prognosis === undefined) missing.push('bedrijfsarts.prognosis');
  }
  return { allowed: true, expected, indications: ind, legalBasis: [R.BBP_5, R.BBP_8, R.BW_658A_2], missing };
}

/** The two conditions of BW 7:658a lid 1 on `asOf`. @internal */
export interface Spoor2DutyConditions {
  /** It is settled that the employee cannot do his own work any more. */
  readonly ownWorkLost: Answer;
  /** There is no other passend werk in the own organisation. */
  readonly noPassendWerkOwnOrganisation: Answer;
  /** Both hold (`yes`), one fails (`no`), or not settled (`unknown`). */
  readonly duty: Answer;
  /** Facts that would settle an `unknown` condition. */
  readonly missing: readonly string[];
  readonly explanation: Localized;
}

/**
 * BW 7:658a lid 1: the duty to promote passende arbeid with another employer arises only when it is
 * settled that the own work can no longer be done AND there is no other passende arbeid in the own
 * organisation. A recorded statement that spoor 1 is not possible settles both; a condition that
 * clearly fails (recovery in the own work expected; passend werk in the own organisation available,
 * or a concrete structural perspective given before the eerstejaarsevaluatie) means no duty.
 *
 * @internal
 */
export function assessDutyConditions(f: Spoor2Facts, anchor: number | undefined): Spoor2DutyConditions {
  const i = f.input;
  const ba = i.bedrijfsarts;
  const ad = i.arbeidsdeskundige;
  const statement = i.activities?.spoor1NotPossibleStatementOn !== undefined;
  let own: Answer = 'unknown';
  // Own work (or adapted own work: 'partly') still possible, or recovery expected: not settled that it is lost.
  if (ad?.ownWorkPossible === 'yes' || ad?.ownWorkPossible === 'partly' || ba?.ownWorkPossible === 'yes' || ba?.ownWorkPossible === 'partly' || ba?.prognosis === 'recovery') own = 'no';
  else if (ad?.ownWorkPossible === 'no' || (ba?.ownWorkPossible === 'no' && ba.prognosis === 'no-improvement') || statement) own = 'yes';
  const p = i.perspective;
  const months = f.ruleSet.parameters.spoor2PerspectiveMonths;
  const earlyPerspective = p !== undefined && p.realisedOn === undefined && p.concrete === true && p.structural === true &&
    p.assessedOn !== undefined && p.expectedReturnDate !== undefined && anchor !== undefined && toDayNumber(p.assessedOn) < anchor &&
    toDayNumber(p.expectedReturnDate) <= addCalendarMonths(toDayNumber(p.assessedOn), months) &&
    (f.asOf === undefined || f.asOf <= toDayNumber(p.expectedReturnDate));
  let other: Answer = 'unknown';
  if (ad?.passendWerkOwnOrganisation === 'available' || earlyPerspective) other = 'no';
  else if (ad?.passendWerkOwnOrganisation === 'not-available' || statement) other = 'yes';
  const missing: string[] = [];
  if (own === 'unknown') {
    if (ba?.ownWorkPossible === undefined) missing.push('bedrijfsarts.ownWorkPossible');
    if (ba?.prognosis === undefined) missing.push('bedrijfsarts.prognosis');
    if (ad?.ownWorkPossible === undefined) missing.push('arbeidsdeskundige.ownWorkPossible');
  }
  if (other === 'unknown') missing.push('arbeidsdeskundige.passendWerkOwnOrganisation');
  const duty: Answer = own === 'no' || other === 'no' ? 'no' : own === 'yes' && other === 'yes' ? 'yes' : 'unknown';
  let explanation: Localized;
  if (own === 'no') explanation = render(DUTY_TEXTS, 'own-work-not-lost');
  else if (other === 'no') explanation = earlyPerspective ? render(DUTY_TEXTS, 'early-perspective', { date: p!.expectedReturnDate! }) : render(DUTY_TEXTS, 'passend-werk-available');
  else if (duty === 'yes') explanation = render(DUTY_TEXTS, 'conditions-hold');
  else {
    const open = (l: 'nl' | 'en'): string => [own === 'unknown' ? OPEN_CONDITION_TEXTS[l].own : '', other === 'unknown' ? OPEN_CONDITION_TEXTS[l].other : ''].filter((x) => x !== '').join(OPEN_CONDITION_TEXTS[l].and);
    explanation = { nl: render(DUTY_TEXTS, 'conditions-open', { text: open('nl') }).nl, en: render(DUTY_TEXTS, 'conditions-open', { text: open('en') }).en };
  }
  return { ownWorkLost: own, noPassendWerkOwnOrganisation: other, duty, missing, explanation };
}

/**
 * Runs the core assessment.
 *
 * @internal
 */
export function assessSpoor2(f: Spoor2Facts): Spoor2Assessment {
  const i = f.input;
  const N = f.ruleSet.parameters.spoor2DaysAfterEerstejaarsevaluatie;
  const missing: string[] = [];
  const notices: Localized[] = [];
  const asOf = f.asOf;

  // 1. The anchor: the earlier of the date held and the due date (docs/sources.md §12 item 1).
  const eje = i.eerstejaarsevaluatie;
  const heldDay = eje?.held === true && eje.date !== undefined ? toDayNumber(eje.date) : undefined;
  let anchor: number | undefined;
  let provisional = false;
  if (f.ejeDue !== undefined) {
    if (heldDay !== undefined) anchor = Math.min(heldDay, f.ejeDue);
    else if (eje?.held === false) {
      anchor = f.ejeDue;
      provisional = asOf === undefined || asOf < f.ejeDue;
    } else missing.push(eje === undefined ? 'eerstejaarsevaluatie' : 'eerstejaarsevaluatie.date');
  } else {
    missing.push('firstSickDay');
  }
  const regular = anchor === undefined ? undefined : anchor + N;
  const latest = f.ejeDue === undefined ? undefined : f.ejeDue + N;

  // 2. Exceptions. One that held on any day of the term (from the anchor through the deadline)
  //    restarts the 42 days on the day after it ends: the deadline becomes the later of the regular
  //    one and that day + 42 (product decision by analogy). One that begins after the deadline does
  //    not cure lateness.
  const raw = evaluateExceptions(f, anchor);
  const extend = (termStart: number): number | undefined => {
    let r = termStart + N;
    for (let round = 0; round <= raw.length; round++) {
      let moved = false;
      for (const e of raw) {
        if (e.applies !== 'yes') continue;
        if ((e.from ?? -Infinity) > r) continue;
        if (e.until === undefined) return undefined;
        if (e.until === Infinity) return Infinity;
        if (e.until >= termStart && e.until + 1 + N > r) { r = e.until + 1 + N; moved = true; }
      }
      if (!moved) break;
    }
    return r;
  };
  const requiredBy = anchor === undefined ? undefined : extend(anchor);
  const upper = f.ejeDue === undefined ? undefined : extend(f.ejeDue);

  const holdsOnAsOf = (e: RawException): Answer => {
    if (e.applies !== 'yes') return e.applies;
    if (asOf === undefined) return 'unknown';
    if (e.from !== undefined && asOf < e.from) return 'no';
    if (e.until === undefined) return 'yes';
    return asOf <= e.until ? 'yes' : 'no';
  };
  const exceptions: Spoor2ExceptionResult[] = raw.map((e) => {
    const holds = holdsOnAsOf(e);
    let lapse: Spoor2ExceptionResult['lapse'] = null;
    if (e.applies === 'yes' && e.until !== undefined && Number.isFinite(e.until)) {
      const lapseDay = e.until + 1;
      const from = anchor === undefined ? lapseDay : Math.max(lapseDay, anchor);
      if (requiredBy !== undefined && Number.isFinite(requiredBy)) {
        lapse = { mustStartFrom: iso(from), mustStartBy: iso(Math.max(requiredBy, from)) };
      }
    }
    for (const m of e.missingFacts) if (!missing.includes(m)) missing.push(m);
    return Object.freeze({
      id: e.code, holds,
      from: e.from === undefined ? null : iso(e.from),
      to: e.until === undefined || !Number.isFinite(e.until) ? null : iso(e.until),
      lapse, effect: e.effect, normKind: e.normKind, legalBasis: e.legalBasis,
      missingFacts: e.missingFacts,
      explanation: lapse === null ? { nl: e.nl, en: e.en } : fillLocalized(localize(ASSESS_TEXTS, 'when-it-ends-track-2'), { e: e, mustStartFrom: lapse.mustStartFrom, mustStartBy: lapse.mustStartBy }),
    });
  });
  if (i.exceptions === undefined && i.perspective === undefined) {
    notices.push(localize(ASSESS_TEXTS, 'no-exception-reported-no-capacity'));
  }

  // 3. Start.
  const st = findStart(f);
  if (st.started === 'unknown') missing.push('activities');
  // Spoor 2 that started by the regular deadline is on time whatever an exception does (exceptions
  // only move the deadline later); one that started after the latest possible deadline is late.
  const fin = (n: number | undefined): number | undefined => (n !== undefined && Number.isFinite(n) ? n : undefined);
  const lastDay = anchor === undefined ? fin(upper) : fin(requiredBy);
  let onTime: Answer = 'unknown';
  if (st.started === 'yes') {
    if (regular !== undefined && st.day! <= regular) onTime = 'yes';
    else if (lastDay !== undefined && st.day! > lastDay) onTime = 'no';
    else if (anchor !== undefined && lastDay !== undefined) onTime = 'yes';
  } else if (st.started === 'no' && asOf !== undefined && lastDay !== undefined && asOf > lastDay && recoveryPendingStatus(f, lastDay) === undefined) {
    onTime = 'no';
  }

  // 4. Early start.
  const early = assessEarlyStart(f);

  // 5. Status.
  const deadlineBasis = [R.WWP_SPOOR2, R.BBP_5, R.BW_658A_1, R.RPE_4_2B];
  let earlyProvisional = false;
  /**
   * Status before the evaluation (held or due): not needed yet (only when `notNeededAllowed` and the
   * facts establish it), else may start, with the (possibly provisional) required-by date.
   */
  const beforeEvaluation = (anchorText: Localized, notNeededAllowed: boolean): { status: Spoor2Status; explanation: Localized; legalBasis: readonly LegalRef[] } => {
    const reqDay = anchor === undefined ? upper : requiredBy;
    const reqText = reqDay !== undefined && Number.isFinite(reqDay) ? iso(reqDay) : null;
    const ind = early.indications.map((x) => x.nl).join('; ');
    const indEn = early.indications.map((x) => x.en).join('; ');
    const when = fillLocalized(localize(ASSESS_TEXTS, 'by-days-after-the-first'), { N: N, anchorText: anchorText, part: { nl: reqText ?? 'onbekend', en: reqText ?? 'unknown' } });
    if (notNeededAllowed && early.expected === 'no' && early.missing.length === 0) {
      return { status: 'not-needed-yet', legalBasis: early.legalBasis, explanation: fillLocalized(localize(ASSESS_TEXTS, 'not-needed-yet-the-first'), { when: when }) };
    }
    if (early.expected === 'yes') {
      return { status: 'may-start', legalBasis: early.legalBasis, explanation: fillLocalized(localize(ASSESS_TEXTS, 'may-start-and-is-already'), { when: when, part: { nl: ind, en: indEn } }) };
    }
    for (const m of early.missing) if (!missing.includes(m)) missing.push(m);
    const notYet = anchor === undefined
      ? localize(ASSESS_TEXTS, 'the-first-year-evaluation-is')
      : localize(ASSESS_TEXTS, 'not-all-are-known');
    return {
      status: 'may-start', legalBasis: early.legalBasis,
      explanation: early.expected === 'no' && anchor === undefined && early.missing.length === 0
        ? fillLocalized(localize(ASSESS_TEXTS, 'may-start-always-allowed-by'), { notYet: notYet, when: when })
        : early.expected === 'no'
          ? fillLocalized(localize(ASSESS_TEXTS, 'may-start-always-allowed-by-2'), { when: when })
          : fillLocalized(localize(ASSESS_TEXTS, 'may-start-always-allowed-by-3'), { when: when }),
    };
  };
  // The conditions of BW 7:658a lid 1: without both settled, no must-start or overdue.
  const cond = assessDutyConditions(f, anchor);
  const conditionsOpen = (by: number | undefined): { status: Spoor2Status; explanation: Localized; legalBasis: readonly LegalRef[] } => {
    for (const m of cond.missing) if (!missing.includes(m)) missing.push(m);
    return {
      status: 'unknown', legalBasis: [R.BW_658A_1, ...deadlineBasis.filter((r) => r !== R.BW_658A_1)],
      explanation: both((l) => render(DUTY_TEXTS, 'status-conditions-open', { text: cond.explanation[l], ...(by === undefined ? {} : { date: iso(by) }) })[l]),
    };
  };
  let status: Spoor2Status;
  let explanation: Localized;
  let legalBasis: readonly LegalRef[] = deadlineBasis;
  const holding = exceptions.filter((e) => e.holds === 'yes');
  const open = exceptions.filter((e) => e.holds === 'unknown');
  const reqIso = requiredBy !== undefined && Number.isFinite(requiredBy) ? iso(requiredBy) : null;
  if (f.spans === undefined) {
    status = 'unknown';
    explanation = localize(ASSESS_TEXTS, 'unknown-the-sickness-first-sick');
  } else if (asOf === undefined) {
    status = 'unknown';
    missing.push('asOf');
    explanation = localize(ASSESS_TEXTS, 'no-reference-date-asof-the');
  } else if (holding.length > 0) {
    const exempt = holding.find((e) => e.effect === 'exempt');
    const e = exempt ?? holding[0]!;
    status = exempt !== undefined ? 'exempt' : 'postponed';
    legalBasis = e.legalBasis;
    explanation = e.explanation;
  } else if (st.started !== 'yes' && recoveryPendingStatus(f, anchor === undefined ? fin(upper) : fin(requiredBy)) !== undefined) {
    // BW 7:629 lid 10: recovered less than four weeks ago, the deadline after the last sick day (src/spoor2/wachttijdEndedException.ts).
    ({ status, explanation, legalBasis } = recoveryPendingStatus(f, anchor === undefined ? fin(upper) : fin(requiredBy))!);
  } else if (open.length > 0) {
    status = 'unknown';
    explanation = fillLocalized(localize(ASSESS_TEXTS, 'unknown-whether-an-exception-holds'), { value: open.map((e) => e.id).join(', ') });
  } else if (st.started === 'yes' && onTime !== 'no') {
    status = 'started';
    const by = reqIso ?? (anchor === undefined && fin(upper) !== undefined ? iso(upper!) : null);
    explanation = onTime === 'yes'
      ? fillLocalized(localize(ASSESS_TEXTS, 'started-on-on-time-required'), { day: iso(st.day!), value: by ?? iso(regular!) })
      : anchor === undefined
        ? fillLocalized(localize(ASSESS_TEXTS, 'started-on-whether-that-was'), { day: iso(st.day!), part: { nl: by === null ? '' : ` (uiterlijk ${by})`, en: by === null ? '' : ` (required by ${by} at the latest)` } })
        : fillLocalized(localize(ASSESS_TEXTS, 'started-on-whether-that-was-2'), { day: iso(st.day!) });
  } else if (cond.duty === 'no') {
    status = st.started === 'yes' ? 'started' : 'not-needed-yet';
    // Before the evaluation's window with nothing said about it: the provisional date (due + 42), as for may-start.
    if (anchor === undefined && eje === undefined && asOf < windowOpens(f)) earlyProvisional = true;
    legalBasis = [R.BW_658A_1, R.BBP_5];
    explanation = st.started === 'yes'
      ? both((l) => render(DUTY_TEXTS, 'status-started-no-duty', { date: iso(st.day!), text: cond.explanation[l] })[l])
      : both((l) => render(DUTY_TEXTS, 'status-not-needed', { text: cond.explanation[l] })[l]);
  } else if (anchor === undefined) {
    if (asOf > upper! && st.started !== 'unknown' && cond.duty !== 'yes') {
      ({ status, explanation, legalBasis } = conditionsOpen(fin(upper)));
    } else if (asOf > upper! && st.started !== 'unknown') {
      status = 'overdue';
      const how = st.started === 'yes'
        ? fillLocalized(localize(ASSESS_TEXTS, 'started-only-on'), { day: iso(st.day!) })
        : localize(ASSESS_TEXTS, 'it-has-not-started');
      explanation = fillLocalized(localize(ASSESS_TEXTS, 'overdue-the-first-year-evaluation'), { ejeDue: iso(f.ejeDue!), upper: iso(upper!), how: how });
    } else if (eje === undefined && asOf < windowOpens(f)) {
      // Before the evaluation's window opens (week 46) and nothing said about it: it is not assumed
      // held, so spoor 2 is not required yet and may start by agreement. Inside the window (weeks
      // 46–52) an unreported evaluation may well have been held, so the status is `unknown` there.
      // The required-by date is provisional (due + 42 at the latest; an evaluation held early brings
      // it forward), and the evaluation stays a missing fact, so the strict "not needed yet" is
      // never reached without it.
      earlyProvisional = true;
      ({ status, explanation, legalBasis } = beforeEvaluation(
        fillLocalized(localize(ASSESS_TEXTS, 'due-by-provisional-earlier-if'), { ejeDue: iso(f.ejeDue!) }), false));
      notices.push(fillLocalized(localize(ASSESS_TEXTS, 'nothing-was-given-about-the'), { N: N }));
    } else {
      status = 'unknown';
      explanation = fillLocalized(localize(ASSESS_TEXTS, 'unknown-whether-and-when-the'), { part: { nl: upper === undefined || !Number.isFinite(upper) ? 'onbekend' : iso(upper), en: upper === undefined || !Number.isFinite(upper) ? 'unknown' : iso(upper) } });
    }
  } else if (asOf < anchor) {
    ({ status, explanation, legalBasis } = beforeEvaluation(
      { nl: provisional ? `uiterlijk ${iso(anchor)}` : iso(anchor), en: provisional ? `due by ${iso(anchor)}` : iso(anchor) }, true));
  } else if (requiredBy === undefined || !Number.isFinite(requiredBy)) {
    status = 'unknown';
    explanation = localize(ASSESS_TEXTS, 'unknown-the-deadline-depends-on');
  } else if (cond.duty !== 'yes') {
    ({ status, explanation, legalBasis } = conditionsOpen(requiredBy));
  } else if (asOf <= requiredBy) {
    status = 'must-start';
    explanation = fillLocalized(localize(ASSESS_TEXTS, 'must-start-by-days-after'), { reqIso: String(reqIso), N: N, part: { nl: requiredBy !== regular ? 'afloop van een uitzondering die in de termijn gold' : `de eerstejaarsevaluatie (${iso(anchor)})`, en: requiredBy !== regular ? 'the end of an exception that held during the term' : `the first-year evaluation (${iso(anchor)})` } });
  } else if (st.started === 'unknown') {
    status = 'unknown';
    explanation = fillLocalized(localize(ASSESS_TEXTS, 'unknown-track-2-had-to'), { reqIso: String(reqIso) });
  } else {
    status = 'overdue';
    explanation = st.started === 'yes'
      ? fillLocalized(localize(ASSESS_TEXTS, 'overdue-required-by-started-only'), { reqIso: String(reqIso), day: iso(st.day!) })
      : fillLocalized(localize(ASSESS_TEXTS, 'overdue-track-2-had-to'), { reqIso: String(reqIso) });
  }

  const deadline: Spoor2Deadline = Object.freeze({
    eerstejaarsevaluatieDue: f.ejeDue === undefined ? null : iso(f.ejeDue),
    eerstejaarsevaluatieHeld: heldDay === undefined ? null : iso(heldDay),
    anchor: anchor === undefined ? null : iso(anchor),
    regularRequiredBy: regular === undefined ? (earlyProvisional && latest !== undefined ? iso(latest) : null) : iso(regular),
    latestRequiredBy: latest === undefined ? null : iso(latest),
    provisional: provisional || earlyProvisional,
    // An exception is not a deadline: while one holds there is none (its lapse carries the date).
    requiredBy: status === 'exempt' || status === 'postponed' ? null
      : earlyProvisional ? (upper !== undefined && Number.isFinite(upper) ? iso(upper) : null) : reqIso,
    normKind: 'practice',
    legalBasis: deadlineBasis,
    explanation: deadlineText(f, anchor, heldDay, regular, requiredBy, provisional, N),
  });

  return {
    deadline, anchor, requiredBy, upper, exceptions, rawExceptions: raw,
    started: st.started, startDay: st.day, startBasis: st.basis, onTime,
    earlyStart: Object.freeze({ allowed: true, expected: early.expected, indications: early.indications, legalBasis: early.legalBasis }),
    status, statusExplanation: explanation, legalBasis, missingFacts: missing, notices, conditions: cond,
  };
}

function deadlineText(f: Spoor2Facts, anchor: number | undefined, held: number | undefined, regular: number | undefined,
  effective: number | undefined, provisional: boolean, n: number): Localized {
  if (f.ejeDue === undefined) return localize(ASSESS_TEXTS, 'without-the-first-sick-day');
  const due = iso(f.ejeDue);
  const rs = f.ruleSet.id;
  if (anchor === undefined || regular === undefined) {
    return fillLocalized(localize(ASSESS_TEXTS, 'the-first-year-evaluation-was'), { due: due, n: iso(f.ejeDue + n), n2: n, rs: rs });
  }
  const which = held === undefined
    ? fillLocalized(localize(ASSESS_TEXTS, 'the-due-date-of-the'), { due: due, part: { nl: provisional ? '; eerder als zij eerder wordt gehouden' : ', niet gehouden', en: provisional ? '; earlier if it is held earlier' : ', not held' } })
    : held <= f.ejeDue
      ? fillLocalized(localize(ASSESS_TEXTS, 'the-date-the-first-year'), { held: iso(held), due: due })
      : fillLocalized(localize(ASSESS_TEXTS, 'the-due-date-of-the-2'), { due: due, held: iso(held) });
  const ext = effective !== undefined && effective !== regular
    ? (Number.isFinite(effective)
      ? fillLocalized(localize(ASSESS_TEXTS, 'an-exception-that-held-on'), { effective: iso(effective), n: n })
      : localize(ASSESS_TEXTS, 'an-open-ended-exception-holds'))
    : localize(ASSESS_TEXTS, 'text');
  return fillLocalized(localize(ASSESS_TEXTS, 'track-2-must-start-by'), { regular: iso(regular), n: n, which: which, rs: rs, ext: ext });
}

/** First day of the eerstejaarsevaluatie's practice window (week 46; rule-set parameter). */
function windowOpens(f: Spoor2Facts): number {
  return sickDayToDayNumber(f.spans!, 7 * (f.ruleSet.parameters.eerstejaarsevaluatieWindowWeek - 1));
}
