import type { Localized } from '../i18n/types.js';
import type { InputIssue } from '../errors/PoortwachterError.js';
import { Tracer, type TraceStep } from '../engine/trace.js';
import { EOW_REFS as R } from '../law/endOfWachttijdRefs.js';
import { dn, iso, leaveDaysIn, openCase, requireOrder, sortedDates, throwIfIssues, type Clock } from './internal.js';
import { loonsanctieSpan } from './loonsanctieRules.js';
import { datedStep, effectDay, evaluateEffect, findingStep, summaryStep } from './evaluateEffect.js';
import { nested } from './renderStep.js';
import type { EndOfWachttijdFinding, EndOfWachttijdReport, LegalDate, WachttijdCase } from './types.js';
import type { Answer } from '../vocabulary/index.js';
import { phrase } from './messages.js';
import { loonsanctieInputSchema } from './loonsanctieSchema.js';

/** The input after parsing. */
type ParsedLoonsanctieInput = ReturnType<typeof loonsanctieInputSchema.parse>;

/** A bekortingsverzoek: the employer's notice that the shortcoming is repaired (WIA 25 lid 12–14). */
export interface BekortingInput {
  /** Date UWV received the notice of repair (with proof). */
  readonly noticeDate: string;
  /** Date of UWV's decision on it; absent while pending. */
  readonly decisionDate?: string | undefined;
  /** Whether UWV established the repair; required with `decisionDate`. */
  readonly repaired?: boolean | undefined;
}

/** Input of {@link computeLoonsanctie}. */
export type LoonsanctieInput = WachttijdCase & {
  /** Date of UWV's loonsanctie decision (beschikking, WIA 25 lid 9). */
  readonly decisionDate: string;
  /**
   * Last day of the wage period the decision is measured against when that is not the wachttijd:
   * the end of a vrijwillige verlenging (WIA 24) or of the 7:629 lid 11 a extension after a late
   * WIA application (WIA 25 lid 10, 11). Default: the last day of the wachttijd.
   */
  readonly referenceLastDay?: string | undefined;
  /** The bekortingsverzoek, if one was made. */
  readonly bekorting?: BekortingInput | undefined;
  /** Today; decisions may not lie after it. */
  readonly asOf?: string | undefined;
};

/** The bekorting part of a {@link LoonsanctieResult}. */
export interface BekortingOutcome {
  /** Date of the notice. */
  readonly noticeDate: string;
  /** Last day for UWV's decision: three weeks after receipt, moved by the Algemene termijnenwet. */
  readonly decisionDue: string;
  /** The decision date, or `null` while pending. */
  readonly decisionDate: string | null;
  /** Days the decision came after `decisionDue` (0 when on time; `null` while pending). */
  readonly decisionDelayDays: number | null;
  /** Whether the repair was established. */
  readonly repaired: Answer;
  /** Six weeks after the established repair (before the delay shortening), or `null`. */
  readonly endByRepair: string | null;
  /** While pending: the last day if UWV establishes the repair on `decisionDue`, else `null`. */
  readonly endIfRepairEstablishedOnDue: string | null;
}

/** Result of {@link computeLoonsanctie}. */
export interface LoonsanctieResult extends EndOfWachttijdReport {
  /** `'loonsanctie'`, or `'geen-loonsanctie-beschikking-na-einde'` (WIA 25 lid 11). */
  readonly code: 'loonsanctie' | 'geen-loonsanctie-beschikking-na-einde';
  /** Whether the wage period is extended at all. */
  readonly imposed: boolean;
  /** Day 1 of the wachttijd. */
  readonly firstSickDay: string;
  /** Last day of the unextended wachttijd. */
  readonly wachttijdLastDay: string;
  /** Last day of the wage period the decision is measured against. */
  readonly referenceLastDay: string;
  /** Last day for the decision: six weeks before the end (counted backwards, not moved by the Atw). */
  readonly decisionDue: string;
  /** Days the decision came after `decisionDue`. */
  readonly decisionDelayDays: number;
  /** First day of the loonsanctie (after running WAZO leave), or `null`. */
  readonly start: string | null;
  /** Last day of the full 52 weeks (after leave interruptions), or `null`. */
  readonly maxLastDay: string | null;
  /** Last day of the loonsanctie after bekorting and shortenings, or `null` when nothing is left. */
  readonly lastDay: string | null;
  /** Days of the loonsanctie (leave days not counted). */
  readonly lengthDays: number;
  /** New WAZO leave that interrupted the loonsanctie. */
  readonly interruptions: readonly { readonly from: string; readonly to: string }[];
  /** The shortenings, in days. */
  readonly shortening: {
    /** WIA 25 lid 14: late loonsanctie decision. */
    readonly lateDecisionDays: number;
    /** WIA 25 lid 14: late decision on the repair notice. */
    readonly lateBekortingDecisionDays: number;
    /** WIA 25 lid 14: ending six weeks after the established repair instead of after 52 weeks. */
    readonly byRepairDays: number;
  };
  /** The bekorting, or `null`. */
  readonly bekorting: BekortingOutcome | null;
  /** Last day of wage payment. */
  readonly wageLastDay: string;
  /** Earliest first day of a WIA benefit (WIA 47 lid 2 with the extended period). */
  readonly wiaIngang: string;
  /**
   * The rules applied, in order, as plain data (issue 10): one step per date (`loonsanctie.<date id>`),
   * per finding (`loonsanctie.condition.<code>`) and the summary (`loonsanctie.result`). The
   * explanations are rendered from these steps and `missingFacts` is `missingFactsOf(trace)`.
   */
  readonly trace: readonly TraceStep[];
}

