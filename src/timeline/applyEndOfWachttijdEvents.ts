import { PoortwachterError, type InputIssue } from '../errors/PoortwachterError.js';
import { milestoneStatus } from './milestoneStatus.js';
import { pendingAfterDay } from './wachttijdEnded.js';
import { MILESTONE_RULES_TABLE, neverOverdue } from '../law/milestoneRules.js';
import { MILESTONE_LABELS } from './labels.js';
import type { Locale, Localized } from '../i18n/types.js';
import { parseInput } from '../input/zodIssues.js';
import type { LegalRef } from '../legal/LegalRef.js';
import type { WazoLeave } from '../sickness/types.js';
import type { Milestone, MilestoneExplanation, MilestoneId, MilestoneStatus, Timeline } from './types.js';
import type { VangnetGroup } from '../law/vangnetGroups.js';
import { checkVervroegdeIva } from '../endOfWachttijd/checkVervroegdeIva.js';
import { computeLateWiaAanvraag, type LateWiaAanvraagResult } from '../endOfWachttijd/computeLateWiaAanvraag.js';
import { computeLoonsanctie, type BekortingInput, type LoonsanctieResult } from '../endOfWachttijd/computeLoonsanctie.js';
import { computeOpzegverbod } from '../endOfWachttijd/computeOpzegverbod.js';
import { computeVrijwilligeVerlenging, type VrijwilligeVerlengingResult } from '../endOfWachttijd/computeVrijwilligeVerlenging.js';
import { applyEndOfWachttijdOptionsSchema, endOfWachttijdEventsSchema } from '../endOfWachttijd/eventsSchema.js';
import { buildClock, dn, iso } from '../endOfWachttijd/internal.js';
import { EOW_REFS as R } from '../law/endOfWachttijdRefs.js';
import { EOW_NOTICES as msg } from '../endOfWachttijd/timelineNotices.js';
import type { WachttijdCase } from '../endOfWachttijd/types.js';
import { checkEndOfWachttijdTimeline } from './checkEndOfWachttijdTimeline.js';
import { phrase, type EndOfWachttijdMessageKey } from '../endOfWachttijd/messages.js';
import { renderStep, type StepParams } from '../endOfWachttijd/renderStep.js';
import { traceStep, type TraceStep } from '../engine/trace.js';
import { withTraceSteps } from './timelineTrace.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import { END_OF_WACHTTIJD_MILESTONE_EFFECTS, type MilestoneEffectId } from '../law/endOfWachttijdEffects.js';

/** Milestone ids added by {@link applyEndOfWachttijdEvents} (to be part of `MilestoneId`). */
export type EndOfWachttijdMilestoneId =
  | 'loonsanctie-beschikking'
  | 'bezwaar-loonsanctie'
  | 'bekorting-beschikking'
  | 'einde-loonsanctie'
  | 'einde-opzegverbod';

/** What happened around the end of the wachttijd; each key is optional. */
export interface EndOfWachttijdEvents {
  /** A vrijwillige verlenging granted by UWV (WIA 24). */
  readonly vrijwilligeVerlenging?: {
    /** Last day of the extended period. */
    readonly extendedLastDay: string;
    /** Date of the joint request. */
    readonly requestDate?: string | undefined;
    /** Vangnet group (`'none'` for none; the 0.1.0 value `'geen'` is still accepted, deprecated). */
    readonly vangnet?: VangnetGroup | 'none' | 'geen' | undefined;
    /** Whether the 42-week melding was made. */
    readonly ziekmeldingGedaan?: boolean | undefined;
    /** A request to shorten it. */
    readonly verkorting?: { readonly requestDate: string; readonly requestedLastDay: string; readonly employmentEnds?: string | undefined } | undefined;
  } | undefined;
  /** UWV's loonsanctie decision and a bekortingsverzoek (WIA 25 lid 9–15). */
  readonly loonsanctie?: {
    readonly decisionDate: string;
    readonly bekorting?: BekortingInput | undefined;
    /** Date the employer lodged a bezwaar (optional step; marks `bezwaar-loonsanctie` done). */
    readonly bezwaarDate?: string | undefined;
  } | undefined;
  /** An application for vervroegde IVA (WIA 23 lid 6, 66); the date defaults to the timeline's `vervroegde-iva-uiterlijk` event. */
  readonly vervroegdeIva?: {
    readonly applicationDate?: string | undefined;
    /** Last day of the verkorte wachttijd set by UWV. */
    readonly setLastDay?: string | undefined;
    readonly earlierApplication?: boolean | undefined;
    readonly bedrijfsartsVerklaring?: boolean | undefined;
  } | undefined;
  /** Facts for a late WIA-aanvraag; the dates come from the timeline's `wia-aanvraag`, `wia-brief-uwv` and `ziekmelding-uwv` events. */
  readonly lateWiaAanvraag?: { readonly wiaBriefNotReceived?: boolean | undefined; readonly deugdelijkeGrond?: boolean | undefined } | undefined;
  /** Facts for the opzegverbod (BW 7:670 lid 1 b). */
  readonly opzegverbod?: { readonly dismissalRequestReceived?: string | undefined } | undefined;
}

