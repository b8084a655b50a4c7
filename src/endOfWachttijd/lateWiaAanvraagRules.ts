/**
 * The rules of `computeLateWiaAanvraag` (WIA 64 lid 2, 3, 6, 11; BW 7:629 lid 3 f and 11 a), one
 * function per provision: each returns its trace step with the date or finding rendered from it.
 *
 * @internal
 * @module
 */
import type { InputIssue } from '../errors/PoortwachterError.js';
import type { Localized } from '../i18n/types.js';
import type { TraceStep } from '../engine/trace.js';
import { EOW_REFS as R } from '../law/endOfWachttijdRefs.js';
import { END_OF_WACHTTIJD_NORMS as N } from '../law/endOfWachttijdNorms.js';
import { wiaBriefWeekFor } from '../law/ruleSets.js';
import type { Answer } from '../vocabulary/index.js';
import { atw, dn, iso, loonsanctieDecisionDue, requireOrder, TRANSITION_2013, WEEK, type Clock } from './internal.js';
import { ziekmeldingSafeHarbourDay } from './loonsanctieRules.js';
import { phrase } from './messages.js';
import { datedStep, eowStep, findingStep, nested, outcomeOf, renderStep, type DatedStep, type FindingStep } from './stepMessages.js';

const RULE = 'lateWiaAanvraag';

/** The facts the rules read (the parsed input, aliases normalised). @internal */
export interface LateWiaFacts {
  readonly applicationDate: string;
  readonly wiaBriefReceived?: string | undefined;
  readonly ziekmeldingUwv?: string | undefined;
  readonly extendedLastDay?: string | undefined;
  readonly deugdelijkeGrond?: boolean | undefined;
}

/** The day numbers every rule works with. @internal */
export interface LateWiaTerms {
  /** The application. */
  readonly app: number;
  /** Last day of the wachttijd or of the voluntarily extended period. */
  readonly ref: number;
  /** WIA 64 lid 3. */
  readonly deadline: number;
  /** Week of UWV's notice (WIA 64 lid 2; rule set by date). */
  readonly briefWeek: number;
  /** Last day of UWV's notice. */
  readonly briefDue: number;
  /** The 42-week melding had to be made before this day (WIA 64 lid 6). */
  readonly meldingBefore: number;
}

/** Whether the notice of WIA 64 lid 2 came, came late (and the application within four weeks after), or on time. @internal */
export type NoticeState = 'none' | 'late-within' | 'late-outside' | 'on-time' | 'unknown';

/** The semantic checks (application and melding not before day 1, extended end not before the wachttijd's); returns application and reference day. @internal */
export function checkLateWiaInput(p: LateWiaFacts, clock: Clock, issues: InputIssue[]): { readonly app: number; readonly ref: number } {
  const app = dn(p.applicationDate);
  requireOrder(issues, ['applicationDate'], clock.firstDay, app, 'applicationDate lies before the first sick day');
  const ref = p.extendedLastDay === undefined ? clock.wachttijdLastDay : dn(p.extendedLastDay);
  requireOrder(issues, ['extendedLastDay'], clock.wachttijdLastDay, ref, 'extendedLastDay lies before the end of the wachttijd');
  if (p.ziekmeldingUwv !== undefined && p.ziekmeldingUwv !== 'not-done') requireOrder(issues, ['ziekmeldingUwv'], clock.firstDay, dn(p.ziekmeldingUwv), 'ziekmeldingUwv lies before the first sick day');
  return { app, ref };
}

/** WIA 64 lid 2, 3 and 6: the deadline, the day of UWV's notice and the week-81 day. @internal */
export function lateWiaTerms(clock: Clock, app: number, ref: number): LateWiaTerms {
  const briefWeek = wiaBriefWeekFor(clock.ruleSet, (w) => clock.dayOf(w * WEEK), TRANSITION_2013);
  return {
    app, ref, deadline: ref - clock.ruleSet.parameters.wiaAanvraagWeeksBeforeEnd * WEEK,
    briefWeek, briefDue: clock.dayOf(briefWeek * WEEK), meldingBefore: ziekmeldingSafeHarbourDay(clock),
  };
}

