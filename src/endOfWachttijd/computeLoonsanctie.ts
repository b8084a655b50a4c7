import * as z from 'zod';
import type { Localized } from '../i18n/types.js';
import { isoDateSchema } from '../input/zodIssues.js';
import { EOW_REFS as R } from '../law/endOfWachttijdRefs.js';
import { atw, caseShape, dn, iso, leaveDaysIn, legalDate, loonsanctieDecisionDue, openCase, requireOrder, sortedDates, t, throwIfIssues, WEEK } from './internal.js';
import { loonsanctieSpan } from './loonsanctieRules.js';
import { dateLabel } from './messages.js';
import { END_OF_WACHTTIJD_NORMS as N } from '../law/endOfWachttijdNorms.js';
import type { EndOfWachttijdFinding, EndOfWachttijdReport, LegalDate, WachttijdCase } from './types.js';
import type { Answer } from '../vocabulary/index.js';

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

/** zod schema of the input of `computeLoonsanctie`: shapes only, the function adds the semantic checks. Public as `loonsanctieInputSchema` (see docs/schemas.md). */
export const schema = z.strictObject({
  ...caseShape,
  decisionDate: isoDateSchema,
  referenceLastDay: isoDateSchema.optional(),
  bekorting: z.strictObject({ noticeDate: isoDateSchema, decisionDate: isoDateSchema.optional(), repaired: z.boolean().optional() }).optional(),
  asOf: isoDateSchema.optional(),
});

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
  const { p, clock, issues } = openCase(schema, input, FN);
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
    t(`Zes weken na de beschikking van ${iso(decision)} (Awb 6:7, 6:8), verschoven naar een werkdag (Atw art 1). Bezwaar en bekortingsverzoek kunnen naast elkaar lopen.`,
      `Six weeks after the decision of ${iso(decision)} (Awb 6:7, 6:8), moved to a working day (Atw art 1). Objection and a repair notice can run side by side.`)));

  if (decision > ref) {
    findings.push({ code: 'beschikking-voor-einde', status: 'no', legalBasis: [R.WIA_25_11], normKind: 'statutory',
      explanation: t(`De beschikking (${iso(decision)}) kwam na het einde (${iso(ref)}): er vindt geen verlenging plaats.`,
        `The decision (${iso(decision)}) came after the end (${iso(ref)}): there is no extension.`) });
    return freezeResult({
      code: 'geen-loonsanctie-beschikking-na-einde', imposed: false, firstSickDay: iso(clock.firstDay), wachttijdLastDay: iso(clock.wachttijdLastDay),
      referenceLastDay: iso(ref), decisionDue: iso(decisionDue), decisionDelayDays: delay, start: null, maxLastDay: null, lastDay: null, lengthDays: 0,
      interruptions: [], shortening: { lateDecisionDays: 0, lateBekortingDecisionDays: 0, byRepairDays: 0 }, bekorting: null,
      wageLastDay: iso(ref), wiaIngang: iso(ref + 1), dates, findings, missingFacts, legalBasis: [R.WIA_25_10, R.WIA_25_11],
      explanation: t('Geen loonsanctie: UWV gaf de beschikking niet vóór het einde van de wachttijd (WIA 25 lid 11).',
        'No loonsanctie: UWV did not decide before the end of the waiting period (WIA 25 lid 11).'),
      notices,
    });
  }
  findings.push({ code: 'beschikking-voor-einde', status: 'yes', legalBasis: [R.WIA_25_11], normKind: 'statutory',
    explanation: t('De beschikking kwam vóór het einde: de loonsanctie geldt.', 'The decision came before the end: the loonsanctie applies.') });
  findings.push({ code: 'beschikking-tijdig', status: delay === 0 ? 'yes' : 'no', legalBasis: [R.WIA_25_10, R.WIA_25_14], normKind: 'statutory',
    explanation: delay === 0
      ? t('UWV besliste tijdig (uiterlijk zes weken vóór het einde).', 'UWV decided on time (at least six weeks before the end).')
      : t(`UWV besliste ${delay} dag(en) te laat; de loonsanctie eindigt zoveel eerder (WIA 25 lid 14).`, `UWV decided ${delay} day(s) late; the loonsanctie ends that much earlier (WIA 25 lid 14).`) });

  // Start after running leave (lid 9, third sentence); 52 weeks, interrupted by new leave (fourth sentence).
  const leave = clock.leave;
  const span = loonsanctieSpan(ref, leave);
  const { start, maxLast } = span;
  const interruptions = span.interruptions.map((l) => ({ from: iso(l.start), to: iso(l.end) }));
  if (start > ref + 1) {
    notices.push(t(`Op het moment van verlenging liep zwangerschaps- of bevallingsverlof; de loonsanctie begint op ${iso(start)}, de dag na het einde van het verlof (WIA 25 lid 9).`,
      `Pregnancy or maternity leave was running when the extension started; the loonsanctie starts on ${iso(start)}, the day after the leave (WIA 25 lid 9).`));
  }

  let bekorting: BekortingOutcome | null = null;
  let endByRepair = Infinity;
  let lateBek = 0;
  if (bek !== undefined) {
    const notice = dn(bek.noticeDate);
    const due = atw(notice + N.bekortingDecisionWeeks.value * WEEK);
    dates.push(legalDate('bekorting-beschikking-uiterlijk', due, dateLabel('bekorting-beschikking-uiterlijk'), [R.WIA_25_13, R.ATW_1], 'statutory',
      t(`Drie weken na ontvangst van de melding van herstel (${iso(notice)}), verschoven naar een werkdag (Atw art 1).`,
        `Three weeks after receipt of the repair notice (${iso(notice)}), moved to a working day (Atw art 1).`)));
    if (bek.decisionDate === undefined) {
      missingFacts.push('bekorting.decisionDate');
      const ifOnDue = Math.min(maxLast, due + N.bekortingEndWeeksAfterRepair.value * WEEK) - delay;
      if (asOf !== undefined && asOf > due) {
        notices.push(t(`De beslissing op het bekortingsverzoek is op ${iso(asOf)} al ${asOf - due} dag(en) te laat; elke dag vertraging bekort de loonsanctie (WIA 25 lid 14).`,
          `The decision on the repair notice is already ${asOf - due} day(s) late on ${iso(asOf)}; every day of delay shortens the loonsanctie (WIA 25 lid 14).`));
      }
      bekorting = { noticeDate: bek.noticeDate, decisionDue: iso(due), decisionDate: null, decisionDelayDays: null, repaired: 'unknown', endByRepair: null,
        endIfRepairEstablishedOnDue: ifOnDue >= start ? iso(ifOnDue) : null };
      findings.push({ code: 'herstel-vastgesteld', status: 'unknown', legalBasis: [R.WIA_25_12, R.WIA_25_13], normKind: 'statutory',
        explanation: t('UWV heeft nog niet beslist op het bekortingsverzoek; het einde hieronder is het einde zonder bekorting.',
          'UWV has not yet decided on the repair notice; the end below is the end without bekorting.') });
    } else {
      const bd = dn(bek.decisionDate);
      lateBek = Math.max(0, bd - due);
      const repaired = bek.repaired === true;
      if (repaired) {
        endByRepair = bd + N.bekortingEndWeeksAfterRepair.value * WEEK;
        dates.push(legalDate('wia-beschikking-na-herstel', atw(bd + N.wiaDecisionWeeksAfterRepair.value * WEEK), dateLabel('wia-beschikking-na-herstel'), [R.WIA_25_15, R.WIA_64_8C, R.ATW_1], 'statutory',
          t('Zes weken na de vaststelling van het herstel beslist UWV over de WIA-uitkering.', 'Six weeks after establishing the repair UWV decides on the WIA benefit.')));
      }
      dates.push(legalDate('bezwaar-bekorting-uiterlijk', atw(bd + N.bezwaarWeeks.value * WEEK), dateLabel('bezwaar-bekorting-uiterlijk'), [R.AWB_6_7, R.ATW_1], 'statutory',
        t(`Zes weken na de beschikking van ${iso(bd)} (Awb 6:7), verschoven naar een werkdag.`, `Six weeks after the decision of ${iso(bd)} (Awb 6:7), moved to a working day.`)));
      bekorting = { noticeDate: bek.noticeDate, decisionDue: iso(due), decisionDate: bek.decisionDate, decisionDelayDays: lateBek, repaired: repaired ? 'yes' : 'no',
        endByRepair: repaired ? iso(endByRepair) : null, endIfRepairEstablishedOnDue: null };
      findings.push({ code: 'herstel-vastgesteld', status: repaired ? 'yes' : 'no', legalBasis: [R.WIA_25_12, R.WIA_25_13, R.WIA_25_14], normKind: 'statutory',
        explanation: repaired
          ? t(`UWV stelde op ${iso(bd)} het herstel vast; de loonsanctie eindigt zes weken later (${iso(endByRepair)}), maar niet na de 52 weken.`,
            `UWV established the repair on ${iso(bd)}; the loonsanctie ends six weeks later (${iso(endByRepair)}), but not after the 52 weeks.`)
          : t(`UWV stelde op ${iso(bd)} vast dat de tekortkoming niet is hersteld.`, `UWV decided on ${iso(bd)} that the shortcoming was not repaired.`) });
      findings.push({ code: 'bekorting-beschikking-tijdig', status: lateBek === 0 ? 'yes' : 'no', legalBasis: [R.WIA_25_13, R.WIA_25_14], normKind: 'statutory',
        explanation: lateBek === 0
          ? t('UWV besliste binnen drie weken op de melding van herstel.', 'UWV decided on the repair notice within three weeks.')
          : t(`UWV besliste ${lateBek} dag(en) te laat op de melding van herstel; de loonsanctie eindigt zoveel eerder.`, `UWV decided ${lateBek} day(s) late on the repair notice; the loonsanctie ends that much earlier.`) });
    }
  }

  const capped = Math.min(maxLast, endByRepair);
  const byRepairDays = maxLast - capped;
  const candidate = capped - delay - lateBek;
  const lastDay = candidate >= start ? candidate : null;
  const wageLast = lastDay ?? ref;
  const lengthDays = lastDay === null ? 0 : lastDay - start + 1 - leaveDaysIn(leave, start, lastDay);

  dates.push(legalDate('loonsanctie-start', start, dateLabel('loonsanctie-start'), [R.WIA_25_9, R.WAZO_3_1], 'statutory',
    t('De dag na het einde van de wachttijd (of van het verlengde tijdvak, of van het dan lopende verlof).', 'The day after the end of the waiting period (or the extended period, or leave running then).')));
  dates.push(legalDate('loonsanctie-max-einde', maxLast, dateLabel('loonsanctie-max-einde'), [R.WIA_25_9], 'statutory',
    t(`52 weken vanaf ${iso(start)}${interruptions.length > 0 ? `, verlengd met ${interruptions.length} verlofperiode(n)` : ''}.`,
      `52 weeks from ${iso(start)}${interruptions.length > 0 ? `, extended by ${interruptions.length} leave period(s)` : ''}.`)));
  dates.push(legalDate('wia-hervatting-uiterlijk', maxLast - N.wiaResumeWeeksBeforeLoonsanctieEnd.value * WEEK, dateLabel('wia-hervatting-uiterlijk'), [R.WIA_64_7, R.WIA_64_8C], 'statutory',
    t('Zes weken vóór het einde van de 52 weken hervat UWV de opgeschorte behandeling van de WIA-aanvraag.', 'Six weeks before the 52 weeks end, UWV resumes handling the suspended WIA application.')));
  if (lastDay !== null) {
    dates.push(legalDate('einde-loonsanctie', lastDay, dateLabel('einde-loonsanctie'), [R.WIA_25_9, R.WIA_25_14], 'statutory',
      t(`Laatste dag: ${iso(capped)}${byRepairDays > 0 ? ' (zes weken na vastgesteld herstel)' : ''}${delay + lateBek > 0 ? `, min ${delay + lateBek} dag(en) wegens te late beschikking(en)` : ''}.`,
        `Last day: ${iso(capped)}${byRepairDays > 0 ? ' (six weeks after the established repair)' : ''}${delay + lateBek > 0 ? `, less ${delay + lateBek} day(s) for late decision(s)` : ''}.`)));
  } else {
    notices.push(t('Na de bekortingen blijft er van de loonsanctie niets over: de loondoorbetaling eindigt op het oorspronkelijke einde.',
      'After the shortenings nothing is left of the loonsanctie: wage payment ends at the original end.'));
  }
  dates.push(legalDate('einde-loondoorbetaling', wageLast, dateLabel('einde-loondoorbetaling'), [R.WIA_25_9, R.BW_629_11B], 'statutory',
    t('Laatste dag waarop de werkgever loon doorbetaalt.', 'Last day on which the employer pays wages.')));
  dates.push(legalDate('wia-ingang', wageLast + 1, dateLabel('wia-ingang'), [R.WIA_47_2, R.WIA_25_9], 'statutory',
    t('De dag na het einde van de verlengde loondoorbetaling.', 'The day after the end of the extended wage payment.')));
  notices.push(t('Lezing: "eindigt zes weken nadat" = laatste dag is de beschikkingsdatum + 42 dagen; bekortingen wegens te late beschikkingen in kalenderdagen, afgetrokken van het einde dat geldt (ook van het einde na vastgesteld herstel); WIA 25 lid 14 zegt alleen "eindigt het tijdvak zoveel eerder".',
    'Reading: "ends six weeks after" = the last day is the decision date + 42 days; shortenings for late decisions are calendar days, taken off whichever end applies (also the end after an established repair); WIA 25 lid 14 says only "the period ends that much earlier".'));

  return freezeResult({
    code: 'loonsanctie', imposed: true, firstSickDay: iso(clock.firstDay), wachttijdLastDay: iso(clock.wachttijdLastDay), referenceLastDay: iso(ref),
    decisionDue: iso(decisionDue), decisionDelayDays: delay, start: iso(start), maxLastDay: iso(maxLast), lastDay: lastDay === null ? null : iso(lastDay),
    lengthDays, interruptions, shortening: { lateDecisionDays: delay, lateBekortingDecisionDays: lateBek, byRepairDays }, bekorting,
    wageLastDay: iso(wageLast), wiaIngang: iso(wageLast + 1), dates: sortedDates(dates), findings, missingFacts,
    legalBasis: [R.WIA_25_9, R.WIA_25_10, R.WIA_25_11, ...(bek === undefined ? [] : [R.WIA_25_12, R.WIA_25_13]), R.WIA_25_14],
    explanation: t(`Loonsanctie van ${iso(start)} tot en met ${lastDay === null ? '—' : iso(lastDay)} (${lengthDays} dagen); loondoorbetaling tot en met ${iso(wageLast)}, WIA op zijn vroegst per ${iso(wageLast + 1)}.`,
      `Loonsanctie from ${iso(start)} through ${lastDay === null ? '—' : iso(lastDay)} (${lengthDays} days); wage payment through ${iso(wageLast)}, WIA at the earliest from ${iso(wageLast + 1)}.`),
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
