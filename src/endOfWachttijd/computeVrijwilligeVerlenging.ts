import { vrijwilligeVerlengingInputSchema } from './vrijwilligeVerlengingSchema.js';
import type { Localized } from '../i18n/types.js';
import { Tracer, type TraceStep } from '../engine/trace.js';
import { EOW_REFS as R } from '../law/endOfWachttijdRefs.js';
import type { RuleSet } from '../law/ruleSets.js';
import { dn, iso, openCase, requireOrder, sortedDates, throwIfIssues, WEEK } from './internal.js';
import { datedStep, effectDay, evaluateEffect, findingStep, summaryStep } from './evaluateEffect.js';
import { nested } from './renderStep.js';
import type { EndOfWachttijdFinding, EndOfWachttijdReport, LegalDate, WachttijdCase } from './types.js';
import type { Answer } from '../vocabulary/index.js';
import type { VangnetGroup } from '../law/vangnetGroups.js';
import { phrase } from './messages.js';

/** Input of {@link computeVrijwilligeVerlenging}. */
export type VrijwilligeVerlengingInput = WachttijdCase & {
  /** Last day of the extended wage period, as set by UWV (WIA 24 lid 2). */
  readonly extendedLastDay: string;
  /** Date of the joint request. */
  readonly requestDate?: string | undefined;
  /**
   * Vangnet group of the employee, `'none'` when not in a vangnet group; absent = unknown (the
   * verdict is then `'unknown'`). The 0.1.0 value `'geen'` is still accepted (deprecated).
   */
  readonly vangnet?: VangnetGroup | 'none' | 'geen' | undefined;
  /** Whether the 42-week melding (ZW 38 lid 1) was made before the request. */
  readonly ziekmeldingGedaan?: boolean | undefined;
  /** A request to shorten the extended period (WIA 24 lid 2–3). */
  readonly verkorting?: {
    /** Date of the request to shorten. */
    readonly requestDate: string;
    /** Requested new last day. */
    readonly requestedLastDay: string;
    /** Last day of employment, when it ends within 13 weeks of the request. */
    readonly employmentEnds?: string | undefined;
  } | undefined;
};

/** Result of {@link computeVrijwilligeVerlenging}. */
export interface VrijwilligeVerlengingResult extends EndOfWachttijdReport {
  /** Whether the extension is possible: `'no'` in the vangnet cases of WIA 24 lid 1 a. */
  readonly allowed: Answer;
  /** Day 1. */
  readonly firstSickDay: string;
  /** Last day of the unextended wachttijd. */
  readonly wachttijdLastDay: string;
  /** Last day of wage payment after the extension (and any shortening). */
  readonly extendedLastDay: string;
  /** Calendar days added to the wage period (and to the opzegverbod, BW 7:670 lid 11). */
  readonly extensionDays: number;
  /** Re-integratieverslag due: 13 weeks before the end of the extended period (WIA 25 lid 4). */
  readonly reIntegratieverslagDue: string;
  /** WIA-aanvraag due: 11 (before 1-7-2013: 13) weeks before the end (WIA 64 lid 3). */
  readonly wiaAanvraagDue: string;
  /** Last day for a loonsanctie decision (WIA 25 lid 10). */
  readonly loonsanctieDecisionDue: string;
  /** Earliest WIA start. */
  readonly wiaIngang: string;
  /** The shortening, or `null`. */
  readonly verkorting: {
    /** Earliest last day: 13 weeks after the request, unless employment ends earlier. */
    readonly earliestLastDay: string;
    /** Whether the requested day respects it. */
    readonly requestedAllowed: boolean;
    /** The last day that applies. */
    readonly effectiveLastDay: string;
  } | null;
  /**
   * The rules applied, in order, as plain data (issue 10): the findings (`vrijwilligeVerlenging.condition.<code>`),
   * each moved date (`vrijwilligeVerlenging.<date id>`) and the summary. The explanations are rendered
   * from these steps and `missingFacts` is `missingFactsOf(trace)`.
   */
  readonly trace: readonly TraceStep[];
}

const FN = 'computeVrijwilligeVerlenging';