const FN = 'computeLoonsanctie';

/**
 * The loonsanctie (WIA 25 lid 9–15): the extension of wage payment that UWV imposes when the
 * employer's reintegration efforts were insufficient without deugdelijke grond, with the effect of
 * a late decision, a bekortingsverzoek and new WAZO leave.
 *
 * @remarks
 * - Length at most 52 weeks, starting the day after the wachttijd (or the extended period) — or
 *   after WAZO leave running then — and interrupted by new leave (lid 9).
 * - UWV decides at the latest six weeks before the end (lid 10; a backward term, so not moved by the
 *   Algemene termijnenwet, art 1 lid 2). A later decision still imposes the sanction, but it
 *   "eindigt … zoveel eerder als de beschikking later is afgegeven" (lid 14); only a decision after
 *   the end means no loonsanctie (lid 11).
 * - Bekorting: the employer reports the repair (lid 12); UWV decides within three weeks (lid 13,
 *   moved by the Atw); the sanction ends six weeks after the established repair, but never after the
 *   52 weeks, and earlier by the days a decision came late (lid 14). A late decision that the
 *   shortcoming was *not* repaired also shortens it (lid 14, second sentence).
 * - Readings: "zes weken nadat" = last day is the decision date + 42; shortenings are calendar
 *   days; "met ingang van de dag waarop dat verlof eindigt" = the day after the last leave day.
 *
 * @param input - The sick case, the decision date, optionally the reference end, the bekorting and `asOf`.
 * @returns Start, maximum and actual end, the shortenings, the new end of wage payment and WIA start, all dates with their basis.
 * @throws {@link PoortwachterError} for invalid dates, unknown fields, or decisions in an impossible order.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=25 | WIA art 25}
 * @example
 * computeLoonsanctie({ firstSickDay: '2024-01-01', decisionDate: '2025-11-16' })
 * //=> { imposed: true, decisionDue: '2025-11-16', start: '2025-12-29', lastDay: '2026-12-27', wiaIngang: '2026-12-28', … }
 */