/** Options of {@link applyEndOfWachttijdEvents}. */
export interface ApplyEndOfWachttijdOptions {
  /** Language of `label`. @defaultValue `'nl'` */
  readonly locale?: Locale | undefined;
  /** Days before `due` in which an open step is `due-soon`. @defaultValue 14 */
  readonly dueSoonDays?: number | undefined;
  /** The WAZO leave the timeline was computed with (the timeline does not carry it). */
  readonly wazoLeave?: readonly WazoLeave[] | undefined;
  /** The date the employee reaches AOW age, when it falls after the wachttijd (the timeline's `aow` is then `null`); ends the opzegverbod early (BW 7:670 lid 1 sub a). @defaultValue `timeline.aow?.aowDate` */
  readonly aowDate?: string | undefined;
  /** Add the `einde-opzegverbod` milestone. @defaultValue `true` */
  readonly opzegverbod?: boolean | undefined;
}

const FN = 'applyEndOfWachttijdEvents';

/** A milestone's kind, actor, norm and legal basis come from the one rule table; its labels from the label table (every row's milestone is in both, tested). */
const ruleOf = (id: string): { spec: (typeof MILESTONE_RULES_TABLE)[MilestoneId]; labels: Localized } =>
  ({ spec: MILESTONE_RULES_TABLE[id as MilestoneId], labels: { nl: MILESTONE_LABELS.nl[id as MilestoneId], en: MILESTONE_LABELS.en[id as MilestoneId] } });

/** The rule table's articles, then the situation's, each once. */
const mergeBasis = (rule: readonly LegalRef[], extra: readonly LegalRef[]): readonly LegalRef[] =>
  Object.freeze([...rule, ...extra.filter((r) => !rule.some((x) => x.id === r.id))]);

