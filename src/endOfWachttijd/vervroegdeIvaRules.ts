/**
 * The rules of `checkVervroegdeIva` (WIA 23 lid 6, 66), one function per provision: each returns
 * its trace step with the date or finding whose text is rendered from it.
 *
 * @internal
 * @module
 */
import type { InputIssue } from '../errors/PoortwachterError.js';
import type { Localized } from '../i18n/types.js';
import type { TraceStep } from '../engine/trace.js';
import { EOW_REFS as R } from '../law/endOfWachttijdRefs.js';
import { END_OF_WACHTTIJD_NORMS as N } from '../law/endOfWachttijdNorms.js';
import type { Answer } from '../vocabulary/index.js';
import { dn, iso, requireOrder, WEEK, type Clock } from './internal.js';
import { phrase } from './messages.js';
import { datedStep, eowStep, findingStep, nested, renderStep, type DatedStep, type FindingStep } from './stepMessages.js';

const RULE = 'vervroegdeIva';

/** The day numbers of the verkorte wachttijd for one case. @internal */
export interface IvaTerms {
  /** First day UWV advises to apply (after 3 weeks; practice). */
  readonly from: number;
  /** Last day to apply: end of week 68. */
  readonly to: number;
  /** End of week 13: the shortest verkorte wachttijd. */
  readonly minLast: number;
  /** End of week 78: the longest. */
  readonly maxLast: number;
  /** Ten weeks, in days: the least time between application and end. */
  readonly lead: number;
}

/** The facts the rules read (the parsed input). @internal */
export interface IvaFacts {
  readonly applicationDate?: string | undefined;
  readonly earlierApplication?: boolean | undefined;
  readonly bedrijfsartsVerklaring?: boolean | undefined;
  readonly ziekengeldZonderLoon?: boolean | undefined;
  readonly setLastDay?: string | undefined;
}

/** WIA 23 lid 6: the terms on the sick clock. @internal */
export function ivaTerms(clock: Clock): IvaTerms {
  const min = N.verkorteWachttijdMinWeeks.value;
  const max = N.verkorteWachttijdMaxWeeks.value;
  const leadWeeks = N.verkorteWachttijdLeadWeeks.value;
  return {
    from: clock.dayOf(N.vervroegdeIvaUwvFromWeeks.value * WEEK + 1),
    to: clock.dayOf((max - leadWeeks) * WEEK),
    minLast: clock.dayOf(min * WEEK),
    maxLast: clock.dayOf(max * WEEK),
    lead: leadWeeks * WEEK,
  };
}

/** The semantic checks of the input (application after day 1; a set last day within 13–78 weeks and ten weeks after the application). @internal */
export function checkIvaInput(p: IvaFacts, clock: Clock, t: IvaTerms, issues: InputIssue[]): void {
  const app = p.applicationDate === undefined ? undefined : dn(p.applicationDate);
  if (app !== undefined) requireOrder(issues, ['applicationDate'], clock.firstDay, app, 'applicationDate lies before the first sick day');
  if (p.setLastDay === undefined) return;
  const s = dn(p.setLastDay);
  if (app === undefined) issues.push({ path: ['applicationDate'], code: 'missing', message: 'required with setLastDay' });
  if (s < t.minLast || s > t.maxLast) issues.push({ path: ['setLastDay'], code: 'inconsistent', message: `a verkorte wachttijd lasts 13 to 78 weeks (${iso(t.minLast)} … ${iso(t.maxLast)})` });
  else if (app !== undefined && s < app + t.lead) issues.push({ path: ['setLastDay'], code: 'inconsistent', message: `must lie at least ten weeks after the application (${iso(app + t.lead)})` });
}

/** The window to apply: from the first day after three weeks (UWV practice) to the end of week 68 (WIA 23 lid 6, 66). @internal */
export function ivaWindowDates(t: IvaTerms): DatedStep[] {
  return [
    datedStep({ rule: `${RULE}.window.from`, id: 'vervroegde-iva-aanvragen-vanaf', day: t.from, refs: [R.WIA_23_6], normKind: 'practice',
      inputs: { weeks: N.vervroegdeIvaUwvFromWeeks.value }, message: 'uwvApplyAfterAtLeastThree' }),
    datedStep({ rule: `${RULE}.window.to`, id: 'vervroegde-iva-uiterlijk', day: t.to, refs: [R.WIA_23_6, R.WIA_66], normKind: 'statutory',
      inputs: { maxWeeks: N.verkorteWachttijdMaxWeeks.value, leadWeeks: N.verkorteWachttijdLeadWeeks.value }, message: 'endOfWeek68TheShortened' }),
  ];
}

/** WIA 23 lid 6: the application lies on or before the end of week 68 (unknown without an application date). @internal */
export function aanvraagBinnenTermijn(app: number | undefined, t: IvaTerms): FindingStep {
  const to = iso(t.to);
  const status: Answer = app === undefined ? 'unknown' : app <= t.to ? 'yes' : 'no';
  return findingStep({
    rule: `${RULE}.aanvraag-binnen-termijn`, code: 'aanvraag-binnen-termijn', refs: [R.WIA_23_6], normKind: 'statutory', status,
    inputs: app === undefined ? { to } : { applicationDate: iso(app), to }, missingFacts: app === undefined ? ['applicationDate'] : [],
    message: status === 'unknown' ? 'anApplicationIsPossibleThrough' : status === 'yes' ? 'applicationOnAtTheLatest' : 'applicationOnIsAfterWeek68',
    params: app === undefined ? { to } : { app: iso(app), to },
  });
}