/** The three statutory days as dates: the deadline (counted backwards, never moved), UWV's notice, the melding. @internal */
export function lateWiaTermDates(clock: Clock, t: LateWiaTerms): DatedStep[] {
  const rs = clock.ruleSet.parameters;
  return [
    datedStep({ rule: `${RULE}.deadline`, id: 'wia-aanvraag', day: t.deadline, refs: [R.WIA_64_3, R.ATW_1_2], normKind: 'statutory',
      inputs: { referenceLastDay: iso(t.ref), weeksBeforeEnd: rs.wiaAanvraagWeeksBeforeEnd }, message: 'weeksBeforeTheEndCountedBackwards',
      params: { wiaAanvraagWeeksBeforeEnd: rs.wiaAanvraagWeeksBeforeEnd, ref: iso(t.ref) } }),
    datedStep({ rule: `${RULE}.wia-brief-due`, id: 'wia-brief-uwv', day: t.briefDue, refs: [R.WIA_64_2], normKind: 'statutory',
      inputs: { week: t.briefWeek }, message: 'theDayOnWhichTheWaiting', params: { briefWeek: t.briefWeek } }),
    datedStep({ rule: `${RULE}.ziekmelding-before`, id: 'ziekmelding-uwv-voor-week-81', day: t.meldingBefore, refs: [R.WIA_64_6, R.ZW_38_1], normKind: 'statutory',
      inputs: { week: rs.ziekmeldingSafeHarbourWeek }, message: 'theDayOnWhichTheWaiting2', params: { ziekmeldingSafeHarbourWeek: rs.ziekmeldingSafeHarbourWeek } }),
  ];
}

/** WIA 64 lid 6: the state of UWV's notice and, after a late notice, the four weeks after receipt (moved by the Atw). @internal */
export function noticeOf(p: LateWiaFacts, t: LateWiaTerms): { readonly notice: NoticeState; readonly safeHarbour: DatedStep | null } {
  if (p.wiaBriefReceived === undefined) return { notice: 'unknown', safeHarbour: null };
  if (p.wiaBriefReceived === 'not-received') return { notice: 'none', safeHarbour: null };
  const rec = dn(p.wiaBriefReceived);
  if (rec <= t.briefDue) return { notice: 'on-time', safeHarbour: null };
  const day = atw(rec + N.safeHarbourWeeks.value * WEEK);
  return {
    notice: t.app <= day ? 'late-within' : 'late-outside',
    safeHarbour: datedStep({ rule: `${RULE}.safe-harbour-deadline`, id: 'wia-aanvraag-safe-harbour', day, refs: [R.WIA_64_6, R.ATW_1], normKind: 'statutory',
      inputs: { wiaBriefReceived: iso(rec), weeks: N.safeHarbourWeeks.value }, message: 'fourWeeksAfterReceiptOfThe', params: { rec: iso(rec) } }),
  };
}

const NOTICE_MESSAGE = {
  none: 'uwvSentNoNoticeTheApplication',
  'late-within': 'lateNoticeAndApplicationWithinFour',
  'late-outside': 'lateNoticeButTheApplicationCame',
  'on-time': 'theNoticeCameOnTimeNo',
  unknown: 'unknownWhenTheUwvNoticeWas',
} as const;

/** WIA 64 lid 6, first part: no notice, or a late one with the application within four weeks. @internal */
export function kennisgevingTeLaat(notice: NoticeState, t: LateWiaTerms): FindingStep {
  const status: Answer = notice === 'none' || notice === 'late-within' ? 'yes' : notice === 'unknown' ? 'unknown' : 'no';
  return findingStep({ rule: `${RULE}.kennisgeving-uwv-te-laat`, code: 'kennisgeving-uwv-te-laat', refs: [R.WIA_64_2, R.WIA_64_6], normKind: 'statutory',
    status, inputs: { wiaBriefDue: iso(t.briefDue), applicationDate: iso(t.app) }, outputs: { status, notice },
    missingFacts: notice === 'unknown' ? ['wiaBriefReceived'] : [], message: NOTICE_MESSAGE[notice] });
}

