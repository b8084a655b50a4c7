import { missingFactsOf, type TraceStep } from '../engine/trace.js';
import { EOW_REFS as R } from '../law/endOfWachttijdRefs.js';
import { iso, openCase, sortedDates, throwIfIssues } from './internal.js';
import type { EndOfWachttijdReport, WachttijdCase } from './types.js';
import type { Answer } from '../vocabulary/index.js';
import { schema } from './lateWiaAanvraagSchema.js';
import {
  checkLateWiaInput, delayConsequences, lateWiaNotices, lateWiaSummary, lateWiaTermDates, lateWiaTerms, timelinessOf, wageAndWiaDates,
} from './lateWiaAanvraagRules.js';

/** Input of {@link computeLateWiaAanvraag}. */
export type LateWiaAanvraagInput = WachttijdCase & {
  /** Date the WIA application was filed. */
  readonly applicationDate: string;
  /**
   * Date the employee received UWV's notice (WIA 64 lid 2), `'not-received'` when none came, or
   * absent when unknown. The 0.1.0 value `'niet-ontvangen'` is still accepted (deprecated).
   */
  readonly wiaBriefReceived?: string | 'not-received' | 'niet-ontvangen' | undefined;
  /**
   * Date of the employer's 42-week melding (ZW 38 lid 1), `'not-done'`, or absent when unknown.
   * The 0.1.0 value `'niet-gedaan'` is still accepted (deprecated).
   */
  readonly ziekmeldingUwv?: string | 'not-done' | 'niet-gedaan' | undefined;
  /** Last day of a vrijwillige verlenging (WIA 24), when there is one: the deadline is 11 weeks before it. */
  readonly extendedLastDay?: string | undefined;
  /** Whether the employee had a deugdelijke grond for the delay (BW 7:629 lid 3 f); absent = unknown. */
  readonly deugdelijkeGrond?: boolean | undefined;
};

/** Result of {@link computeLateWiaAanvraag}. */
export interface LateWiaAanvraagResult extends EndOfWachttijdReport {
  /** Whether the application counts as timely (`'unknown'` when the safe harbour depends on missing facts). */
  readonly timely: Answer;
  /** Stable code of the outcome. */
  readonly code: 'tijdig' | 'tijdig-late-kennisgeving' | 'tijdig-geen-kennisgeving' | 'te-laat' | 'unknown';
  /** Day 1. */
  readonly firstSickDay: string;
  /** Last day of the wachttijd (or of the voluntarily extended period). */
  readonly referenceLastDay: string;
  /** The statutory deadline (WIA 64 lid 3). */
  readonly deadline: string;
  /** Last day for UWV's notice (WIA 64 lid 2). */
  readonly wiaBriefDue: string;
  /** The 42-week melding had to be made before this day for the safe harbour (WIA 64 lid 6). */
  readonly ziekmeldingBefore: string;
  /** With a late notice: the last day of the four weeks after receipt (moved by the Atw), else `null`. */
  readonly safeHarbourDeadline: string | null;
  /** Days late (0 when timely; when unknown, the days after the statutory deadline). */
  readonly delayDays: number;
  /** Last day of wage payment, extended by the delay (BW 7:629 lid 11 a). */
  readonly wageLastDay: string;
  /** Days the opzegverbod is extended (BW 7:670 lid 11). */
  readonly opzegverbodExtensionDays: number;
  /** No wage over the delay (BW 7:629 lid 3 f): `'yes'` when late without deugdelijke grond. */
  readonly wageForfeited: Answer;
  /** Last day for a loonsanctie decision (WIA 25 lid 10, second sentence). */
  readonly loonsanctieDecisionDue: string;
  /** Earliest WIA start (also bounded by WIA 64 lid 11). */
  readonly wiaIngang: string;
  /**
   * The rules applied, in order (plain data): the statutory days, the safe harbour of WIA 64 lid 6,
   * the delay and its consequences, the summary. `missingFacts` is derived from it and every
   * explanation above is rendered from it.
   */
  readonly trace: readonly TraceStep[];
}

const FN = 'computeLateWiaAanvraag';

