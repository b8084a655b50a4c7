import type { Localized } from '../i18n/types.js';
import type { LegalRef } from '../legal/LegalRef.js';
import { missingFactsOf, type TraceStep } from '../engine/trace.js';
import { EOW_REFS as R } from '../law/endOfWachttijdRefs.js';
import { dn, iso, openCase, throwIfIssues } from './internal.js';
import type { EndOfWachttijdFinding, LegalDate, WachttijdCase } from './types.js';
import { schema } from './vervroegdeIvaSchema.js';
import {
  aanvraagBinnenTermijn, bedrijfsartsverklaring, checkIvaInput, eersteAanvraag, ivaNotices, ivaTerms, ivaWindowDates,
  verdictOf, verkorteWachttijdDates, volledigEnDuurzaamArbeidsongeschikt,
} from './vervroegdeIvaRules.js';

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
  /**
   * The rules applied, in order (plain data): the window, each criterion, the verkorte wachttijd and
   * the verdict. `missingFacts` is derived from it and every explanation above is rendered from it.
   */
  readonly trace: readonly TraceStep[];
}

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
  const t = ivaTerms(clock);
  checkIvaInput(p, clock, t, issues);
  throwIfIssues(FN, issues);

  const app = p.applicationDate === undefined ? undefined : dn(p.applicationDate);
  const window = ivaWindowDates(t);
  const inTime = aanvraagBinnenTermijn(app, t);
  const verkorte = app !== undefined && inTime.finding.status === 'yes' ? verkorteWachttijdDates(app, t) : null;
  const criteria = [inTime, eersteAanvraag(p), bedrijfsartsverklaring(p), volledigEnDuurzaamArbeidsongeschikt()];
  const verdict = verdictOf(criteria.map((c) => c.finding.status), t);
  const trace: readonly TraceStep[] = Object.freeze([
    ...window.map((d) => d.step), inTime.step, ...(verkorte === null ? [] : verkorte.dates.map((d) => d.step)),
    ...criteria.slice(1).map((c) => c.step), verdict.step,
  ]);
  const dates: LegalDate[] = [...window, ...(verkorte === null ? [] : verkorte.dates)].map((d) => d.date);
  return Object.freeze({
    verdict: verdict.verdict, firstSickDay: iso(clock.firstDay), window: Object.freeze({ from: iso(t.from), to: iso(t.to) }),
    verkorteWachttijd: verkorte === null ? null : Object.freeze(verkorte.range),
    criteria: Object.freeze(criteria.map((c) => c.finding)), missingFacts: Object.freeze(missingFactsOf(trace)), dates: Object.freeze(dates),
    legalBasis: Object.freeze([R.WIA_23_6, R.WIA_66, R.WIA_66_2, R.WIA_66_3, R.WIA_66_6, R.BW_629_5]),
    explanation: verdict.explanation,
    notices: Object.freeze(ivaNotices(app, t)),
    trace,
  });
}