/**
 * Applies what happened around the end of the wachttijd to a {@link Timeline}: a vrijwillige
 * verlenging, a late WIA-aanvraag, a loonsanctie with bekorting, a vervroegde IVA, and the
 * opzegverbod. Returns a new timeline with the moved dates and extra milestones and notices; the
 * input timeline is not changed.
 *
 * @remarks
 * Order: the vrijwillige verlenging moves `einde-wachttijd`, `re-integratieverslag` (13 weeks
 * before, WIA 25 lid 4) and `wia-aanvraag` (11 weeks before, WIA 64 lid 3); a `wia-aanvraag` done
 * after its due date extends wage payment by the delay unless WIA 64 lid 6 applies (dates of
 * `wia-brief-uwv` and `ziekmelding-uwv` events are used); the loonsanctie is measured against the
 * resulting end; a vervroegde IVA with a set end moves `einde-wachttijd` and `wia-ingang`. Each of
 * these moves `einde-loondoorbetaling` and `wia-ingang`, and extends the opzegverbod (BW 7:670 lid 11).
 * Milestones on the same day are in legal order, and each one's kind, actor and legal basis come from
 * the same rule table as computeTimeline's (situational articles follow the table's). Which milestone
 * each event sets, anchored where and explained how, is a row of `END_OF_WACHTTIJD_MILESTONE_EFFECTS`.
 * New milestone ids: see {@link EndOfWachttijdMilestoneId}. Pass `options.wazoLeave` when the
 * timeline was computed with WAZO leave.
 *
 * @param timeline - Output of `computeTimeline`.
 * @param events - The end-of-wachttijd events.
 * @param options - `locale`, `dueSoonDays`, `wazoLeave`, `opzegverbod`.
 * @returns A new timeline.
 * @throws {@link PoortwachterError} for a `timeline` that is not a timeline (a field it reads missing or invalid, a
 *   milestone id it does not know; paths start with `timeline`), for invalid events (paths start with `events.<key>`), or events that do not fit the timeline
 *   — among them a vrijwillige verlenging in a vangnet case that WIA 24 lid 1 sub a excludes (`inconsistent`,
 *   at `events.vrijwilligeVerlenging.vangnet`); where {@link computeVrijwilligeVerlenging} cannot say (`'unknown'`)
 *   it is applied with a notice that says so.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=25 | WIA art 25}
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=670 | BW 7:670}
 * @example
 * const tl = applyEndOfWachttijdEvents(computeTimeline({ firstSickDay: '2024-01-01' }), { loonsanctie: { decisionDate: '2025-11-16' } });
 * tl.milestones.find((m) => m.id === 'wia-ingang')?.due //=> '2026-12-28'
 */
export function applyEndOfWachttijdEvents(timeline: Timeline, events: EndOfWachttijdEvents, options: ApplyEndOfWachttijdOptions = {}): Timeline {
  return evaluateEndOfWachttijdEvents(timeline, events, options).timeline;
}

/**
 * The trace steps of {@link applyEndOfWachttijdEvents}: one per end-of-wachttijd milestone it set
 * (rule `endOfWachttijd.<row id>` of `END_OF_WACHTTIJD_MILESTONE_EFFECTS`, the milestone's catalogue
 * refs, the anchor and event read, the due date produced, the message key and params), in the order
 * applied — the steps `applyEndOfWachttijdEvents` appends to the timeline's `trace`.
 * Evaluates the same pure function again (no state is kept between calls).
 *
 * @param timeline - Output of `computeTimeline`.
 * @param events - The end-of-wachttijd events.
 * @param options - As for {@link applyEndOfWachttijdEvents}.
 * @returns The steps, frozen.
 * @internal
 */
export function endOfWachttijdSteps(timeline: Timeline, events: EndOfWachttijdEvents, options: ApplyEndOfWachttijdOptions = {}): readonly TraceStep[] {
  return evaluateEndOfWachttijdEvents(timeline, events, options).steps;
}

type ParsedEvents = ReturnType<typeof endOfWachttijdEventsSchema.parse>;
type ParsedOptions = ReturnType<typeof applyEndOfWachttijdOptionsSchema.parse>;

/** The state of one evaluation: the milestones so far, notices, issues, trace steps and the end of wage payment. */
interface Ctx {
  readonly timeline: Timeline;
  readonly ev: ParsedEvents;
  readonly base: WachttijdCase;
  readonly issues: InputIssue[];
  readonly ms: Map<string, Milestone>;
  readonly notices: Localized[];
  readonly steps: TraceStep[];
  readonly locale: Locale;
  readonly asOf: number | undefined;
  readonly first: number;
  readonly endOfWachttijd0: number;
  readonly weekOf: (d: number) => number;
  readonly status: (kind: 'action' | 'date', due: number, done: number | null, never: boolean) => MilestoneStatus | null;
  wachttijdLastDay: string | null;
  /** Last day of wage payment so far (day number), and whether an event moved it. */
  ref: number;
  wageMoved: boolean;
  readonly wageBasis: LegalRef[];
}