/** WIA 64 lid 6, last sentence: the 42-week melding (ZW 38 lid 1) made before week 81; only asked for when the notice leaves the safe harbour open. @internal */
export function ziekmeldingVoorWeek81(p: LateWiaFacts, byNotice: Answer, t: LateWiaTerms): FindingStep {
  const m = p.ziekmeldingUwv;
  const status: Answer = m === undefined ? 'unknown' : m === 'not-done' ? 'no' : dn(m) < t.meldingBefore ? 'yes' : 'no';
  return findingStep({ rule: `${RULE}.ziekmelding-voor-week-81`, code: 'ziekmelding-voor-week-81', refs: [R.WIA_64_6, R.ZW_38_1], normKind: 'statutory',
    status, inputs: { ...(m === undefined ? {} : { ziekmeldingUwv: m }), before: iso(t.meldingBefore) },
    missingFacts: byNotice !== 'no' && status === 'unknown' ? ['ziekmeldingUwv'] : [],
    message: 'the42WeekReportHadTo', params: { meldingBefore: iso(t.meldingBefore) } });
}

/** Timeliness and its code: in time by the deadline, else by the safe harbour of WIA 64 lid 6. @internal */
export interface Timeliness {
  readonly timely: Answer;
  readonly code: 'tijdig' | 'tijdig-late-kennisgeving' | 'tijdig-geen-kennisgeving' | 'te-laat' | 'unknown';
  readonly safeHarbour: DatedStep | null;
  readonly findings: readonly FindingStep[];
}

/** WIA 64 lid 3 and 6: whether the application counts as timely. @internal */
export function timelinessOf(p: LateWiaFacts, t: LateWiaTerms): Timeliness {
  if (t.app <= t.deadline) return { timely: 'yes', code: 'tijdig', safeHarbour: null, findings: [] };
  const { notice, safeHarbour } = noticeOf(p, t);
  const byNotice = kennisgevingTeLaat(notice, t);
  const melding = ziekmeldingVoorWeek81(p, byNotice.finding.status, t);
  const [n, m] = [byNotice.finding.status, melding.finding.status];
  const harbour: Answer = n === 'no' || m === 'no' ? 'no' : n === 'yes' && m === 'yes' ? 'yes' : 'unknown';
  const code = harbour === 'yes' ? (notice === 'none' ? 'tijdig-geen-kennisgeving' : 'tijdig-late-kennisgeving') : harbour === 'no' ? 'te-laat' : 'unknown';
  return { timely: harbour, code, safeHarbour, findings: [byNotice, melding] };
}

/** The delay and what follows from it (BW 7:629 lid 3 f and 11 a, 7:670 lid 11). @internal */
export interface DelayConsequences {
  /** Days after the deadline. */
  readonly rawDelay: number;
  /** Days the wage period and opzegverbod are extended (0 when timely). */
  readonly delay: number;
  /** Last day of wage payment. */
  readonly wageLast: number;
  /** BW 7:629 lid 3 f. */
  readonly forfeited: Answer;
  /** The finding on the wage over the delay, when there is a delay. */
  readonly finding: FindingStep | null;
}

/** BW 7:629 lid 11 a and 3 f: the delay extends the wage period; without a deugdelijke grond there is no wage over it. @internal */
export function delayConsequences(p: LateWiaFacts, t: LateWiaTerms, timely: Answer): DelayConsequences {
  const rawDelay = Math.max(0, t.app - t.deadline);
  const delay = timely === 'yes' ? 0 : rawDelay;
  const g = p.deugdelijkeGrond;
  const forfeited: Answer = delay === 0 ? 'no' : g === undefined ? 'unknown' : g ? 'no' : 'yes';
  const finding = delay === 0 ? null : findingStep({
    rule: `${RULE}.geen-loon-over-vertraging`, code: 'geen-loon-over-vertraging', refs: [R.BW_629_3F], normKind: 'statutory', status: forfeited,
    inputs: { delayDays: delay, ...(g === undefined ? {} : { deugdelijkeGrond: g }) },
    missingFacts: g === undefined ? ['deugdelijkeGrond'] : [], message: 'withoutADeugdelijkeGrondTheEmployee', params: { delay } });
  return { rawDelay, delay, wageLast: t.ref + delay, forfeited, finding };
}