/**
 * Vrijwillige verlenging van de loondoorbetaling (WIA 24): on the joint request of employer and
 * employee UWV extends the wage period to a date it sets; the re-integratieverslag and the
 * WIA-aanvraag move with the new end, as do the loonsanctie decision, the WIA start and the
 * opzegverbod.
 *
 * @remarks
 * WIA 24 lid 1: "Na afloop van de wachttijd wordt het tijdvak, gedurende welke de verzekerde jegens
 * zijn werkgever recht heeft op loon …, op gezamenlijk verzoek … door het UWV verlengd, tenzij:
 * a. artikel 29 of 29a, eerste of vierde lid, of artikel 76c, onderdeel a, van de Ziektewet van
 * toepassing is, of b. zwaarwegende omstandigheden zich daartegen verzetten." Lid 3: a shortened
 * period does not end earlier than 13 weeks after the request, unless the employment ends first.
 * The 13 weeks are over twelve weeks, so the Algemene termijnenwet does not move them (art 4).
 *
 * @param input - The sick case, the extended last day, and optionally the request date, vangnet group, melding and a shortening.
 * @returns Whether it is allowed, the new end and the moved deadlines, with their basis.
 * @throws {@link PoortwachterError} for invalid dates or an extended end that is not after the wachttijd.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=24 | WIA art 24}
 * @example
 * computeVrijwilligeVerlenging({ firstSickDay: '2024-01-01', extendedLastDay: '2026-06-28', vangnet: 'none' })
 * //=> { allowed: 'yes', extensionDays: 182, reIntegratieverslagDue: '2026-03-29', wiaAanvraagDue: '2026-04-12', wiaIngang: '2026-06-29', … }
 */
export function computeVrijwilligeVerlenging(input: VrijwilligeVerlengingInput): VrijwilligeVerlengingResult {
  const { p, clock, issues } = openCase(vrijwilligeVerlengingInputSchema, input, FN);
  const end0 = clock.wachttijdLastDay;
  let end = dn(p.extendedLastDay);
  if (end <= end0) issues.push({ path: ['extendedLastDay'], code: 'inconsistent', message: `must lie after the last day of the wachttijd (${iso(end0)})` });
  if (p.requestDate !== undefined) requireOrder(issues, ['requestDate'], clock.firstDay, dn(p.requestDate), 'requestDate lies before the first sick day');
  if (p.verkorting !== undefined) {
    if (dn(p.verkorting.requestedLastDay) > end) issues.push({ path: ['verkorting', 'requestedLastDay'], code: 'inconsistent', message: 'a shortening must end before the extended last day' });
    if (dn(p.verkorting.requestedLastDay) <= end0) issues.push({ path: ['verkorting', 'requestedLastDay'], code: 'inconsistent', message: 'must lie after the last day of the wachttijd' });
  }
  throwIfIssues(FN, issues);

  const t = new Tracer();
  const { allowed, findings } = verlengingFindings(t, p.vangnet, p.requestDate === undefined ? undefined : dn(p.requestDate), end0);
  const notices: Localized[] = [];
  if (p.ziekmeldingGedaan === false) notices.push(phrase('no42WeekReportWasMade'));
  const dates: LegalDate[] = [];
  let verkorting: VrijwilligeVerlengingResult['verkorting'] = null;
  if (p.verkorting !== undefined) {
    verkorting = applyVerkorting(t, p.verkorting, end, dates);
    end = dn(verkorting.effectiveLastDay);
  }
  const { riv, aanvraag, lsDue } = movedDates(t, clock.ruleSet.parameters, end, dates);
  notices.push(phrase('theBanOnDismissalIsExtended'));

  const legalBasis = [R.WIA_24_1, R.WIA_24_1A, R.WIA_25_4, R.WIA_64_3, R.BW_629_11B, R.BW_670_11, ...(verkorting === null ? [] : [R.WIA_24_2, R.WIA_24_3])];
  const explanation = summaryStep(t, M, legalBasis, 'wagePaymentExtendedThroughDaysAfter', { end: iso(end), end0: end - end0, riv: iso(riv), aanvraag: iso(aanvraag) },
    { allowed, extendedLastDay: iso(end), extensionDays: end - end0 });
  return Object.freeze({
    allowed, firstSickDay: iso(clock.firstDay), wachttijdLastDay: iso(end0), extendedLastDay: iso(end), extensionDays: end - end0,
    reIntegratieverslagDue: iso(riv), wiaAanvraagDue: iso(aanvraag), loonsanctieDecisionDue: iso(lsDue), wiaIngang: iso(end + 1),
    verkorting: verkorting === null ? null : Object.freeze(verkorting),
    dates: sortedDates(dates),
    findings: Object.freeze(findings), missingFacts: Object.freeze(t.missingFacts()),
    legalBasis: Object.freeze(legalBasis),
    explanation,
    notices: Object.freeze(notices),
    trace: t.done(),
  });
}

const M = 'vrijwilligeVerlenging';

/**
 * WIA 24 lid 1: whether UWV can grant the extension — not in the vangnet cases of sub a, perhaps not
 * for serious reasons (sub b), and uncertain after a request made once the wachttijd ended.
 */