/** Applies the events in legal order and returns the new timeline with the trace steps of its milestones. */
function evaluateEndOfWachttijdEvents(timeline: Timeline, events: EndOfWachttijdEvents, options: ApplyEndOfWachttijdOptions): { timeline: Timeline; steps: readonly TraceStep[] } {
  checkEndOfWachttijdTimeline(timeline, FN);
  const ev = parseInput(endOfWachttijdEventsSchema, events, FN, ['events']);
  const opts = parseInput(applyEndOfWachttijdOptionsSchema, options, FN, ['options']);
  const c = openContext(timeline, ev, opts);
  const v = applyVerlenging(c);
  const late = applyLateAanvraag(c, v);
  const s = applyLoonsanctie(c);
  applyVervroegdeIva(c);
  applyWageEnd(c);
  if (opts.opzegverbod !== false) applyOpzegverbod(c, opts.aowDate ?? timeline.aow?.aowDate, v, late, s);
  if (c.issues.length > 0) throw new PoortwachterError(FN, c.issues);

  // Sorted as computeTimeline sorts: by due, then in legal order (the rule table).
  const milestones = [...c.ms.values()].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : MILESTONE_RULES_TABLE[a.id].order - MILESTONE_RULES_TABLE[b.id].order));
  const steps = Object.freeze(c.steps.slice());
  // The timeline's own trace (a lazy getter, which a spread leaves out) followed by the steps of this
  // evaluation: a later step for the same milestone is the rule that moved it.
  return { timeline: withTraceSteps({ ...timeline, milestones, wachttijdLastDay: c.wachttijdLastDay, notices: c.notices }, steps, timeline.trace), steps };
}

/** Checks that the events fit the timeline, builds its clock (checking the WAZO leave) and the state of the evaluation. */
function openContext(timeline: Timeline, ev: ParsedEvents, opts: ParsedOptions): Ctx {
  const issues: InputIssue[] = [];
  const noWachttijd = timeline.wachttijdLastDay === null;
  for (const key of ['vrijwilligeVerlenging', 'loonsanctie', 'vervroegdeIva'] as const) {
    if (noWachttijd && ev[key] !== undefined) issues.push({ path: ['events', key], code: 'inconsistent', message: 'no WIA wachttijd runs for this timeline (AOW age)' });
  }
  if (ev.loonsanctie !== undefined && ev.vervroegdeIva?.setLastDay !== undefined) {
    issues.push({ path: ['events', 'loonsanctie'], code: 'inconsistent', message: 'a vervroegde IVA has no re-integratieverslag test, so no loonsanctie (WIA 66 lid 6)' });
  }
  if (issues.length > 0) throw new PoortwachterError(FN, issues);
  const base: WachttijdCase = {
    sickPeriods: timeline.samentelling.periods,
    ...(opts.wazoLeave === undefined ? {} : { wazoLeave: opts.wazoLeave }),
    causeExceptionScope: timeline.conventions.causeExceptionScope,
  };
  // The clock of the timeline's wachttijd (also checks that wazoLeave matches).
  const clock = buildClock(base, ['timeline', 'samentelling'], issues);
  if (clock === undefined) throw new PoortwachterError(FN, issues);
  if (!noWachttijd && iso(clock.wachttijdLastDay) !== timeline.wachttijdLastDay) {
    throw PoortwachterError.single(FN, ['options', 'wazoLeave'], 'inconsistent',
      `the timeline's wachttijd ends ${timeline.wachttijdLastDay}, but ${iso(clock.wachttijdLastDay)} with the WAZO leave given: pass the leave the timeline was computed with`);
  }
  const asOf = timeline.asOf === null ? undefined : dn(timeline.asOf);
  return {
    timeline, ev, base, issues, ms: new Map<string, Milestone>(timeline.milestones.map((m) => [m.id, m])), notices: [...timeline.notices], steps: [],
    locale: opts.locale ?? 'nl', asOf, first: dn(timeline.firstSickDay), endOfWachttijd0: clock.wachttijdLastDay, weekOf: clock.weekOf,
    status: statusRule(timeline, asOf, opts.dueSoonDays ?? 14), wachttijdLastDay: timeline.wachttijdLastDay,
    ref: clock.wachttijdLastDay, wageMoved: false, wageBasis: [R.BW_629_1],
  };
}