export function computeLoonsanctie(input: LoonsanctieInput): LoonsanctieResult {
  const { p, clock, issues } = openCase(loonsanctieInputSchema, input, FN);
  const { decision, ref, asOf } = checkLoonsanctieInput(p, clock, issues);
  throwIfIssues(FN, issues);

  const t = new Tracer();
  const { day: decisionDue, date: decisionDueDate } = evaluateEffect(t, M, 'loonsanctie-beschikking-uiterlijk', ref, { end: iso(ref) });
  const delay = Math.max(0, decision - decisionDue);
  const dates: LegalDate[] = [decisionDueDate, evaluateEffect(t, M, 'bezwaar-loonsanctie-uiterlijk', decision, { decision: iso(decision) }).date];
  const head = { firstSickDay: iso(clock.firstDay), wachttijdLastDay: iso(clock.wachttijdLastDay), referenceLastDay: iso(ref), decisionDue: iso(decisionDue), decisionDelayDays: delay };
  if (decision > ref) return noLoonsanctie(t, head, decision, ref, dates);

  const findings: EndOfWachttijdFinding[] = [
    findingStep(t, M, { code: 'beschikking-voor-einde', status: 'yes', refs: [R.WIA_25_11], message: 'theDecisionCameBeforeTheEnd', inputs: { decisionDate: iso(decision), referenceLastDay: iso(ref) } }),
    findingStep(t, M, { code: 'beschikking-tijdig', status: delay === 0 ? 'yes' : 'no', refs: [R.WIA_25_10, R.WIA_25_14],
      message: delay === 0 ? 'uwvDecidedOnTimeAtLeast' : 'uwvDecidedDaySLateThe', params: delay === 0 ? {} : { delay }, inputs: { decisionDate: iso(decision), decisionDue: iso(decisionDue) } }),
  ];
  const notices: Localized[] = [];
  // Start after running leave (lid 9, third sentence); 52 weeks, interrupted by new leave (fourth sentence).
  const span = loonsanctieSpan(ref, clock.leave);
  const { start, maxLast } = span;
  const interruptions = span.interruptions.map((l) => ({ from: iso(l.start), to: iso(l.end) }));
  if (start > ref + 1) notices.push(phrase('pregnancyOrMaternityLeaveWasRunning', { start: iso(start) }));

  const bek = p.bekorting === undefined ? undefined : applyBekorting(t, p.bekorting, { maxLast, start, delay, asOf }, dates, findings, notices);
  const endByRepair = bek?.endByRepair ?? Infinity;
  const lateBek = bek?.lateDays ?? 0;
  const capped = Math.min(maxLast, endByRepair);
  const byRepairDays = maxLast - capped;
  const candidate = capped - delay - lateBek;
  const lastDay = candidate >= start ? candidate : null;
  const wageLast = lastDay ?? ref;
  const lengthDays = lastDay === null ? 0 : lastDay - start + 1 - leaveDaysIn(clock.leave, start, lastDay);
  loonsanctieDates(t, { start, maxLast, interruptions: interruptions.length, capped, byRepairDays, lateDays: delay + lateBek, lastDay, wageLast }, dates, notices);
  notices.push(phrase('readingEndsSixWeeksAfterThe'));

  const legalBasis = [R.WIA_25_9, R.WIA_25_10, R.WIA_25_11, ...(bek === undefined ? [] : [R.WIA_25_12, R.WIA_25_13]), R.WIA_25_14];
  const explanation = summaryStep(t, M, legalBasis, 'loonsanctieFromThroughDaysWagePayment',
    { start: iso(start), lastDay: lastDay === null ? '—' : iso(lastDay), lengthDays, wageLast: iso(wageLast), wiaFrom: iso(wageLast + 1) },
    { lastDay: lastDay === null ? null : iso(lastDay), wageLastDay: iso(wageLast) });
  return freezeResult({
    code: 'loonsanctie', imposed: true, ...head, start: iso(start), maxLastDay: iso(maxLast), lastDay: lastDay === null ? null : iso(lastDay),
    lengthDays, interruptions, shortening: { lateDecisionDays: delay, lateBekortingDecisionDays: lateBek, byRepairDays }, bekorting: bek?.outcome ?? null,
    wageLastDay: iso(wageLast), wiaIngang: iso(wageLast + 1), dates: sortedDates(dates), findings, missingFacts: t.missingFacts(),
    legalBasis, explanation, notices, trace: t.done(),
  });
}

const M = 'loonsanctie';

/** The semantic checks of the input (order of the dates, `repaired` with `decisionDate`); pushes issues. */
function checkLoonsanctieInput(p: ParsedLoonsanctieInput, clock: Clock, issues: InputIssue[]): { decision: number; ref: number; asOf: number | undefined } {
  const decision = dn(p.decisionDate);
  const ref = p.referenceLastDay === undefined ? clock.wachttijdLastDay : dn(p.referenceLastDay);
  requireOrder(issues, ['referenceLastDay'], clock.wachttijdLastDay, ref, 'referenceLastDay lies before the end of the wachttijd');
  requireOrder(issues, ['decisionDate'], clock.firstDay, decision, 'decisionDate lies before the first sick day');
  const asOf = p.asOf === undefined ? undefined : dn(p.asOf);
  if (asOf !== undefined) requireOrder(issues, ['decisionDate'], decision, asOf, 'decisionDate lies after asOf');
  const bek = p.bekorting;
  if (bek !== undefined) {
    requireOrder(issues, ['bekorting', 'noticeDate'], decision, dn(bek.noticeDate), 'the repair notice lies before the loonsanctie decision');
    if (bek.decisionDate !== undefined) {
      requireOrder(issues, ['bekorting', 'decisionDate'], dn(bek.noticeDate), dn(bek.decisionDate), 'the decision on the repair lies before the notice');
      if (asOf !== undefined) requireOrder(issues, ['bekorting', 'decisionDate'], dn(bek.decisionDate), asOf, 'bekorting.decisionDate lies after asOf');
      if (bek.repaired === undefined) issues.push({ path: ['bekorting', 'repaired'], code: 'missing', message: 'required when bekorting.decisionDate is given (did UWV establish the repair?)' });
    } else if (bek.repaired !== undefined) {
      issues.push({ path: ['bekorting', 'repaired'], code: 'inconsistent', message: 'give bekorting.decisionDate together with repaired' });
    }
    if (asOf !== undefined) requireOrder(issues, ['bekorting', 'noticeDate'], dn(bek.noticeDate), asOf, 'bekorting.noticeDate lies after asOf');
  }
  if (decision > ref && bek !== undefined) {
    issues.push({ path: ['bekorting'], code: 'inconsistent', message: 'no loonsanctie applies (decision after the end of the wachttijd), so there is nothing to shorten' });
  }
  return { decision, ref, asOf };
}

