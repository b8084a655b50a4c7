import * as z from 'zod';
import type { Localized } from '../i18n/types.js';
import { isoDateSchema } from '../input/zodIssues.js';
import { EOW_REFS as R } from '../law/endOfWachttijdRefs.js';
import { atw, caseShape, loonsanctieDecisionDue, dn, iso, legalDate, openCase, requireOrder, sortedDates, throwIfIssues, TRANSITION_2013, WEEK } from './internal.js';
import { ziekmeldingSafeHarbourDay } from './loonsanctieRules.js';
import { wiaBriefWeekFor } from '../law/ruleSets.js';
import { dateLabel } from './messages.js';
import { END_OF_WACHTTIJD_NORMS as N } from '../law/endOfWachttijdNorms.js';
import type { EndOfWachttijdFinding, EndOfWachttijdReport, LegalDate, WachttijdCase } from './types.js';
import type { Answer } from '../vocabulary/index.js';
import { phrase } from './messages.js';

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
}

/** zod schema of the input of `computeLateWiaAanvraag`: shapes only, the function adds the semantic checks. Public as `lateWiaAanvraagInputSchema` (see docs/schemas.md). */
export const schema = z.strictObject({
  ...caseShape,
  applicationDate: isoDateSchema,
  // 0.1.0 words ('niet-ontvangen', 'niet-gedaan') are deprecated aliases, normalised here.
  wiaBriefReceived: z.union([z.enum(['not-received', 'niet-ontvangen']).transform(() => 'not-received' as const), isoDateSchema]).optional(),
  ziekmeldingUwv: z.union([z.enum(['not-done', 'niet-gedaan']).transform(() => 'not-done' as const), isoDateSchema]).optional(),
  extendedLastDay: isoDateSchema.optional(),
  deugdelijkeGrond: z.boolean().optional(),
});
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
  const app = dn(p.applicationDate);
  requireOrder(issues, ['applicationDate'], clock.firstDay, app, 'applicationDate lies before the first sick day');
  const ref = p.extendedLastDay === undefined ? clock.wachttijdLastDay : dn(p.extendedLastDay);
  requireOrder(issues, ['extendedLastDay'], clock.wachttijdLastDay, ref, 'extendedLastDay lies before the end of the wachttijd');
  if (p.ziekmeldingUwv !== undefined && p.ziekmeldingUwv !== 'not-done') requireOrder(issues, ['ziekmeldingUwv'], clock.firstDay, dn(p.ziekmeldingUwv), 'ziekmeldingUwv lies before the first sick day');
  throwIfIssues(FN, issues);

  const rs = clock.ruleSet.parameters;
  const deadline = ref - rs.wiaAanvraagWeeksBeforeEnd * WEEK;
  const briefWeek = wiaBriefWeekFor(clock.ruleSet, (w) => clock.dayOf(w * WEEK), TRANSITION_2013);
  const briefDue = clock.dayOf(briefWeek * WEEK);
  const meldingBefore = ziekmeldingSafeHarbourDay(clock);
  const findings: EndOfWachttijdFinding[] = [];
  const notices: Localized[] = [];
  const missingFacts: string[] = [];
  const dates: LegalDate[] = [
    legalDate('wia-aanvraag', deadline, dateLabel('wia-aanvraag'), [R.WIA_64_3, R.ATW_1_2], 'statutory',
      phrase('weeksBeforeTheEndCountedBackwards', { wiaAanvraagWeeksBeforeEnd: rs.wiaAanvraagWeeksBeforeEnd, ref: iso(ref) })),
    legalDate('wia-brief-uwv', briefDue, dateLabel('wia-brief-uwv'), [R.WIA_64_2], 'statutory',
      phrase('theDayOnWhichTheWaiting', { briefWeek })),
    legalDate('ziekmelding-uwv-voor-week-81', meldingBefore, dateLabel('ziekmelding-uwv-voor-week-81'), [R.WIA_64_6, R.ZW_38_1], 'statutory',
      phrase('theDayOnWhichTheWaiting2', { ziekmeldingSafeHarbourWeek: rs.ziekmeldingSafeHarbourWeek })),
  ];

  let timely: Answer;
  let code: LateWiaAanvraagResult['code'];
  let safeHarbourDeadline: number | null = null;
  if (app <= deadline) {
    timely = 'yes';
    code = 'tijdig';
  } else {
    // Safe harbour of WIA 64 lid 6.
    const melding: Answer = p.ziekmeldingUwv === undefined ? 'unknown' : p.ziekmeldingUwv === 'not-done' ? 'no' : dn(p.ziekmeldingUwv) < meldingBefore ? 'yes' : 'no';
    let notice: 'none' | 'late-within' | 'late-outside' | 'on-time' | 'unknown';
    if (p.wiaBriefReceived === undefined) notice = 'unknown';
    else if (p.wiaBriefReceived === 'not-received') notice = 'none';
    else {
      const rec = dn(p.wiaBriefReceived);
      if (rec <= briefDue) notice = 'on-time';
      else {
        safeHarbourDeadline = atw(rec + N.safeHarbourWeeks.value * WEEK);
        notice = app <= safeHarbourDeadline ? 'late-within' : 'late-outside';
        dates.push(legalDate('wia-aanvraag-safe-harbour', safeHarbourDeadline, dateLabel('wia-aanvraag-safe-harbour'), [R.WIA_64_6, R.ATW_1], 'statutory',
          phrase('fourWeeksAfterReceiptOfThe', { rec: iso(rec) })));
      }
    }
    const harbourByNotice: Answer = notice === 'none' || notice === 'late-within' ? 'yes' : notice === 'unknown' ? 'unknown' : 'no';
    if (notice === 'unknown') missingFacts.push('wiaBriefReceived');
    if (harbourByNotice !== 'no' && melding === 'unknown') missingFacts.push('ziekmeldingUwv');
    const harbour: Answer = harbourByNotice === 'no' || melding === 'no' ? 'no' : harbourByNotice === 'yes' && melding === 'yes' ? 'yes' : 'unknown';
    findings.push({ code: 'kennisgeving-uwv-te-laat', status: harbourByNotice, legalBasis: [R.WIA_64_2, R.WIA_64_6], normKind: 'statutory',
      explanation: notice === 'none' ? phrase('uwvSentNoNoticeTheApplication')
        : notice === 'late-within' ? phrase('lateNoticeAndApplicationWithinFour')
          : notice === 'late-outside' ? phrase('lateNoticeButTheApplicationCame')
            : notice === 'on-time' ? phrase('theNoticeCameOnTimeNo')
              : phrase('unknownWhenTheUwvNoticeWas') });
    findings.push({ code: 'ziekmelding-voor-week-81', status: melding, legalBasis: [R.WIA_64_6, R.ZW_38_1], normKind: 'statutory',
      explanation: phrase('the42WeekReportHadTo', { meldingBefore: iso(meldingBefore) }) });
    timely = harbour === 'yes' ? 'yes' : harbour === 'no' ? 'no' : 'unknown';
    code = harbour === 'yes' ? (notice === 'none' ? 'tijdig-geen-kennisgeving' : 'tijdig-late-kennisgeving') : harbour === 'no' ? 'te-laat' : 'unknown';
  }

  const rawDelay = Math.max(0, app - deadline);
  const delay = timely === 'yes' ? 0 : rawDelay;
  const wageLast = ref + delay;
  const forfeited: Answer = delay === 0 ? 'no' : p.deugdelijkeGrond === undefined ? 'unknown' : p.deugdelijkeGrond ? 'no' : 'yes';
  if (delay > 0 && p.deugdelijkeGrond === undefined) missingFacts.push('deugdelijkeGrond');
  if (delay > 0) {
    findings.push({ code: 'geen-loon-over-vertraging', status: forfeited, legalBasis: [R.BW_629_3F], normKind: 'statutory',
      explanation: phrase('withoutADeugdelijkeGrondTheEmployee', { delay }) });
    notices.push(phrase(timely === 'unknown' ? 'timelinessDependsOnMissingFacts' : 'applicationIsLate'));
  }
  const { day: lsDue, date: lsDueDate } = loonsanctieDecisionDue(wageLast);
  const wiaFloor = app - 52 * WEEK;
  const wiaIngang = Math.max(wageLast + 1, wiaFloor);
  dates.push(legalDate('einde-loondoorbetaling', wageLast, dateLabel('einde-loondoorbetaling'), [R.BW_629_11A], 'statutory',
    delay > 0 ? phrase('extendedByTheDelay', { delay }) : phrase('notExtended')));
  dates.push(lsDueDate);
  dates.push(legalDate('wia-recht-niet-eerder-dan', wiaFloor, dateLabel('wia-recht-niet-eerder-dan'), [R.WIA_64_11], 'statutory',
    phrase('noRightOverPeriodsMoreThan')));
  dates.push(legalDate('wia-ingang', wiaIngang, dateLabel('wia-ingang'), [R.WIA_47_2, R.BW_629_11A, R.WIA_64_11], 'statutory',
    phrase('theDayAfterTheEndOf2')));

  return Object.freeze({
    timely, code, firstSickDay: iso(clock.firstDay), referenceLastDay: iso(ref), deadline: iso(deadline), wiaBriefDue: iso(briefDue),
    ziekmeldingBefore: iso(meldingBefore), safeHarbourDeadline: safeHarbourDeadline === null ? null : iso(safeHarbourDeadline),
    delayDays: timely === 'unknown' ? rawDelay : delay, wageLastDay: iso(wageLast), opzegverbodExtensionDays: delay, wageForfeited: forfeited,
    loonsanctieDecisionDue: iso(lsDue), wiaIngang: iso(wiaIngang),
    dates: sortedDates(dates), findings: Object.freeze(findings),
    missingFacts: Object.freeze(missingFacts),
    legalBasis: Object.freeze([R.WIA_64_3, R.WIA_64_6, R.BW_629_11A, R.BW_629_3F, R.BW_670_11]),
    explanation: timely === 'yes'
      ? phrase('theApplicationOfCountsAsTimely', { app: iso(app), deadline: iso(deadline), safeHarbour: code === 'tijdig' ? '' : phrase('underTheSafeHarbour') })
      : phrase('theApplicationOfIsDayS', { app: iso(app), possibly: timely === 'no' ? '' : phrase('possibly'), rawDelay }),
    notices: Object.freeze(notices),
  });
}