/** Lapsed steps and steps that are never overdue: the same status rule as computeTimeline. */
function statusRule(timeline: Timeline, asOf: number | undefined, dueSoon: number): Ctx['status'] {
  const ended = timeline.wachttijdEnded;
  const lapsedAfter = ended?.reason === 'recovered' && ended.endedOn !== null ? dn(ended.endedOn) : null;
  const last = timeline.samentelling.lastSickDay;
  const pendingAfter = asOf === undefined || last === null || timeline.wachttijdLastDay === null ? null : pendingAfterDay(dn(last), dn(timeline.wachttijdLastDay), asOf);
  return (kind, due, done, never) => milestoneStatus(kind, due, done, asOf, dueSoon, { lapsedAfter, neverOverdue: never, pendingAfter });
}

/** The done date of a milestone of the input timeline. */
const doneOf = (c: Ctx, id: string): string | undefined => c.timeline.milestones.find((m) => m.id === id)?.done ?? undefined;

/** Runs a settling function; its input issues are re-rooted under `events.<key>`. */
function run<T>(c: Ctx, key: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof PoortwachterError)) throw e;
    for (const i of e.issues) c.issues.push({ ...i, path: ['events', key, ...i.path] });
    return undefined;
  }
}

/** How a milestone is explained: a message of the catalogue with its params (rendered), or the settling function's own text and step. */
type Text = { readonly message: EndOfWachttijdMessageKey; readonly params?: StepParams } | { readonly text: Localized; readonly step: Pick<TraceStep, 'message' | 'params'> | undefined };

/** What a {@link put} may override: the done date, situational articles, the anchor of a milestone re-put as it was. */
interface PutOptions { readonly done?: number | null; readonly basis?: readonly LegalRef[]; readonly anchor?: MilestoneExplanation['anchor'] }

/**
 * Sets the milestone of an effect row on day `due`, explained from `anchorDate`, and records its trace step.
 * Kind, actor, norm, labels and order come from the milestone rule table.
 */
function put(c: Ctx, id: MilestoneEffectId, due: number, text: Text, anchorDate: number, o: PutOptions = {}): void {
  const row = END_OF_WACHTTIJD_MILESTONE_EFFECTS[id];
  const old = c.ms.get(row.milestone);
  const { spec, labels: ruleLabels } = ruleOf(row.milestone);
  const d = o.done === undefined ? (old?.done == null ? null : dn(old.done)) : o.done;
  const labels = old?.labels ?? ruleLabels;
  const legalBasis = mergeBasis(spec.legalBasis, o.basis ?? old?.legalBasis ?? []);
  const message = 'message' in text ? text.message : text.step?.message ?? 'timelineText';
  const params = 'message' in text ? text.params ?? {} : text.step?.params ?? {};
  const step = traceStep({
    rule: `endOfWachttijd.${row.id}`, refs: [...new Set([...row.refs, ...legalKeysOf(legalBasis)])], outcome: 'computed',
    inputs: { [o.anchor ?? row.anchor]: iso(anchorDate), eventUsed: row.eventUsed, ...(d === null ? {} : { done: iso(d) }) },
    outputs: { milestone: row.milestone, due: iso(due) }, message, params,
  });
  c.steps.push(step);
  c.ms.set(row.milestone, {
    id: row.milestone as MilestoneId, // new ids: see EndOfWachttijdMilestoneId (to be added to MilestoneId)
    due: iso(due), windowFrom: old?.windowFrom ?? null, week: c.weekOf(due), label: labels[c.locale], labels, legalBasis,
    normKind: spec.normKind, actor: spec.actor, kind: spec.kind, done: d === null ? null : iso(d),
    status: c.status(spec.kind, due, d, neverOverdue(spec)),
    explanation: {
      anchor: o.anchor ?? row.anchor, anchorDate: iso(anchorDate), offsetDays: due - anchorDate, countedSickDay: null, gapDaysAdded: 0,
      eventUsed: row.eventUsed, convention: null, text: 'message' in text ? renderStep(step) : text.text,
    },
  });
}

