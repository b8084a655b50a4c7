import * as z from 'zod';
import type { Localized } from '../i18n/types.js';
import { isoDateSchema } from '../input/zodIssues.js';
import type { LegalRef } from '../legal/LegalRef.js';
import { EOW_REFS as R } from '../law/endOfWachttijdRefs.js';
import { caseShape, dn, iso, legalDate, openCase, requireOrder, throwIfIssues, WEEK } from './internal.js';
import { dateLabel } from './messages.js';
import { END_OF_WACHTTIJD_NORMS as N } from '../law/endOfWachttijdNorms.js';
import type { EndOfWachttijdFinding, LegalDate, WachttijdCase } from './types.js';
import type { Answer } from '../vocabulary/index.js';
import { phrase } from './messages.js';

/** Input of {@link checkVervroegdeIva}. */
export type VervroegdeIvaInput = WachttijdCase & {
  /** Date the application was (or will be) filed; absent = only the window is computed. */
  readonly applicationDate?: string | undefined;
  /** Whether an application for a verkorte wachttijd was made before (WIA 66 lid 2). */
  readonly earlierApplication?: boolean | undefined;
  /** Whether the bedrijfsarts' statement accompanies the application (WIA 66 lid 3–5). */
  readonly bedrijfsartsVerklaring?: boolean | undefined;
  /**
   * The employee receives ziekengeld (ZW 29 lid 2) and has no right to wage, and was not last
   * employed by an eigenrisicodrager: no bedrijfsarts statement needed (WIA 66 lid 7).
   */
  readonly ziekengeldZonderLoon?: boolean | undefined;
  /** Last day of the verkorte wachttijd as set by UWV, when decided. */
  readonly setLastDay?: string | undefined;
};

/** Result of {@link checkVervroegdeIva}. */
export interface VervroegdeIvaResult {
  /** `'mogelijk'` (the formal conditions are met; UWV judges the medical IVA criterion), `'niet-mogelijk'`, or `'unknown'`. */
  readonly verdict: 'mogelijk' | 'niet-mogelijk' | 'unknown';
  /** Day 1. */
  readonly firstSickDay: string;
  /** UWV's window to apply: from the first day after 3 weeks (practice) to the end of week 68 (derived from the statute). */
  readonly window: { readonly from: string; readonly to: string };
  /** With an application: the earliest and latest last day of the verkorte wachttijd. */
  readonly verkorteWachttijd: {
    /** Max(end of week 13, application + 10 weeks). */
    readonly earliestLastDay: string;
    /** End of week 78. */
    readonly latestLastDay: string;
    /** The day after `earliestLastDay`. */
    readonly earliestWiaIngang: string;
  } | null;
  /** Criteria with their status. */
  readonly criteria: readonly EndOfWachttijdFinding[];
  /** Facts needed for a definite verdict. */
  readonly missingFacts: readonly string[];
  /** Every date with its basis. */
  readonly dates: readonly LegalDate[];
  /** Articles. */
  readonly legalBasis: readonly LegalRef[];
  /** Summary. */
  readonly explanation: Localized;
  /** Consequences to show (wage payment continues, no RIV-toets, …). */
  readonly notices: readonly Localized[];
}

/** zod schema of the input of `checkVervroegdeIva`: shapes only, the function adds the semantic checks. Public as `vervroegdeIvaInputSchema` (see docs/schemas.md). */
export const schema = z.strictObject({
  ...caseShape,
  applicationDate: isoDateSchema.optional(),
  earlierApplication: z.boolean().optional(),
  bedrijfsartsVerklaring: z.boolean().optional(),
  ziekengeldZonderLoon: z.boolean().optional(),
  setLastDay: isoDateSchema.optional(),
});
const FN = 'checkVervroegdeIva';