type Head = Pick<LoonsanctieResult, 'firstSickDay' | 'wachttijdLastDay' | 'referenceLastDay' | 'decisionDue' | 'decisionDelayDays'>;

/** WIA 25 lid 11: a decision after the end of the (extended) wage period imposes no loonsanctie. */
function noLoonsanctie(t: Tracer, head: Head, decision: number, ref: number, dates: LegalDate[]): LoonsanctieResult {
  const findings = [findingStep(t, M, { code: 'beschikking-voor-einde', status: 'no', refs: [R.WIA_25_11], message: 'theDecisionCameAfterTheEnd',
    params: { decision: iso(decision), ref: iso(ref) }, inputs: { decisionDate: iso(decision), referenceLastDay: iso(ref) } })];
  const legalBasis = [R.WIA_25_10, R.WIA_25_11];
  const explanation = summaryStep(t, M, legalBasis, 'noLoonsanctieUwvDidNotDecide', {}, { imposed: false, wageLastDay: iso(ref) });
  return freezeResult({
    code: 'geen-loonsanctie-beschikking-na-einde', imposed: false, ...head, start: null, maxLastDay: null, lastDay: null, lengthDays: 0,
    interruptions: [], shortening: { lateDecisionDays: 0, lateBekortingDecisionDays: 0, byRepairDays: 0 }, bekorting: null,
    wageLastDay: iso(ref), wiaIngang: iso(ref + 1), dates, findings, missingFacts: t.missingFacts(), legalBasis, explanation,
    notices: [], trace: t.done(),
  });
}

/** What the bekorting contributes: the outcome, the end six weeks after the repair, the days UWV came late. */
interface BekortingEffect { readonly outcome: BekortingOutcome; readonly endByRepair: number; readonly lateDays: number }

/**
 * The bekortingsverzoek (WIA 25 lid 12–14): UWV's decision due three weeks after the notice; while
 * pending the end if UWV establishes the repair on that day; once decided the end six weeks after the
 * established repair and the days UWV came late. Pushes its dates, findings and notices.
 */
function applyBekorting(
  t: Tracer, bek: BekortingInput, c: { maxLast: number; start: number; delay: number; asOf: number | undefined },
  dates: LegalDate[], findings: EndOfWachttijdFinding[], notices: Localized[],
): BekortingEffect {
  const notice = dn(bek.noticeDate);
  const { day: due, date } = evaluateEffect(t, M, 'bekorting-beschikking-uiterlijk', notice, { notice: iso(notice) });
  dates.push(date);
  if (bek.decisionDate === undefined) {
    const ifOnDue = Math.min(c.maxLast, effectDay('einde-loonsanctie-na-herstel', due)) - c.delay;
    if (c.asOf !== undefined && c.asOf > due) notices.push(phrase('theDecisionOnTheRepairNotice', { asOf: iso(c.asOf), due: c.asOf - due }));
    findings.push(findingStep(t, M, { code: 'herstel-vastgesteld', status: 'unknown', refs: [R.WIA_25_12, R.WIA_25_13], message: 'uwvHasNotYetDecidedOn',
      inputs: { noticeDate: bek.noticeDate }, missingFacts: ['bekorting.decisionDate'] }));
    return { endByRepair: Infinity, lateDays: 0, outcome: { noticeDate: bek.noticeDate, decisionDue: iso(due), decisionDate: null, decisionDelayDays: null,
      repaired: 'unknown', endByRepair: null, endIfRepairEstablishedOnDue: ifOnDue >= c.start ? iso(ifOnDue) : null } };
  }
  const bd = dn(bek.decisionDate);
  const lateBek = Math.max(0, bd - due);
  const repaired = bek.repaired === true;
  const endByRepair = repaired ? effectDay('einde-loonsanctie-na-herstel', bd) : Infinity;
  if (repaired) dates.push(evaluateEffect(t, M, 'wia-beschikking-na-herstel', bd).date);
  dates.push(evaluateEffect(t, M, 'bezwaar-bekorting-uiterlijk', bd, { bd: iso(bd) }).date);
  const inputs = { decisionDate: bek.decisionDate, repaired: repaired ? 'yes' : 'no' };
  findings.push(findingStep(t, M, { code: 'herstel-vastgesteld', status: repaired ? 'yes' : 'no', refs: [R.WIA_25_12, R.WIA_25_13, R.WIA_25_14], inputs,
    message: repaired ? 'uwvEstablishedTheRepairOnThe' : 'uwvDecidedOnThatTheShortcoming', params: repaired ? { bd: iso(bd), endByRepair: iso(endByRepair) } : { bd: iso(bd) } }));
  findings.push(findingStep(t, M, { code: 'bekorting-beschikking-tijdig', status: lateBek === 0 ? 'yes' : 'no', refs: [R.WIA_25_13, R.WIA_25_14],
    inputs: { decisionDate: bek.decisionDate, decisionDue: iso(due) }, message: lateBek === 0 ? 'uwvDecidedOnTheRepairNotice' : 'uwvDecidedDaySLateOn', params: lateBek === 0 ? {} : { lateBek } }));
  return { endByRepair, lateDays: lateBek, outcome: { noticeDate: bek.noticeDate, decisionDue: iso(due), decisionDate: bek.decisionDate, decisionDelayDays: lateBek,
    repaired: repaired ? 'yes' : 'no', endByRepair: repaired ? iso(endByRepair) : null, endIfRepairEstablishedOnDue: null } };
}