/** The step of a settling result's trace with the given rule id (for the milestones explained by that result's own text). */
const stepOf = (trace: readonly TraceStep[] | undefined, rule: string): TraceStep | undefined => trace?.find((x) => x.rule === rule);

/** WIA 24: a vrijwillige verlenging moves the end of the wachttijd, the re-integratieverslag and the WIA-aanvraag. */
function applyVerlenging(c: Ctx): VrijwilligeVerlengingResult | undefined {
  const e = c.ev.vrijwilligeVerlenging;
  if (e === undefined) return undefined;
  const v = run(c, 'vrijwilligeVerlenging', () => computeVrijwilligeVerlenging({ ...c.base, ...e } as Parameters<typeof computeVrijwilligeVerlenging>[0]));
  if (v === undefined) return undefined;
  if (v.allowed === 'no') {
    // WIA 24 lid 1 sub a: UWV cannot grant it in these vangnet cases, so an extension in the events
    // contradicts the facts given with it. The same rule as computeVrijwilligeVerlenging (one rule).
    c.issues.push({ path: ['events', 'vrijwilligeVerlenging', 'vangnet'], code: 'inconsistent',
      message: `vangnet group '${e.vangnet}': a vrijwillige verlenging is excluded (WIA 24 lid 1 sub a: ZW 29, 29a lid 1 or 4), so it cannot have been granted` });
    return undefined;
  }
  c.ref = dn(v.extendedLastDay);
  c.wageMoved = true;
  c.wageBasis.push(R.WIA_24_1, R.BW_629_11B);
  put(c, 'verlenging.einde-wachttijd', c.ref, { message: 'extendedPeriodWia24WagePayment', params: { extendedLastDay: v.extendedLastDay } }, c.endOfWachttijd0);
  put(c, 'verlenging.re-integratieverslag', dn(v.reIntegratieverslagDue), { message: 'thirteenWeeksBeforeTheEndOf' }, c.ref);
  put(c, 'verlenging.wia-aanvraag', dn(v.wiaAanvraagDue), { message: 'beforeTheEndOfTheExtended' }, c.ref);
  c.wachttijdLastDay = v.extendedLastDay;
  c.notices.push(v.allowed === 'unknown' ? msg.verlengingUncertain(v.extendedLastDay, v.missingFacts.includes('vangnet')) : msg.verlengingApplied(v.extendedLastDay));
  for (const n of v.notices) c.notices.push(n);
  return v;
}

/** WIA 64 lid 3, 6; BW 7:629 lid 11 a: a WIA-aanvraag done after its due date extends wage payment by the delay. */
function applyLateAanvraag(c: Ctx, v: VrijwilligeVerlengingResult | undefined): LateWiaAanvraagResult | undefined {
  const ev = c.ev;
  const aanvraagDone = doneOf(c, 'wia-aanvraag');
  const aanvraagDue = c.ms.get('wia-aanvraag')?.due;
  if (c.timeline.wachttijdLastDay === null || ev.vervroegdeIva?.setLastDay !== undefined || aanvraagDone === undefined || aanvraagDue === undefined || aanvraagDone <= aanvraagDue) return undefined;
  const brief = doneOf(c, 'wia-brief-uwv') ?? (ev.lateWiaAanvraag?.wiaBriefNotReceived === true ? 'not-received' : undefined);
  const melding = doneOf(c, 'ziekmelding-uwv');
  const late = run(c, 'lateWiaAanvraag', () => computeLateWiaAanvraag({
    ...c.base, applicationDate: aanvraagDone,
    ...(brief === undefined ? {} : { wiaBriefReceived: brief }),
    ...(melding === undefined ? {} : { ziekmeldingUwv: melding }),
    ...(v === undefined ? {} : { extendedLastDay: v.extendedLastDay }),
    ...(ev.lateWiaAanvraag?.deugdelijkeGrond === undefined ? {} : { deugdelijkeGrond: ev.lateWiaAanvraag.deugdelijkeGrond }),
  } as Parameters<typeof computeLateWiaAanvraag>[0]));
  if (late === undefined) return undefined;
  if (late.timely === 'no') {
    c.ref = dn(late.wageLastDay);
    c.wageMoved = true;
    c.wageBasis.push(R.BW_629_11A);
  }
  c.notices.push(late.explanation);
  if (late.timely === 'unknown') {
    c.notices.push(phrase('whetherTheWiaApplicationCountsAs', { missingFacts: late.missingFacts.join(', '), wageLastDay: late.wageLastDay }));
  }
  return late;
}