/**
 * Vervroegde IVA (verkorte wachttijd, WIA 23 lid 6 and 66): whether and when an employee who is
 * fully and durably unfit can apply, and the range of the shortened wachttijd.
 *
 * @remarks
 * WIA 23 lid 6: "Een verkorte wachttijd bedraagt ten minste 13 weken en ten hoogste 78 weken. Het
 * einde van een verkorte wachttijd wordt niet eerder vastgesteld dan tien weken na de dag waarop de
 * aanvraag daartoe is ingediend." So the last day to apply is the end of week 68 (78 − 10; derived,
 * cf. ECLI:NL:RBALK:2011:BU4978); UWV says to apply after at least 3 weeks (practice — an earlier
 * application simply gives a 13-week wachttijd). Once only (66 lid 2); with a bedrijfsarts statement
 * (66 lid 3–5) unless 66 lid 7; no re-integratieverslag (66 lid 6). Whether the employee is "volledig
 * en duurzaam arbeidsongeschikt" (WIA 4) is UWV's medical judgment and is always `'unknown'` here.
 * The employer still pays wage up to 104 weeks, less the benefit (BW 7:629 lid 5), and the
 * opzegverbod of BW 7:670 is unchanged.
 *
 * @param input - The sick case and, optionally, the application facts.
 * @returns The window, the shortened wachttijd range, the criteria and the verdict.
 * @throws {@link PoortwachterError} for invalid dates or a set last day outside 13–78 weeks.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=23&lid=6 | WIA art 23 lid 6}
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=66 | WIA art 66}
 * @example
 * checkVervroegdeIva({ firstSickDay: '2024-01-01', applicationDate: '2024-06-03' }).verkorteWachttijd
 * //=> { earliestLastDay: '2024-08-12', latestLastDay: '2025-06-29', earliestWiaIngang: '2024-08-13' }
 */
