import { fromDayNumber, toDayNumber } from '../calendar/dayNumber.js';
import type { Tracer } from '../engine/trace.js';
import { computeLateWiaAanvraag, type LateWiaAanvraagResult } from '../endOfWachttijd/computeLateWiaAanvraag.js';
import { buildClock, type Clock } from '../endOfWachttijd/internal.js';
import { ziekmeldingSafeHarbourDay } from '../endOfWachttijd/loonsanctieRules.js';
import { PoortwachterError, isPoortwachterError, type InputIssue } from '../errors/PoortwachterError.js';
import { fillLocalized } from '../i18n/fill.js';
import { localize, type Localized } from '../i18n/types.js';
import { EOW_REFS } from '../law/endOfWachttijdRefs.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import { computeTimeline } from '../timeline/computeTimeline.js';
import type { Milestone, Timeline } from '../timeline/types.js';
import type { ParsedAuditInput } from './auditSchema.js';
import { AUDIT_NOTICES } from './messages.js';
import type { DossierDocument, DossierDocumentType } from './types.js';

const FN = 'auditReIntegratieverslag';

type CaseTimelineInput = Parameters<typeof computeTimeline>[0];

/** The facts of the audit as parsed. @internal */
export type AuditFacts = NonNullable<ParsedAuditInput['facts']>;

/** What every rule of the audit reads: the parsed input, the timeline with the documents as events, the clock. @internal */
export interface AuditCase {
  readonly input: ParsedAuditInput;
  readonly docs: readonly DossierDocument[];
  readonly facts: AuditFacts;
  readonly asOf: string;
  readonly tl: Timeline;
  readonly clock: Clock;
  /** The day the 42-week melding protects the late WIA letter until (WIA 64 lid 6), and its week. */
  readonly safeDay: string;
  readonly safeWeeks: number;
  /** Last sick day of a closed case, else `null`. */
  readonly lastSick: string | null;
  /** Last day of a wachttijd ended by a recovery of four weeks or more (BW 7:629 lid 10), else `null`. */
  readonly lapsedAfter: string | null;
  readonly wiaMs: Milestone | undefined;
  readonly lateWia: LateWiaAanvraagResult | null;
  /** Day number of the last day of the wage period UWV's loonsanctie decision is measured against, or `null`. */
  readonly loonsanctieRef: number | null;
  readonly notices: Localized[];
}

/** The timeline of the case; its input errors are reported as the audit's. @internal */
export function timelineOrThrow(input: CaseTimelineInput): Timeline {
  try {
    return computeTimeline(input);
  } catch (e) {
    if (isPoortwachterError(e)) throw new PoortwachterError(FN, e.issues);
    throw e;
  }
}

/** The timeline input of the case without events (day 1, asOf, work pattern, WAZO leave). @internal */
export function timelineBase(v: ParsedAuditInput): CaseTimelineInput {
  const sick = v.firstSickDay !== undefined ? { firstSickDay: v.firstSickDay } : v.sickPeriods !== undefined ? { sickPeriods: v.sickPeriods } : undefined;
  if (sick === undefined) throw PoortwachterError.single(FN, ['firstSickDay'], 'missing', "give either 'firstSickDay' or 'sickPeriods'");
  return { ...sick, asOf: v.asOf, ...(v.workPattern ? { workPattern: v.workPattern } : {}), ...(v.wazoLeave ? { wazoLeave: v.wazoLeave } : {}) } as CaseTimelineInput;
}

/** The earliest date of a document of a type, or `undefined`. @internal */
export function earliestOf(docs: readonly DossierDocument[], type: DossierDocumentType): string | undefined {
  return docs.filter((d) => d.type === type).map((d) => d.date).sort()[0];
}

/** The documents as timeline events: the earliest of each step; evaluations (not the eerstejaarsevaluatie, which the timeline chains itself) as a list. */
function eventsOf(docs: readonly DossierDocument[]): Record<string, string | string[]> {
  const evaluaties = [...new Set(docs.filter((d) => d.type === 'evaluatie' || d.type === 'eindevaluatie').map((d) => d.date))].sort();
  const events: Record<string, string | string[]> = {};
  for (const id of ['probleemanalyse', 'plan-van-aanpak', 'ziekmelding-uwv', 'eerstejaarsevaluatie', 'spoor-2-start', 're-integratieverslag', 'wia-aanvraag', 'wia-brief-uwv'] as const) {
    const d = earliestOf(docs, id);
    if (d !== undefined) events[id] = d;
  }
  if (evaluaties.length > 0) events['evaluaties'] = evaluaties;
  return events;
}

/**
 * The end-of-wachttijd clock of the audited case: the timeline's samentelling (day 1 already moved
 * by the work pattern) with the WAZO leave, so the audit and the endOfWachttijd functions count the
 * same days.
 */
function caseClock(tl: Timeline, wazoLeave: readonly { from: string; to: string }[] | undefined): Clock {
  const issues: InputIssue[] = [];
  const clock = buildClock({ sickPeriods: tl.samentelling.periods, causeExceptionScope: tl.conventions.causeExceptionScope, ...(wazoLeave === undefined ? {} : { wazoLeave }) }, [], issues);
  if (clock === undefined) throw new PoortwachterError(FN, issues);
  return clock;
}