/** The days a loonsanctie yields, once its start, maximum and shortenings are known. */
interface LoonsanctieDays {
  readonly start: number; readonly maxLast: number; readonly interruptions: number; readonly capped: number;
  readonly byRepairDays: number; readonly lateDays: number; readonly lastDay: number | null; readonly wageLast: number;
}

/** Start, 52 weeks, WIA resumption, end, end of wage payment and WIA start (WIA 25 lid 9, 14; 64 lid 8 c; 47 lid 2). */
function loonsanctieDates(t: Tracer, d: LoonsanctieDays, dates: LegalDate[], notices: Localized[]): void {
  dates.push(datedStep(t, M, { id: 'loonsanctie-start', day: d.start, refs: [R.WIA_25_9, R.WAZO_3_1], message: 'theDayAfterTheEndOf3' }));
  dates.push(datedStep(t, M, { id: 'loonsanctie-max-einde', day: d.maxLast, refs: [R.WIA_25_9], message: 'fiftyTwoWeeksFrom', inputs: { start: iso(d.start) },
    params: { start: iso(d.start), extension: d.interruptions > 0 ? nested('extendedByLeavePeriods', { count: d.interruptions }) : '' } }));
  dates.push(evaluateEffect(t, M, 'wia-hervatting-uiterlijk', d.maxLast).date);
  if (d.lastDay !== null) {
    dates.push(datedStep(t, M, { id: 'einde-loonsanctie', day: d.lastDay, refs: [R.WIA_25_9, R.WIA_25_14], message: 'loonsanctieLastDay',
      inputs: { capped: iso(d.capped), lateDays: d.lateDays },
      params: { capped: iso(d.capped), repair: d.byRepairDays > 0 ? nested('sixWeeksAfterRepair') : '', lateDecisions: d.lateDays > 0 ? nested('lessDaysForLateDecisions', { days: d.lateDays }) : '' } }));
  } else {
    notices.push(phrase('afterTheShorteningsNothingIsLeft'));
  }
  dates.push(datedStep(t, M, { id: 'einde-loondoorbetaling', day: d.wageLast, refs: [R.WIA_25_9, R.BW_629_11B], message: 'lastDayOnWhichTheEmployer' }));
  dates.push(datedStep(t, M, { id: 'wia-ingang', day: d.wageLast + 1, refs: [R.WIA_47_2, R.WIA_25_9], message: 'theDayAfterTheEndOf4' }));
}

function freezeResult(r: LoonsanctieResult): LoonsanctieResult {
  return Object.freeze({
    ...r,
    interruptions: Object.freeze(r.interruptions.map((i) => Object.freeze(i))),
    dates: Object.freeze(r.dates),
    findings: Object.freeze(r.findings.map((f) => Object.freeze(f))),
    missingFacts: Object.freeze(r.missingFacts),
    legalBasis: Object.freeze(r.legalBasis),
    notices: Object.freeze(r.notices),
    shortening: Object.freeze(r.shortening),
    bekorting: r.bekorting === null ? null : Object.freeze(r.bekorting),
  });
}