export function checkVervroegdeIva(input: VervroegdeIvaInput): VervroegdeIvaResult {
  const { p, clock, issues } = openCase(schema, input, FN);
  const from = clock.dayOf(N.vervroegdeIvaUwvFromWeeks.value * WEEK + 1);
  const lead = N.verkorteWachttijdLeadWeeks.value * WEEK;
  const minLast = clock.dayOf(N.verkorteWachttijdMinWeeks.value * WEEK);
  const maxLast = clock.dayOf(N.verkorteWachttijdMaxWeeks.value * WEEK);
  const to = clock.dayOf((N.verkorteWachttijdMaxWeeks.value - N.verkorteWachttijdLeadWeeks.value) * WEEK);
  const app = p.applicationDate === undefined ? undefined : dn(p.applicationDate);
  if (app !== undefined) requireOrder(issues, ['applicationDate'], clock.firstDay, app, 'applicationDate lies before the first sick day');
  if (p.setLastDay !== undefined) {
    const s = dn(p.setLastDay);
    if (app === undefined) issues.push({ path: ['applicationDate'], code: 'missing', message: 'required with setLastDay' });
    if (s < minLast || s > maxLast) issues.push({ path: ['setLastDay'], code: 'inconsistent', message: `a verkorte wachttijd lasts 13 to 78 weeks (${iso(minLast)} … ${iso(maxLast)})` });
    else if (app !== undefined && s < app + lead) issues.push({ path: ['setLastDay'], code: 'inconsistent', message: `must lie at least ten weeks after the application (${iso(app + lead)})` });
  }
  throwIfIssues(FN, issues);

  const criteria: EndOfWachttijdFinding[] = [];
  const missingFacts: string[] = [];
  const notices: Localized[] = [];
  const dates: LegalDate[] = [
    legalDate('vervroegde-iva-aanvragen-vanaf', from, dateLabel('vervroegde-iva-aanvragen-vanaf'), [R.WIA_23_6], 'practice',
      phrase('uwvApplyAfterAtLeastThree')),
    legalDate('vervroegde-iva-uiterlijk', to, dateLabel('vervroegde-iva-uiterlijk'), [R.WIA_23_6, R.WIA_66], 'statutory',
      phrase('endOfWeek68TheShortened')),
  ];
  let verkorte: VervroegdeIvaResult['verkorteWachttijd'] = null;
  let formal = 'yes' as Answer;
  const worse = (s: Answer): void => {
    if (s === 'no') formal = 'no';
    else if (s === 'unknown' && formal === 'yes') formal = 'unknown';
  };

  if (app === undefined) {
    missingFacts.push('applicationDate');
    worse('unknown');
    criteria.push({ code: 'aanvraag-binnen-termijn', status: 'unknown', legalBasis: [R.WIA_23_6], normKind: 'statutory',
      explanation: phrase('anApplicationIsPossibleThrough', { to: iso(to) }) });
  } else {
    const inTime = app <= to;
    worse(inTime ? 'yes' : 'no');
    criteria.push({ code: 'aanvraag-binnen-termijn', status: inTime ? 'yes' : 'no', legalBasis: [R.WIA_23_6], normKind: 'statutory',
      explanation: inTime
        ? phrase('applicationOnAtTheLatest', { app: iso(app), to: iso(to) })
        : phrase('applicationOnIsAfterWeek68', { app: iso(app), to: iso(to) }) });
    if (app < from) {
      notices.push(phrase('theApplicationIsBeforeTheMoment', { from: iso(from) }));
    }
    if (inTime) {
      const earliest = Math.max(minLast, app + lead);
      verkorte = { earliestLastDay: iso(earliest), latestLastDay: iso(maxLast), earliestWiaIngang: iso(earliest + 1) };
      dates.push(legalDate('verkorte-wachttijd-vroegste-einde', earliest, dateLabel('verkorte-wachttijd-vroegste-einde'), [R.WIA_23_6], 'statutory',
        phrase('theLaterOfEndOfWeek')));
      dates.push(legalDate('verkorte-wachttijd-uiterste-einde', maxLast, dateLabel('verkorte-wachttijd-uiterste-einde'), [R.WIA_23_6], 'statutory',
        phrase('endOfWeek78')));
    }
  }
  const once: Answer = p.earlierApplication === undefined ? 'unknown' : p.earlierApplication ? 'no' : 'yes';
  if (once === 'unknown') missingFacts.push('earlierApplication');
  worse(once);
  criteria.push({ code: 'eerste-aanvraag', status: once, legalBasis: [R.WIA_66_2], normKind: 'statutory',
    explanation: phrase('anApplicationForAShortenedWaiting') });
  const verklaring: Answer = p.ziekengeldZonderLoon === true ? 'yes' : p.bedrijfsartsVerklaring === undefined ? 'unknown' : p.bedrijfsartsVerklaring ? 'yes' : 'no';
  if (verklaring === 'unknown') missingFacts.push('bedrijfsartsVerklaring');
  worse(verklaring);
  criteria.push({ code: 'bedrijfsartsverklaring', status: verklaring, legalBasis: p.ziekengeldZonderLoon === true ? [R.WIA_66_7] : [R.WIA_66_3], normKind: 'statutory',
    explanation: p.ziekengeldZonderLoon === true
      ? phrase('noBedrijfsartsStatementNeededZiekengeldWithout')
      : phrase('withoutTheBedrijfsartsStatementTheApplication') });
  criteria.push({ code: 'volledig-en-duurzaam-arbeidsongeschikt', status: 'unknown', legalBasis: [R.WIA_23_6], normKind: 'statutory',
    explanation: phrase('whetherTheEmployeeIsFullyAnd') });

  notices.push(phrase('theApplicationAlsoCountsAsThe'));
  notices.push(phrase('theEmployerKeepsPayingWagesUp2'));
  notices.push(phrase('withoutA42WeekReportThe'));

  const f: Answer = formal;
  const verdict: VervroegdeIvaResult['verdict'] = f === 'no' ? 'niet-mogelijk' : f === 'yes' ? 'mogelijk' : 'unknown';
  return Object.freeze({
    verdict, firstSickDay: iso(clock.firstDay), window: Object.freeze({ from: iso(from), to: iso(to) }),
    verkorteWachttijd: verkorte === null ? null : Object.freeze(verkorte),
    criteria: Object.freeze(criteria), missingFacts: Object.freeze(missingFacts), dates: Object.freeze(dates),
    legalBasis: Object.freeze([R.WIA_23_6, R.WIA_66, R.WIA_66_2, R.WIA_66_3, R.WIA_66_6, R.BW_629_5]),
    explanation: verdict === 'niet-mogelijk'
      ? phrase('earlyIvaIsNotOrNo')
      : phrase('applyThroughTheFormalConditionsAre', { to: iso(to), conditions: phrase(verdict === 'mogelijk' ? 'conditionsMet' : 'conditionsNotAllKnown') }),
    notices: Object.freeze(notices),
  });
}
