import { loonsanctieInputSchema } from './loonsanctieSchema.js';
import type { Localized } from '../i18n/types.js';
import { EOW_REFS as R } from '../law/endOfWachttijdRefs.js';
import { atw, dn, iso, leaveDaysIn, legalDate, loonsanctieDecisionDue, openCase, requireOrder, sortedDates, throwIfIssues, WEEK } from './internal.js';
import { loonsanctieSpan } from './loonsanctieRules.js';
import { dateLabel } from './messages.js';
import { END_OF_WACHTTIJD_NORMS as N } from '../law/endOfWachttijdNorms.js';
import type { EndOfWachttijdFinding, EndOfWachttijdReport, LegalDate, WachttijdCase } from './types.js';
import type { Answer } from '../vocabulary/index.js';
import { phrase } from './messages.js';

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
  throwIfIssues(FN, issues);

  const { day: decisionDue, date: decisionDueDate } = loonsanctieDecisionDue(ref);
  const delay = Math.max(0, decision - decisionDue);
  const dates: LegalDate[] = [];
  const findings: EndOfWachttijdFinding[] = [];
  const notices: Localized[] = [];
  const missingFacts: string[] = [];
  dates.push(decisionDueDate);
  dates.push(legalDate('bezwaar-loonsanctie-uiterlijk', atw(decision + N.bezwaarWeeks.value * WEEK), dateLabel('bezwaar-loonsanctie-uiterlijk'), [R.AWB_6_7, R.ATW_1], 'statutory',
    phrase('sixWeeksAfterTheDecisionOf', { decision: iso(decision) })));

  if (decision > ref) {
    findings.push({ code: 'beschikking-voor-einde', status: 'no', legalBasis: [R.WIA_25_11], normKind: 'statutory',
      explanation: phrase('theDecisionCameAfterTheEnd', { decision: iso(decision), ref: iso(ref) }) });
    return freezeResult({
      code: 'geen-loonsanctie-beschikking-na-einde', imposed: false, firstSickDay: iso(clock.firstDay), wachttijdLastDay: iso(clock.wachttijdLastDay),
      referenceLastDay: iso(ref), decisionDue: iso(decisionDue), decisionDelayDays: delay, start: null, maxLastDay: null, lastDay: null, lengthDays: 0,
      interruptions: [], shortening: { lateDecisionDays: 0, lateBekortingDecisionDays: 0, byRepairDays: 0 }, bekorting: null,
      wageLastDay: iso(ref), wiaIngang: iso(ref + 1), dates, findings, missingFacts, legalBasis: [R.WIA_25_10, R.WIA_25_11],
      explanation: phrase('noLoonsanctieUwvDidNotDecide'),
      notices,
    });
  }
  findings.push({ code: 'beschikking-voor-einde', status: 'yes', legalBasis: [R.WIA_25_11], normKind: 'statutory',
    explanation: phrase('theDecisionCameBeforeTheEnd') });
  findings.push({ code: 'beschikking-tijdig', status: delay === 0 ? 'yes' : 'no', legalBasis: [R.WIA_25_10, R.WIA_25_14], normKind: 'statutory',
    explanation: delay === 0
      ? phrase('uwvDecidedOnTimeAtLeast')
      : phrase('uwvDecidedDaySLateThe', { delay }) });

  // Start after running leave (lid 9, third sentence); 52 weeks, interrupted by new leave (fourth sentence).
  const leave = clock.leave;
  const span = loonsanctieSpan(ref, leave);
  const { start, maxLast } = span;
  const interruptions = span.interruptions.map((l) => ({ from: iso(l.start), to: iso(l.end) }));
  if (start > ref + 1) {
    notices.push(phrase('pregnancyOrMaternityLeaveWasRunning', { start: iso(start) }));
  }

  let bekorting: BekortingOutcome | null = null;
  let endByRepair = Infinity;
  let lateBek = 0;
  if (bek !== undefined) {
    const notice = dn(bek.noticeDate);
    const due = atw(notice + N.bekortingDecisionWeeks.value * WEEK);
    dates.push(legalDate('bekorting-beschikking-uiterlijk', due, dateLabel('bekorting-beschikking-uiterlijk'), [R.WIA_25_13, R.ATW_1], 'statutory',
      phrase('threeWeeksAfterReceiptOfThe', { notice: iso(notice) })));
    if (bek.decisionDate === undefined) {
      missingFacts.push('bekorting.decisionDate');
      const ifOnDue = Math.min(maxLast, due + N.bekortingEndWeeksAfterRepair.value * WEEK) - delay;
      if (asOf !== undefined && asOf > due) {
        notices.push(phrase('theDecisionOnTheRepairNotice', { asOf: iso(asOf), due: asOf - due }));
      }
      bekorting = { noticeDate: bek.noticeDate, decisionDue: iso(due), decisionDate: null, decisionDelayDays: null, repaired: 'unknown', endByRepair: null,
        endIfRepairEstablishedOnDue: ifOnDue >= start ? iso(ifOnDue) : null };
      findings.push({ code: 'herstel-vastgesteld', status: 'unknown', legalBasis: [R.WIA_25_12, R.WIA_25_13], normKind: 'statutory',
        explanation: phrase('uwvHasNotYetDecidedOn') });
    } else {
      const bd = dn(bek.decisionDate);
      lateBek = Math.max(0, bd - due);
      const repaired = bek.repaired === true;
      if (repaired) {
        endByRepair = bd + N.bekortingEndWeeksAfterRepair.value * WEEK;
        dates.push(legalDate('wia-beschikking-na-herstel', atw(bd + N.wiaDecisionWeeksAfterRepair.value * WEEK), dateLabel('wia-beschikking-na-herstel'), [R.WIA_25_15, R.WIA_64_8C, R.ATW_1], 'statutory',
          phrase('sixWeeksAfterEstablishingTheRepair')));
      }
      dates.push(legalDate('bezwaar-bekorting-uiterlijk', atw(bd + N.bezwaarWeeks.value * WEEK), dateLabel('bezwaar-bekorting-uiterlijk'), [R.AWB_6_7, R.ATW_1], 'statutory',
        phrase('sixWeeksAfterTheDecisionOf2', { bd: iso(bd) })));
      bekorting = { noticeDate: bek.noticeDate, decisionDue: iso(due), decisionDate: bek.decisionDate, decisionDelayDays: lateBek, repaired: repaired ? 'yes' : 'no',
        endByRepair: repaired ? iso(endByRepair) : null, endIfRepairEstablishedOnDue: null };
      findings.push({ code: 'herstel-vastgesteld', status: repaired ? 'yes' : 'no', legalBasis: [R.WIA_25_12, R.WIA_25_13, R.WIA_25_14], normKind: 'statutory',
        explanation: repaired
          ? phrase('uwvEstablishedTheRepairOnThe', { bd: iso(bd), endByRepair: iso(endByRepair) })
          : phrase('uwvDecidedOnThatTheShortcoming', { bd: iso(bd) }) });
      findings.push({ code: 'bekorting-beschikking-tijdig', status: lateBek === 0 ? 'yes' : 'no', legalBasis: [R.WIA_25_13, R.WIA_25_14], normKind: 'statutory',
        explanation: lateBek === 0
          ? phrase('uwvDecidedOnTheRepairNotice')
          : phrase('uwvDecidedDaySLateOn', { lateBek }) });
    }
  }

  const capped = Math.min(maxLast, endByRepair);
  const byRepairDays = maxLast - capped;
  const candidate = capped - delay - lateBek;
  const lastDay = candidate >= start ? candidate : null;
  const wageLast = lastDay ?? ref;
  const lengthDays = lastDay === null ? 0 : lastDay - start + 1 - leaveDaysIn(leave, start, lastDay);

  dates.push(legalDate('loonsanctie-start', start, dateLabel('loonsanctie-start'), [R.WIA_25_9, R.WAZO_3_1], 'statutory',
    phrase('theDayAfterTheEndOf3')));
  dates.push(legalDate('loonsanctie-max-einde', maxLast, dateLabel('loonsanctie-max-einde'), [R.WIA_25_9], 'statutory',
    phrase('fiftyTwoWeeksFrom', { start: iso(start), extension: interruptions.length > 0 ? phrase('extendedByLeavePeriods', { count: interruptions.length }) : '' })));
  dates.push(legalDate('wia-hervatting-uiterlijk', maxLast - N.wiaResumeWeeksBeforeLoonsanctieEnd.value * WEEK, dateLabel('wia-hervatting-uiterlijk'), [R.WIA_64_7, R.WIA_64_8C], 'statutory',
    phrase('sixWeeksBeforeThe52Weeks')));
  if (lastDay !== null) {
    dates.push(legalDate('einde-loonsanctie', lastDay, dateLabel('einde-loonsanctie'), [R.WIA_25_9, R.WIA_25_14], 'statutory',
      phrase('loonsanctieLastDay', { capped: iso(capped), repair: byRepairDays > 0 ? phrase('sixWeeksAfterRepair') : '', lateDecisions: delay + lateBek > 0 ? phrase('lessDaysForLateDecisions', { days: delay + lateBek }) : '' })));
  } else {
    notices.push(phrase('afterTheShorteningsNothingIsLeft'));
  }
  dates.push(legalDate('einde-loondoorbetaling', wageLast, dateLabel('einde-loondoorbetaling'), [R.WIA_25_9, R.BW_629_11B], 'statutory',
    phrase('lastDayOnWhichTheEmployer')));
  dates.push(legalDate('wia-ingang', wageLast + 1, dateLabel('wia-ingang'), [R.WIA_47_2, R.WIA_25_9], 'statutory',
    phrase('theDayAfterTheEndOf4')));
  notices.push(phrase('readingEndsSixWeeksAfterThe'));

  return freezeResult({
    code: 'loonsanctie', imposed: true, firstSickDay: iso(clock.firstDay), wachttijdLastDay: iso(clock.wachttijdLastDay), referenceLastDay: iso(ref),
    decisionDue: iso(decisionDue), decisionDelayDays: delay, start: iso(start), maxLastDay: iso(maxLast), lastDay: lastDay === null ? null : iso(lastDay),
    lengthDays, interruptions, shortening: { lateDecisionDays: delay, lateBekortingDecisionDays: lateBek, byRepairDays }, bekorting,
    wageLastDay: iso(wageLast), wiaIngang: iso(wageLast + 1), dates: sortedDates(dates), findings, missingFacts,
    legalBasis: [R.WIA_25_9, R.WIA_25_10, R.WIA_25_11, ...(bek === undefined ? [] : [R.WIA_25_12, R.WIA_25_13]), R.WIA_25_14],
    explanation: phrase('loonsanctieFromThroughDaysWagePayment', { start: iso(start), lastDay: lastDay === null ? '—' : iso(lastDay), lengthDays, wageLast: iso(wageLast), wiaFrom: iso(wageLast + 1) }),
    notices,
  });
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