/** WIA 23 lid 6: the earliest (max of week 13 and application + 10 weeks) and latest (week 78) last day. @internal */
export function verkorteWachttijdDates(app: number, t: IvaTerms): {
  readonly range: { readonly earliestLastDay: string; readonly latestLastDay: string; readonly earliestWiaIngang: string };
  readonly dates: DatedStep[];
} {
  const earliest = Math.max(t.minLast, app + t.lead);
  return {
    range: { earliestLastDay: iso(earliest), latestLastDay: iso(t.maxLast), earliestWiaIngang: iso(earliest + 1) },
    dates: [
      datedStep({ rule: `${RULE}.verkorte-wachttijd.earliest`, id: 'verkorte-wachttijd-vroegste-einde', day: earliest, refs: [R.WIA_23_6], normKind: 'statutory',
        inputs: { applicationDate: iso(app), endOfWeek13: iso(t.minLast) }, message: 'theLaterOfEndOfWeek' }),
      datedStep({ rule: `${RULE}.verkorte-wachttijd.latest`, id: 'verkorte-wachttijd-uiterste-einde', day: t.maxLast, refs: [R.WIA_23_6], normKind: 'statutory',
        inputs: { weeks: N.verkorteWachttijdMaxWeeks.value }, message: 'endOfWeek78' }),
    ],
  };
}

/** WIA 66 lid 2: an application for a verkorte wachttijd can be made once. @internal */
export function eersteAanvraag(p: IvaFacts): FindingStep {
  const e = p.earlierApplication;
  return findingStep({ rule: `${RULE}.eerste-aanvraag`, code: 'eerste-aanvraag', refs: [R.WIA_66_2], normKind: 'statutory',
    status: e === undefined ? 'unknown' : e ? 'no' : 'yes', inputs: e === undefined ? {} : { earlierApplication: e },
    missingFacts: e === undefined ? ['earlierApplication'] : [], message: 'anApplicationForAShortenedWaiting' });
}

/** WIA 66 lid 3–5: the bedrijfsarts' statement accompanies the application, unless lid 7 (ziekengeld without wage). @internal */
export function bedrijfsartsverklaring(p: IvaFacts): FindingStep {
  const zzl = p.ziekengeldZonderLoon === true;
  const v = p.bedrijfsartsVerklaring;
  const status: Answer = zzl ? 'yes' : v === undefined ? 'unknown' : v ? 'yes' : 'no';
  return findingStep({ rule: `${RULE}.bedrijfsartsverklaring`, code: 'bedrijfsartsverklaring', refs: zzl ? [R.WIA_66_7] : [R.WIA_66_3], normKind: 'statutory',
    status, inputs: { ...(p.ziekengeldZonderLoon === undefined ? {} : { ziekengeldZonderLoon: p.ziekengeldZonderLoon }), ...(v === undefined ? {} : { bedrijfsartsVerklaring: v }) },
    missingFacts: status === 'unknown' ? ['bedrijfsartsVerklaring'] : [],
    message: zzl ? 'noBedrijfsartsStatementNeededZiekengeldWithout' : 'withoutTheBedrijfsartsStatementTheApplication' });
}

/** WIA 4 via 23 lid 6: "volledig en duurzaam arbeidsongeschikt" is UWV's medical judgment, always unknown here. @internal */
export function volledigEnDuurzaamArbeidsongeschikt(): FindingStep {
  return findingStep({ rule: `${RULE}.volledig-en-duurzaam-arbeidsongeschikt`, code: 'volledig-en-duurzaam-arbeidsongeschikt', refs: [R.WIA_23_6],
    normKind: 'statutory', status: 'unknown', message: 'whetherTheEmployeeIsFullyAnd' });
}

/** The worst of the formal conditions: `'no'` over `'unknown'` over `'yes'`. The medical criterion (last) is not formal. */
function formalOf(statuses: readonly Answer[]): Answer {
  const formal = statuses.slice(0, 3);
  return formal.includes('no') ? 'no' : formal.includes('unknown') ? 'unknown' : 'yes';
}

/** The verdict from the formal conditions (the first three criteria), with its step and summary. @internal */
export function verdictOf(statuses: readonly Answer[], t: IvaTerms): {
  readonly verdict: 'mogelijk' | 'niet-mogelijk' | 'unknown'; readonly step: TraceStep; readonly explanation: Localized;
} {
  const f = formalOf(statuses);
  const verdict = f === 'no' ? 'niet-mogelijk' : f === 'yes' ? 'mogelijk' : 'unknown';
  const step = eowStep({
    rule: `${RULE}.verdict`, refs: [R.WIA_23_6, R.WIA_66], outcome: f === 'yes' ? 'met' : f === 'no' ? 'not-met' : 'unknown',
    inputs: { conditions: statuses.slice(0, 3) }, outputs: { verdict },
    message: verdict === 'niet-mogelijk' ? 'earlyIvaIsNotOrNo' : 'applyThroughTheFormalConditionsAre',
    params: verdict === 'niet-mogelijk' ? {} : { to: iso(t.to), conditions: nested(verdict === 'mogelijk' ? 'conditionsMet' : 'conditionsNotAllKnown') },
  });
  return { verdict, step, explanation: renderStep(step) };
}

/** The remarks: an application before the UWV window, and the three consequences that always hold. @internal */
export function ivaNotices(app: number | undefined, t: IvaTerms): Localized[] {
  return [
    ...(app !== undefined && app < t.from ? [phrase('theApplicationIsBeforeTheMoment', { from: iso(t.from) })] : []),
    phrase('theApplicationAlsoCountsAsThe'),
    phrase('theEmployerKeepsPayingWagesUp2'),
    phrase('withoutA42WeekReportThe'),
  ];
}