/** WIA 25 lid 9–15: the loonsanctie, measured against the wage period so far; its decision, bezwaar, bekorting and end. */
function applyLoonsanctie(c: Ctx): LoonsanctieResult | undefined {
  const e = c.ev.loonsanctie;
  if (e === undefined) return undefined;
  const refBefore = c.ref;
  const asOf = c.timeline.asOf;
  const s = run(c, 'loonsanctie', () => computeLoonsanctie({
    ...c.base, decisionDate: e.decisionDate, referenceLastDay: iso(refBefore),
    ...(e.bekorting === undefined ? {} : { bekorting: e.bekorting }),
    ...(asOf === null ? {} : { asOf }),
  } as Parameters<typeof computeLoonsanctie>[0]));
  if (s === undefined) return undefined;
  const decision = dn(e.decisionDate);
  put(c, 'loonsanctie.beschikking', dn(s.decisionDue), { message: 'sixWeeksBeforeTheEndWia' }, refBefore, { done: decision });
  // computeLoonsanctie always gives the bezwaar date (Awb 6:7), imposed or not.
  const bez = s.dates.find((d) => d.id === 'bezwaar-loonsanctie-uiterlijk')!;
  const bezwaar = e.bezwaarDate === undefined ? null : dn(e.bezwaarDate);
  if (bezwaar !== null && bezwaar < decision) {
    c.issues.push({ path: ['events', 'loonsanctie', 'bezwaarDate'], code: 'inconsistent', message: `lies before the decision it objects to (${iso(bezwaar)} < ${iso(decision)})` });
  }
  if (bezwaar !== null && c.asOf !== undefined && bezwaar > c.asOf) {
    c.issues.push({ path: ['events', 'loonsanctie', 'bezwaarDate'], code: 'inconsistent', message: `lies after asOf (${iso(bezwaar)} > ${iso(c.asOf)}): an event cannot have happened yet` });
  }
  put(c, 'loonsanctie.bezwaar', dn(bez.date), { text: bez.explanation, step: stepOf(s.trace, 'loonsanctie.bezwaar-loonsanctie-uiterlijk') }, decision, { done: bezwaar });
  if (s.bekorting !== null) {
    put(c, 'loonsanctie.bekorting', dn(s.bekorting.decisionDue), { message: 'threeWeeksAfterTheRepairNotice' }, dn(s.bekorting.noticeDate),
      { done: s.bekorting.decisionDate === null ? null : dn(s.bekorting.decisionDate) });
  }
  if (s.lastDay !== null) {
    put(c, 'loonsanctie.einde', dn(s.lastDay), { text: s.explanation, step: stepOf(s.trace, 'loonsanctie.result') }, refBefore);
    c.ref = dn(s.wageLastDay);
    c.wageMoved = true;
    c.wageBasis.push(R.WIA_25_9, R.BW_629_11B);
  }
  c.notices.push(s.explanation);
  return s;
}