/** The wage period and the WIA start: end of wage payment, loonsanctie decision, WIA 64 lid 11 floor, WIA start. @internal */
export function wageAndWiaDates(t: LateWiaTerms, d: DelayConsequences): { readonly lsDue: number; readonly wiaIngang: number; readonly dates: DatedStep[] } {
  const { day: lsDue } = loonsanctieDecisionDue(d.wageLast);
  const wiaFloor = t.app - 52 * WEEK;
  const wiaIngang = Math.max(d.wageLast + 1, wiaFloor);
  return {
    lsDue, wiaIngang,
    dates: [
      datedStep({ rule: `${RULE}.wage-last-day`, id: 'einde-loondoorbetaling', day: d.wageLast, refs: [R.BW_629_11A], normKind: 'statutory',
        inputs: { referenceLastDay: iso(t.ref), delayDays: d.delay }, message: d.delay > 0 ? 'extendedByTheDelay' : 'notExtended', params: d.delay > 0 ? { delay: d.delay } : {} }),
      datedStep({ rule: `${RULE}.loonsanctie-decision-due`, id: 'loonsanctie-beschikking-uiterlijk', day: lsDue, refs: [R.WIA_25_10, R.ATW_1_2], normKind: 'statutory',
        inputs: { wageLastDay: iso(d.wageLast), weeks: N.loonsanctieDecisionWeeksBeforeEnd.value }, message: 'loonsanctieDecisionSixWeeksBefore', params: { end: iso(d.wageLast) } }),
      datedStep({ rule: `${RULE}.wia-recht-niet-eerder-dan`, id: 'wia-recht-niet-eerder-dan', day: wiaFloor, refs: [R.WIA_64_11], normKind: 'statutory',
        inputs: { applicationDate: iso(t.app) }, message: 'noRightOverPeriodsMoreThan' }),
      datedStep({ rule: `${RULE}.wia-ingang`, id: 'wia-ingang', day: wiaIngang, refs: [R.WIA_47_2, R.BW_629_11A, R.WIA_64_11], normKind: 'statutory',
        inputs: { wageLastDay: iso(d.wageLast), notBefore: iso(wiaFloor) }, message: 'theDayAfterTheEndOf2' }),
    ],
  };
}

/** The summary step: timely (with or without the safe harbour) or late by so many days. @internal */
export function lateWiaSummary(t: LateWiaTerms, tl: Timeliness, d: DelayConsequences): { readonly step: TraceStep; readonly explanation: Localized } {
  const yes = tl.timely === 'yes';
  const step = eowStep({
    rule: `${RULE}.timely`, refs: [R.WIA_64_3, R.WIA_64_6], outcome: outcomeOf(tl.timely),
    inputs: { applicationDate: iso(t.app), deadline: iso(t.deadline) }, outputs: { timely: tl.timely, code: tl.code, delayDays: d.delay },
    message: yes ? 'theApplicationOfCountsAsTimely' : 'theApplicationOfIsDayS',
    params: yes
      ? { app: iso(t.app), deadline: iso(t.deadline), safeHarbour: tl.code === 'tijdig' ? '' : nested('underTheSafeHarbour') }
      : { app: iso(t.app), possibly: tl.timely === 'no' ? '' : nested('possibly'), rawDelay: d.rawDelay },
  });
  return { step, explanation: renderStep(step) };
}

/** The remark on a delay: late, or timeliness depends on missing facts. @internal */
export function lateWiaNotices(tl: Timeliness, d: DelayConsequences): Localized[] {
  return d.delay > 0 ? [phrase(tl.timely === 'unknown' ? 'timelinessDependsOnMissingFacts' : 'applicationIsLate')] : [];
}
