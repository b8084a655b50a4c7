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
import { phrase } from '../endOfWachttijd/messages.js';

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

/** A milestone's kind, actor, norm and legal basis come from the one rule table; its labels from the label table. */
const ruleOf = (id: string): { spec: (typeof MILESTONE_RULES_TABLE)[MilestoneId]; labels: Localized } | undefined => {
  const spec = (MILESTONE_RULES_TABLE as Record<string, (typeof MILESTONE_RULES_TABLE)[MilestoneId] | undefined>)[id];
  return spec === undefined ? undefined : { spec, labels: { nl: MILESTONE_LABELS.nl[id as MilestoneId], en: MILESTONE_LABELS.en[id as MilestoneId] } };
};

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
 * the same rule table as computeTimeline's (situational articles follow the table's).
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
  checkEndOfWachttijdTimeline(timeline, FN);
  const ev = parseInput(endOfWachttijdEventsSchema, events, FN, ['events']);
  const opts = parseInput(applyEndOfWachttijdOptionsSchema, options, FN, ['options']);
  const issues: InputIssue[] = [];
  const locale = opts.locale ?? 'nl';
  const dueSoon = opts.dueSoonDays ?? 14;
  const asOf = timeline.asOf === null ? undefined : dn(timeline.asOf);
  const base: WachttijdCase = {
    sickPeriods: timeline.samentelling.periods,
    ...(opts.wazoLeave === undefined ? {} : { wazoLeave: opts.wazoLeave }),
    causeExceptionScope: timeline.conventions.causeExceptionScope,
  };
  const find = (id: string): Milestone | undefined => timeline.milestones.find((m) => m.id === id);
  const doneOf = (id: string): string | undefined => find(id)?.done ?? undefined;
  const run = <T>(key: string, fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof PoortwachterError)) throw e;
      for (const i of e.issues) issues.push({ ...i, path: ['events', key, ...i.path] });
      return undefined;
    }
  };
  const noWachttijd = timeline.wachttijdLastDay === null;
  const aowDate = opts.aowDate ?? timeline.aow?.aowDate;
  for (const key of ['vrijwilligeVerlenging', 'loonsanctie', 'vervroegdeIva'] as const) {
    if (noWachttijd && ev[key] !== undefined) issues.push({ path: ['events', key], code: 'inconsistent', message: 'no WIA wachttijd runs for this timeline (AOW age)' });
  }
  if (ev.loonsanctie !== undefined && ev.vervroegdeIva?.setLastDay !== undefined) {
    issues.push({ path: ['events', 'loonsanctie'], code: 'inconsistent', message: 'a vervroegde IVA has no re-integratieverslag test, so no loonsanctie (WIA 66 lid 6)' });
  }
  if (issues.length > 0) throw new PoortwachterError(FN, issues);

  const ms = new Map<string, Milestone>(timeline.milestones.map((m) => [m.id, m]));
  const notices: Localized[] = [...timeline.notices];
  let wachttijdLastDay = timeline.wachttijdLastDay;
  // Lapsed steps and steps that are never overdue: the same rule as computeTimeline.
  const ended = timeline.wachttijdEnded;
  const lapsedAfter = ended?.reason === 'recovered' && ended.endedOn !== null ? dn(ended.endedOn) : null;
  const last = timeline.samentelling.lastSickDay;
  const pendingAfter = asOf === undefined || last === null || timeline.wachttijdLastDay === null ? null : pendingAfterDay(dn(last), dn(timeline.wachttijdLastDay), asOf);
  const status = (kind: 'action' | 'date', due: number, done: number | null, never: boolean): MilestoneStatus | null =>
    milestoneStatus(kind, due, done, asOf, dueSoon, { lapsedAfter, neverOverdue: never, pendingAfter });
  let weekOf: (d: number) => number = () => 1;
  const put = (id: string, due: number, text: Localized, anchor: MilestoneExplanation['anchor'], anchorDate: number, eventUsed: string, done?: number | null, basis?: readonly LegalRef[]): void => {
    const old = ms.get(id);
    const { spec, labels: ruleLabels } = ruleOf(id)!;
    const kind = spec.kind;
    const d = done === undefined ? (old?.done == null ? null : dn(old.done)) : done;
    const labels = old?.labels ?? ruleLabels;
    ms.set(id, {
      id: id as MilestoneId, // new ids: see EndOfWachttijdMilestoneId (to be added to MilestoneId)
      due: iso(due),
      windowFrom: old?.windowFrom ?? null,
      week: weekOf(due),
      label: labels[locale],
      labels,
      legalBasis: mergeBasis(spec.legalBasis, basis ?? old?.legalBasis ?? []),
      normKind: spec.normKind,
      actor: spec.actor,
      kind,
      done: d === null ? null : iso(d),
      status: status(kind, due, d, neverOverdue(spec)),
      explanation: { anchor, anchorDate: iso(anchorDate), offsetDays: due - anchorDate, countedSickDay: null, gapDaysAdded: 0, eventUsed, convention: null, text },
    });
  };

  // The clock of the timeline's wachttijd (also checks that wazoLeave matches).
  const clock = buildClock(base, ['timeline', 'samentelling'], issues);
  if (clock === undefined) throw new PoortwachterError(FN, issues);
  if (!noWachttijd && iso(clock.wachttijdLastDay) !== timeline.wachttijdLastDay) {
    throw PoortwachterError.single(FN, ['options', 'wazoLeave'], 'inconsistent',
      `the timeline's wachttijd ends ${timeline.wachttijdLastDay}, but ${iso(clock.wachttijdLastDay)} with the WAZO leave given: pass the leave the timeline was computed with`);
  }
  const first = dn(timeline.firstSickDay);
  const endOfWachttijd0 = clock.wachttijdLastDay;
  weekOf = clock.weekOf;

  let ref = endOfWachttijd0;
  let wageMoved = false;
  const wageBasis: LegalRef[] = [R.BW_629_1];
  let v: VrijwilligeVerlengingResult | undefined;
  if (ev.vrijwilligeVerlenging !== undefined) {
    v = run('vrijwilligeVerlenging', () => computeVrijwilligeVerlenging({ ...base, ...ev.vrijwilligeVerlenging! } as Parameters<typeof computeVrijwilligeVerlenging>[0]));
    if (v !== undefined && v.allowed === 'no') {
      // WIA 24 lid 1 sub a: UWV cannot grant it in these vangnet cases, so an extension in the events
      // contradicts the facts given with it. The same rule as computeVrijwilligeVerlenging (one rule).
      issues.push({ path: ['events', 'vrijwilligeVerlenging', 'vangnet'], code: 'inconsistent',
        message: `vangnet group '${ev.vrijwilligeVerlenging.vangnet}': a vrijwillige verlenging is excluded (WIA 24 lid 1 sub a: ZW 29, 29a lid 1 or 4), so it cannot have been granted` });
      v = undefined;
    }
    if (v !== undefined) {
      ref = dn(v.extendedLastDay);
      wageMoved = true;
      wageBasis.push(R.WIA_24_1, R.BW_629_11B);
      put('einde-wachttijd', ref, phrase('extendedPeriodWia24WagePayment', { extendedLastDay: v.extendedLastDay }), 'event', endOfWachttijd0, 'vrijwilligeVerlenging');
      put('re-integratieverslag', dn(v.reIntegratieverslagDue), phrase('thirteenWeeksBeforeTheEndOf'), 'einde-wachttijd', ref, 'vrijwilligeVerlenging');
      put('wia-aanvraag', dn(v.wiaAanvraagDue), phrase('beforeTheEndOfTheExtended'), 'einde-wachttijd', ref, 'vrijwilligeVerlenging');
      wachttijdLastDay = v.extendedLastDay;
      notices.push(v.allowed === 'unknown' ? msg.verlengingUncertain(v.extendedLastDay, v.missingFacts.includes('vangnet')) : msg.verlengingApplied(v.extendedLastDay));
      for (const n of v.notices) notices.push(n);
    }
  }

  let late: LateWiaAanvraagResult | undefined;
  const aanvraagDone = doneOf('wia-aanvraag');
  const aanvraagDue = ms.get('wia-aanvraag')?.due;
  if (!noWachttijd && ev.vervroegdeIva?.setLastDay === undefined && aanvraagDone !== undefined && aanvraagDue !== undefined && aanvraagDone > aanvraagDue) {
    const brief = doneOf('wia-brief-uwv') ?? (ev.lateWiaAanvraag?.wiaBriefNotReceived === true ? 'not-received' : undefined);
    const melding = doneOf('ziekmelding-uwv');
    late = run('lateWiaAanvraag', () => computeLateWiaAanvraag({
      ...base, applicationDate: aanvraagDone,
      ...(brief === undefined ? {} : { wiaBriefReceived: brief }),
      ...(melding === undefined ? {} : { ziekmeldingUwv: melding }),
      ...(v === undefined ? {} : { extendedLastDay: v.extendedLastDay }),
      ...(ev.lateWiaAanvraag?.deugdelijkeGrond === undefined ? {} : { deugdelijkeGrond: ev.lateWiaAanvraag.deugdelijkeGrond }),
    } as Parameters<typeof computeLateWiaAanvraag>[0]));
    if (late !== undefined) {
      if (late.timely === 'no') {
        ref = dn(late.wageLastDay);
        wageMoved = true;
        wageBasis.push(R.BW_629_11A);
      }
      notices.push(late.explanation);
      if (late.timely === 'unknown') {
        notices.push(phrase('whetherTheWiaApplicationCountsAs', { missingFacts: late.missingFacts.join(', '), wageLastDay: late.wageLastDay }));
      }
    }
  }

  let s: LoonsanctieResult | undefined;
  if (ev.loonsanctie !== undefined) {
    const refBefore = ref;
    s = run('loonsanctie', () => computeLoonsanctie({
      ...base, decisionDate: ev.loonsanctie!.decisionDate, referenceLastDay: iso(refBefore),
      ...(ev.loonsanctie!.bekorting === undefined ? {} : { bekorting: ev.loonsanctie!.bekorting }),
      ...(timeline.asOf === null ? {} : { asOf: timeline.asOf }),
    } as Parameters<typeof computeLoonsanctie>[0]));
    if (s !== undefined) {
      const decision = dn(ev.loonsanctie.decisionDate);
      put('loonsanctie-beschikking', dn(s.decisionDue), phrase('sixWeeksBeforeTheEndWia'), 'einde-wachttijd', refBefore, 'loonsanctie', decision);
      const bez = s.dates.find((d) => d.id === 'bezwaar-loonsanctie-uiterlijk');
      const bezwaar = ev.loonsanctie.bezwaarDate === undefined ? null : dn(ev.loonsanctie.bezwaarDate);
      if (bezwaar !== null && bezwaar < decision) {
        issues.push({ path: ['events', 'loonsanctie', 'bezwaarDate'], code: 'inconsistent', message: `lies before the decision it objects to (${iso(bezwaar)} < ${iso(decision)})` });
      }
      if (bezwaar !== null && asOf !== undefined && bezwaar > asOf) {
        issues.push({ path: ['events', 'loonsanctie', 'bezwaarDate'], code: 'inconsistent', message: `lies after asOf (${iso(bezwaar)} > ${iso(asOf)}): an event cannot have happened yet` });
      }
      if (bez !== undefined) put('bezwaar-loonsanctie', dn(bez.date), bez.explanation, 'event', decision, 'loonsanctie', bezwaar);
      if (s.bekorting !== null) {
        put('bekorting-beschikking', dn(s.bekorting.decisionDue), phrase('threeWeeksAfterTheRepairNotice'), 'event', dn(s.bekorting.noticeDate), 'loonsanctie.bekorting',
          s.bekorting.decisionDate === null ? null : dn(s.bekorting.decisionDate));
      }
      if (s.lastDay !== null) {
        put('einde-loonsanctie', dn(s.lastDay), s.explanation, 'einde-wachttijd', refBefore, 'loonsanctie');
        ref = dn(s.wageLastDay);
        wageMoved = true;
        wageBasis.push(R.WIA_25_9, R.BW_629_11B);
      }
      notices.push(s.explanation);
    }
  }

  if (ev.vervroegdeIva !== undefined) {
    const app = ev.vervroegdeIva.applicationDate ?? doneOf('vervroegde-iva-uiterlijk');
    const iva = run('vervroegdeIva', () => checkVervroegdeIva({
      ...base,
      ...(app === undefined ? {} : { applicationDate: app }),
      ...(ev.vervroegdeIva!.setLastDay === undefined ? {} : { setLastDay: ev.vervroegdeIva!.setLastDay }),
      ...(ev.vervroegdeIva!.earlierApplication === undefined ? {} : { earlierApplication: ev.vervroegdeIva!.earlierApplication }),
      ...(ev.vervroegdeIva!.bedrijfsartsVerklaring === undefined ? {} : { bedrijfsartsVerklaring: ev.vervroegdeIva!.bedrijfsartsVerklaring }),
    } as Parameters<typeof checkVervroegdeIva>[0]));
    if (iva !== undefined) {
      const m = ms.get('vervroegde-iva-uiterlijk');
      if (m !== undefined && app !== undefined) put('vervroegde-iva-uiterlijk', dn(m.due), m.explanation.text, m.explanation.anchor, dn(m.explanation.anchorDate), 'vervroegdeIva', dn(app));
      if (ev.vervroegdeIva.setLastDay !== undefined) {
        const set = dn(ev.vervroegdeIva.setLastDay);
        put('einde-wachttijd', set, phrase('shortenedWaitingPeriodSetByUwv', { set: iso(set) }), 'event', first, 'vervroegdeIva');
        put('wia-ingang', set + 1, phrase('theDayAfterTheShortenedWaiting'), 'einde-wachttijd', set, 'vervroegdeIva');
        wachttijdLastDay = iso(set);
        if (!ms.has('einde-loondoorbetaling')) put('einde-loondoorbetaling', ref, phrase('theEmployerKeepsPayingWagesUp'), 'eerste-ziektedag', first, 'vervroegdeIva');
      }
      notices.push(iva.explanation);
      for (const n of iva.notices) notices.push(n);
    }
  }

  if (wageMoved) {
    put('einde-loondoorbetaling', ref, phrase('wagePaymentThroughBw7629', { ref: iso(ref) }), 'einde-wachttijd', endOfWachttijd0, 'end-of-wachttijd-events', undefined,
      wageBasis.filter((r, i) => wageBasis.findIndex((x) => x.id === r.id) === i));
    if (ev.vervroegdeIva?.setLastDay === undefined) {
      put('wia-ingang', ref + 1, phrase('theDayAfterTheEndOf'), 'einde-wachttijd', ref, 'end-of-wachttijd-events');
    }
  }

  if (opts.opzegverbod !== false) {
    const o = run('opzegverbod', () => computeOpzegverbod({
      ...base,
      // The AOW date also when it falls after the wachttijd (the timeline then has no `aow`): the same facts as computeOpzegverbod.
      ...(aowDate === undefined ? {} : { aowDate }),
      ...(ev.opzegverbod?.dismissalRequestReceived === undefined ? {} : { dismissalRequestReceived: ev.opzegverbod.dismissalRequestReceived }),
      extensions: {
        lateWiaAanvraagDays: late?.timely === 'no' ? late.opzegverbodExtensionDays : 0,
        vrijwilligeVerlengingDays: v?.extensionDays ?? 0,
        loonsanctieDays: s !== undefined && s.lastDay !== null ? dn(s.lastDay) - dn(s.referenceLastDay) : 0,
      },
    } as Parameters<typeof computeOpzegverbod>[0]));
    if (o !== undefined && o.lastDay !== null) {
      put('einde-opzegverbod', dn(o.lastDay), o.explanation, 'eerste-ziektedag', first, 'opzegverbod', undefined,
        o.dates.find((x) => x.id === 'einde-opzegverbod')?.legalBasis ?? []);
    } else if (o !== undefined) {
      notices.push(o.explanation);
    }
  }
  if (issues.length > 0) throw new PoortwachterError(FN, issues);

  // Sorted as computeTimeline sorts: by due, then in legal order (the rule table).
  const milestones = [...ms.values()].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : MILESTONE_RULES_TABLE[a.id].order - MILESTONE_RULES_TABLE[b.id].order));
  return { ...timeline, milestones, wachttijdLastDay, notices };
}