/** WIA 23 lid 6, 66: a vervroegde IVA application; with a set end, a verkorte wachttijd. */
function applyVervroegdeIva(c: Ctx): void {
  const e = c.ev.vervroegdeIva;
  if (e === undefined) return;
  const app = e.applicationDate ?? doneOf(c, 'vervroegde-iva-uiterlijk');
  const iva = run(c, 'vervroegdeIva', () => checkVervroegdeIva({
    ...c.base,
    ...(app === undefined ? {} : { applicationDate: app }),
    ...(e.setLastDay === undefined ? {} : { setLastDay: e.setLastDay }),
    ...(e.earlierApplication === undefined ? {} : { earlierApplication: e.earlierApplication }),
    ...(e.bedrijfsartsVerklaring === undefined ? {} : { bedrijfsartsVerklaring: e.bedrijfsartsVerklaring }),
  } as Parameters<typeof checkVervroegdeIva>[0]));
  if (iva === undefined) return;
  const m = c.ms.get('vervroegde-iva-uiterlijk');
  if (m !== undefined && app !== undefined) {
    put(c, 'vervroegdeIva.aanvraag', dn(m.due), { text: m.explanation.text, step: undefined }, dn(m.explanation.anchorDate), { done: dn(app), anchor: m.explanation.anchor });
  }
  if (e.setLastDay !== undefined) {
    const set = dn(e.setLastDay);
    put(c, 'vervroegdeIva.einde-wachttijd', set, { message: 'shortenedWaitingPeriodSetByUwv', params: { set: iso(set) } }, c.first);
    put(c, 'vervroegdeIva.wia-ingang', set + 1, { message: 'theDayAfterTheShortenedWaiting' }, set);
    c.wachttijdLastDay = iso(set);
    if (!c.ms.has('einde-loondoorbetaling')) put(c, 'vervroegdeIva.einde-loondoorbetaling', c.ref, { message: 'theEmployerKeepsPayingWagesUp' }, c.first);
  }
  c.notices.push(iva.explanation);
  for (const n of iva.notices) c.notices.push(n);
}

/** BW 7:629 lid 1, 11: the end of wage payment and the WIA start, when an event moved them. */
function applyWageEnd(c: Ctx): void {
  if (!c.wageMoved) return;
  put(c, 'loon.einde-loondoorbetaling', c.ref, { message: 'wagePaymentThroughBw7629', params: { ref: iso(c.ref) } }, c.endOfWachttijd0,
    { basis: c.wageBasis.filter((r, i) => c.wageBasis.findIndex((x) => x.id === r.id) === i) });
  if (c.ev.vervroegdeIva?.setLastDay === undefined) put(c, 'loon.wia-ingang', c.ref + 1, { message: 'theDayAfterTheEndOf' }, c.ref);
}

/** BW 7:670 lid 1, 11: the opzegverbod, extended by the late WIA-aanvraag, the verlenging and the loonsanctie. */
function applyOpzegverbod(c: Ctx, aowDate: string | undefined, v: VrijwilligeVerlengingResult | undefined, late: LateWiaAanvraagResult | undefined, s: LoonsanctieResult | undefined): void {
  const dismissal = c.ev.opzegverbod?.dismissalRequestReceived;
  const o = run(c, 'opzegverbod', () => computeOpzegverbod({
    ...c.base,
    // The AOW date also when it falls after the wachttijd (the timeline then has no `aow`): the same facts as computeOpzegverbod.
    ...(aowDate === undefined ? {} : { aowDate }),
    ...(dismissal === undefined ? {} : { dismissalRequestReceived: dismissal }),
    extensions: {
      lateWiaAanvraagDays: late?.timely === 'no' ? late.opzegverbodExtensionDays : 0,
      vrijwilligeVerlengingDays: v?.extensionDays ?? 0,
      loonsanctieDays: s !== undefined && s.lastDay !== null ? dn(s.lastDay) - dn(s.referenceLastDay) : 0,
    },
  } as Parameters<typeof computeOpzegverbod>[0]));
  if (o !== undefined && o.lastDay !== null) {
    put(c, 'opzegverbod.einde', dn(o.lastDay), { text: o.explanation, step: stepOf(o.trace, 'opzegverbod.result') }, c.first,
      { basis: o.dates.find((x) => x.id === 'einde-opzegverbod')!.legalBasis });
  } else if (o !== undefined) {
    c.notices.push(o.explanation);
  }
}