function verlengingFindings(t: Tracer, vangnet: VangnetGroup | 'none' | undefined, request: number | undefined, end0: number): { allowed: Answer; findings: EndOfWachttijdFinding[] } {
  const findings: EndOfWachttijdFinding[] = [];
  let allowed: Answer;
  if (vangnet === undefined) {
    allowed = 'unknown';
    findings.push(findingStep(t, M, { code: 'geen-vangnet', status: 'unknown', refs: [R.WIA_24_1A], message: 'unknownWhetherTheEmployeeIsIn', missingFacts: ['vangnet'] }));
  } else {
    // ZW 29 (lid 2 e–g: orgaandonatie, 29a, 29b/29d; c: ziek uit dienst) and 29a lid 1 and 4 are named
    // in WIA 24 lid 1 a. 29a lid 2 is named only through ZW 29 lid 2 f while 29a lid 1 and 4 are named
    // separately: uncertain, as computeVangnetMelding says too.
    allowed = vangnet === 'none' ? 'yes' : vangnet === 'flexibiliseringsperiode' ? 'unknown' : 'no';
    findings.push(findingStep(t, M, { code: 'geen-vangnet', status: allowed, refs: [R.WIA_24_1A], inputs: { vangnet },
      message: allowed === 'no' ? 'safetyNetGroupAVoluntaryExtension' : allowed === 'unknown' ? 'sicknessInTheFlexibilityPeriodZw' : 'notAnExcludedSafetyNetCase',
      params: allowed === 'no' ? { vangnet } : {} }));
  }
  findings.push(findingStep(t, M, { code: 'geen-zwaarwegende-omstandigheden', status: 'unknown', refs: [R.WIA_24_1], message: 'uwvMayRefuseForSeriousReasons' }));
  if (request !== undefined && request > end0) {
    findings.push(findingStep(t, M, { code: 'verzoek-voor-einde-wachttijd', status: 'no', refs: [R.WIA_24_1], normKind: 'practice', message: 'theRequestWasMadeAfterThe',
      inputs: { requestDate: iso(request), wachttijdLastDay: iso(end0) } }));
    if (allowed === 'yes') allowed = 'unknown';
  }
  return { allowed, findings };
}

/** The dates that move with the extended end: the end itself, the re-integratieverslag, the WIA-aanvraag, UWV's loonsanctie decision and the WIA start. */
function movedDates(t: Tracer, rs: RuleSet['parameters'], end: number, dates: LegalDate[]): { riv: number; aanvraag: number; lsDue: number } {
  const riv = end - rs.reIntegratieverslagWeeksBeforeEnd * WEEK;
  const aanvraag = end - rs.wiaAanvraagWeeksBeforeEnd * WEEK;
  const inputs = { extendedLastDay: iso(end) };
  dates.push(datedStep(t, M, { id: 'einde-verlengd-tijdvak', day: end, refs: [R.WIA_24_1, R.WIA_24_2, R.BW_629_11B], message: 'theLastDayOfTheExtended', inputs }));
  dates.push(datedStep(t, M, { id: 're-integratieverslag', day: riv, refs: [R.WIA_25_4, R.ATW_1_2], message: 'thirteenWeeksBeforeTheEndOf2', inputs, params: { end: iso(end) } }));
  dates.push(datedStep(t, M, { id: 'wia-aanvraag', day: aanvraag, refs: [R.WIA_64_3, R.ATW_1_2], message: 'weeksBeforeTheEndOfThe', inputs,
    params: { wiaAanvraagWeeksBeforeEnd: rs.wiaAanvraagWeeksBeforeEnd } }));
  const ls = evaluateEffect(t, M, 'loonsanctie-beschikking-uiterlijk', end, { end: iso(end) });
  dates.push(ls.date);
  dates.push(datedStep(t, M, { id: 'wia-ingang', day: end + 1, refs: [R.WIA_47_2, R.WIA_24_1], message: 'theDayAfterTheExtendedPeriod', inputs }));
  return { riv, aanvraag, lsDue: ls.day };
}

/**
 * WIA 24 lid 3: the employee's request to shorten the extension. The earliest end is thirteen weeks
 * after the request, or the earlier end of employment; pushes that date to `dates`.
 *
 * @param t - The tracer of the call.
 * @param v - The request.
 * @param end - The agreed extended last day (day number).
 * @param dates - The dates of the result, added to.
 * @returns The verkorting outcome; its `effectiveLastDay` is the new end.
 */
function applyVerkorting(
  t: Tracer, v: { readonly requestDate: string; readonly requestedLastDay: string; readonly employmentEnds?: string | undefined },
  end: number, dates: LegalDate[],
): NonNullable<VrijwilligeVerlengingResult['verkorting']> {
  const req = dn(v.requestDate);
  const earliest13 = effectDay('verkorting-vroegste-einde', req);
  const emp = v.employmentEnds === undefined ? Infinity : dn(v.employmentEnds);
  const earliest = Math.min(earliest13, emp);
  const requested = dn(v.requestedLastDay);
  const effective = Math.min(end, Math.max(requested, earliest));
  dates.push(evaluateEffect(t, M, 'verkorting-vroegste-einde', req,
    { req: iso(req), orEarlierEnd: emp < earliest13 ? nested('orTheEarlierEndOfEmployment') : '' }, earliest).date);
  return { earliestLastDay: iso(earliest), requestedAllowed: requested >= earliest, effectiveLastDay: iso(effective) };
}