/**
 * A WIA application after the deadline of WIA 64 lid 3: whether it still counts as timely (WIA 64
 * lid 6), and otherwise the delay that extends the wage period (BW 7:629 lid 11 a) and the
 * opzegverbod (BW 7:670 lid 11), and may cost the employee that wage (BW 7:629 lid 3 f).
 *
 * @remarks
 * WIA 64 lid 6: "Een aanvraag wordt geacht tijdig te zijn ingediend indien het UWV de kennisgeving
 * … niet heeft gedaan dan wel indien bij een latere kennisgeving … de aanvraag wordt ingediend binnen
 * vier weken nadat deze kennisgeving is ontvangen. Dit lid is niet van toepassing indien de
 * werkgever de aangifte, bedoeld in artikel 38, eerste lid, van de Ziektewet, niet heeft gedaan voor
 * de dag waarop de wachttijd 81 weken heeft geduurd." (79 weeks and week 87/13 weeks before
 * 1 July 2013: the rule set is chosen by date.) The four weeks are a forward term in a wet and are
 * moved by the Algemene termijnenwet; the deadline itself is counted backwards and is not. Reading:
 * the notice counts as late when it was received after the day it was due.
 *
 * @param input - The sick case, the application date and the facts of the safe harbour.
 * @returns Timeliness, the delay and its consequences, with every date and its basis.
 * @throws {@link PoortwachterError} for invalid dates or dates in an impossible order.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=64 | WIA art 64}
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=629 | BW 7:629}
 * @example
 * computeLateWiaAanvraag({ firstSickDay: '2024-01-01', applicationDate: '2025-10-26', wiaBriefReceived: '2025-09-10', ziekmeldingUwv: '2024-10-21' })
 * //=> { timely: 'no', code: 'te-laat', deadline: '2025-10-12', delayDays: 14, wageLastDay: '2026-01-11', … }
 */
export function computeLateWiaAanvraag(input: LateWiaAanvraagInput): LateWiaAanvraagResult {
  const { p, clock, issues } = openCase(schema, input, FN);
  const { app, ref } = checkLateWiaInput(p, clock, issues);
  throwIfIssues(FN, issues);

  const t = lateWiaTerms(clock, app, ref);
  const terms = lateWiaTermDates(clock, t);
  const tl = timelinessOf(p, t);
  const d = delayConsequences(p, t, tl.timely);
  const wage = wageAndWiaDates(t, d);
  const summary = lateWiaSummary(t, tl, d);
  const dated = [...terms, ...(tl.safeHarbour === null ? [] : [tl.safeHarbour])];
  const findings = [...tl.findings, ...(d.finding === null ? [] : [d.finding])];
  const trace: readonly TraceStep[] = Object.freeze([...dated.map((x) => x.step), ...findings.map((f) => f.step), ...wage.dates.map((x) => x.step), summary.step]);
  return Object.freeze({
    timely: tl.timely, code: tl.code, firstSickDay: iso(clock.firstDay), referenceLastDay: iso(ref), deadline: iso(t.deadline), wiaBriefDue: iso(t.briefDue),
    ziekmeldingBefore: iso(t.meldingBefore), safeHarbourDeadline: tl.safeHarbour === null ? null : tl.safeHarbour.date.date,
    delayDays: tl.timely === 'unknown' ? d.rawDelay : d.delay, wageLastDay: iso(d.wageLast), opzegverbodExtensionDays: d.delay, wageForfeited: d.forfeited,
    loonsanctieDecisionDue: iso(wage.lsDue), wiaIngang: iso(wage.wiaIngang),
    dates: sortedDates([...dated, ...wage.dates].map((x) => x.date)), findings: Object.freeze(findings.map((f) => f.finding)),
    missingFacts: Object.freeze(missingFactsOf(trace)),
    legalBasis: Object.freeze([R.WIA_64_3, R.WIA_64_6, R.BW_629_11A, R.BW_629_3F, R.BW_670_11]),
    explanation: summary.explanation,
    notices: Object.freeze(lateWiaNotices(tl, d)),
    trace,
  });
}