/**
 * BW 7:629 lid 11 a: one rule for the delay of a late WIA-aanvraag — computeLateWiaAanvraag's, which
 * computeTimeline also calls. Run when the aanvraag is late, or missing after its due date ("if filed
 * today"). The file is the evidence for the 42-week melding; UWV's letter may be absent from it, so
 * without it (or facts.wiaBriefNotReceived) the safe harbour stays unknown.
 */
function lateWiaOf(c: Omit<AuditCase, 'lateWia' | 'loonsanctieRef'>, t: Tracer): LateWiaAanvraagResult | null {
  const { input: v, asOf, facts, wiaMs, tl } = c;
  const wiaDue = wiaMs?.due;
  const wiaApplied = wiaMs?.done ?? null;
  if (tl.wachttijdLastDay === null || wiaDue === undefined || !(wiaApplied !== null ? wiaApplied > wiaDue : asOf > wiaDue)) return null;
  const brief = earliestOf(c.docs, 'wia-brief-uwv') ?? (facts.wiaBriefNotReceived === true ? 'niet-ontvangen' : undefined);
  const melding = earliestOf(c.docs, 'ziekmelding-uwv') ?? (asOf >= c.safeDay ? 'niet-gedaan' : undefined);
  const g = facts.wiaAanvraagDeugdelijkeGrond;
  const late = computeLateWiaAanvraag({
    sickPeriods: tl.samentelling.periods, causeExceptionScope: tl.conventions.causeExceptionScope,
    ...(v.wazoLeave === undefined ? {} : { wazoLeave: v.wazoLeave }),
    applicationDate: wiaApplied ?? asOf,
    ...(brief === undefined ? {} : { wiaBriefReceived: brief }),
    ...(melding === undefined ? {} : { ziekmeldingUwv: melding }),
    ...(g === true || g === false ? { deugdelijkeGrond: g } : {}),
  } as Parameters<typeof computeLateWiaAanvraag>[0]);
  t.record({
    rule: 'audit.late-wia-aanvraag', refs: legalKeysOf([EOW_REFS.WIA_64_3, EOW_REFS.WIA_64_6, EOW_REFS.BW_629_11A]), outcome: 'computed',
    inputs: { due: wiaDue, applicationDate: wiaApplied ?? asOf, wiaBrief: brief ?? null, ziekmeldingUwv: melding ?? null },
    outputs: { timely: late.timely, delayDays: late.delayDays, wageLastDay: late.wageLastDay },
    missingFacts: late.missingFacts.includes('wiaBriefReceived') ? ['facts.wiaBriefNotReceived'] : [],
    message: 'trace.late-wia-aanvraag', params: { days: late.delayDays },
  });
  return late;
}

/**
 * The case the audit reads: the timeline with the documents as events, the clock, the late
 * WIA-aanvraag and the reference day of the loonsanctie decision; starts the notices.
 *
 * @internal
 */
export function auditCase(v: ParsedAuditInput, base: CaseTimelineInput, t: Tracer): AuditCase {
  const docs: readonly DossierDocument[] = v.documents;
  const tl = timelineOrThrow({ ...base, events: eventsOf(docs) } as CaseTimelineInput);
  // WIA 64 lid 6: the melding must be made before the wachttijd lasted 81 (before 2013-07-01: 79)
  // weeks for the late-letter safe harbour. computeTimeline already applies that harbour to the due
  // date of the wia-aanvraag; the audit only needs the day for the consequence of a late melding.
  const clock = caseClock(tl, v.wazoLeave);
  const wiaMs = tl.milestones.find((m) => m.id === 'wia-aanvraag');
  const partial = {
    input: v, docs, facts: v.facts ?? {}, asOf: v.asOf, tl, clock,
    safeDay: fromDayNumber(ziekmeldingSafeHarbourDay(clock)), safeWeeks: clock.ruleSet.parameters.ziekmeldingSafeHarbourWeek,
    lastSick: tl.samentelling.open ? null : tl.samentelling.lastSickDay,
    // BW 7:629 lid 10: a recovery of four weeks or more ended the wachttijd; steps due after its last
    // day lapse — the timeline's rule (src/timeline/wachttijdEnded.ts), so both say 'lapsed'.
    lapsedAfter: tl.wachttijdEnded?.reason === 'recovered' ? tl.wachttijdEnded.endedOn : null,
    wiaMs, notices: [localize(AUDIT_NOTICES, 'content-not-judged'), ...tl.notices],
  };
  const lateWia = lateWiaOf(partial, t);
  // The wage period UWV's loonsanctie decision is measured against (WIA 25 lid 10, 11): the
  // wachttijd, extended by a late aanvraag (BW 7:629 lid 11 a) — as applyEndOfWachttijdEvents does.
  const last = tl.wachttijdLastDay;
  const loonsanctieRef = last === null ? null : lateWia !== null && lateWia.timely === 'no' ? toDayNumber(lateWia.wageLastDay) : toDayNumber(last);
  if (wiaMs?.explanation.eventUsed === 'wia-brief-uwv') {
    partial.notices.push(fillLocalized(localize(AUDIT_NOTICES, 'wia-64-6-applied'), { date: earliestOf(docs, 'wia-brief-uwv') ?? '', due: wiaMs.due }));
  }
  return { ...partial, lateWia, loonsanctieRef };
}
