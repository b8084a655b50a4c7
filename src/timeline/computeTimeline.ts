import { IsoDayFormatter, fromDayNumber, toDayNumber, weekdayOf } from '../calendar/dayNumber.js';
import { milestoneStatus, type MilestoneStatusContext } from './milestoneStatus.js';
import { atwTermEnd } from '../calendar/workingDays.js';
import { MAX_DAY, outOfRangeMessage } from '../calendar/dateRange.js';
import { isValidIsoDate } from '../calendar/isValidIsoDate.js';
import type * as z from 'zod';
import { parseInput } from '../input/zodIssues.js';
import { fastParseTimelineInput, fastParseTimelineOptions } from './fastParse.js';
import { PoortwachterError, type InputIssue } from '../errors/PoortwachterError.js';
import { LEGAL_REFS } from '../legal/references.js';
import type { LegalRef } from '../legal/LegalRef.js';
import type { Localized } from '../i18n/types.js';
import { timelineText, weekdayName, type TimelineMessageKey } from './messages.js';
import { buildSickModel, type SickModel } from '../sickness/validateSickInput.js';
import { countedBefore, sickDayToDayNumber, type Span } from '../sickness/sickClock.js';
import { describeSamentelling } from '../sickness/combineSickPeriods.js';
import type { SickPeriod } from '../sickness/types.js';
import { AOW_WAGE_RULES, WACHTTIJD_WEEKS, selectRuleSet, RULE_SETS, type RuleSet } from '../law/ruleSets.js';
import { DEADLINE_ROWS } from '../law/milestoneRules.js';
import { MILESTONE_INFO } from './milestoneInfo.js';
import { compileRows, evaluateRows } from './evaluateRows.js';
import type { Draft, Note } from './draft.js';
import { LazyExplanation } from './explanation.js';
import { type AowApplied, type Wia64Lid6Outcome } from './timelineTrace.js';
import { LibraryTimeline } from './libraryTimeline.js';
import { pendingAfterDay, toWachttijdEnd, wachttijdEndDays } from './wachttijdEnded.js';
import { END_OF_WACHTTIJD_EVENT_KEYS, EVENT_ALIASES, expandEndOfWachttijdShorthand, timelineInputSchema, timelineOptionsSchema } from './timelineSchema.js';
import { applyEndOfWachttijdEvents, type EndOfWachttijdEvents } from './applyEndOfWachttijdEvents.js';
import type {
  AowOutcome, Evaluation, Milestone, MilestoneId, MilestoneStatus, Timeline, TimelineInput, TimelineOptions,
} from './types.js';

const FN = 'computeTimeline';
const EVALUATION_REFS = Object.freeze([LEGAL_REFS.RPE_4_4, LEGAL_REFS.BW_658A_3]);
const DAY_2004 = toDayNumber('2004-01-01');
const DAY_2013_07_01 = toDayNumber('2013-07-01');
const DAY_2016 = toDayNumber('2016-01-01');
const NO_EVENTS: NonNullable<z.output<typeof timelineInputSchema>['events']> = Object.freeze({});
const NO_DAYS: readonly number[] = Object.freeze([]);
/** The deadline rows (src/law/milestoneRules.ts), read once for each rule set. */
const PLAN = compileRows(DEADLINE_ROWS, RULE_SETS);

/**
 * Computes every Wet verbetering poortwachter deadline from a sick report: probleemanalyse, plan
 * van aanpak, periodic evaluations, the 42-week ziekmelding, eerstejaarsevaluatie, the latest start
 * of spoor 2, vervroegde IVA, UWV's WIA letter, re-integratieverslag, WIA-aanvraag, the end of the
 * wachttijd and the earliest WIA start — with samentelling, rule sets by date in force, the AOW-age
 * case, actual events that move dependent deadlines, and each step's status on `asOf`.
 *
 * @remarks
 * Weeks are calendar weeks counted from day 1: week n = days 7(n−1)+1 … 7n of (counted) sickness.
 * With samentelling, "day k of sickness" is the calendar date of the k-th counted sick day; the gaps
 * are not counted. Deadlines counted back from the end of the wachttijd (WIA 25 lid 3, 64 lid 3) are
 * counted back in calendar days from its last day. Beyond the last known sick day the sickness is
 * projected to continue. Conventions and where sources disagree: README and `docs/conventions.md`.
 *
 * @param input - `{ firstSickDay }` or `{ sickPeriods }`, with optional `asOf`, `events`, `workPattern`, `wazoLeave`, `aowDate`.
 * @param options - `locale`, `dueSoonDays`, `ziekmeldingConvention`, `probleemanalyseConvention`, `causeExceptionScope`.
 * @returns The {@link Timeline}: milestones sorted by `due`, each with week, legal basis, labels, status and explanation.
 * @throws {@link PoortwachterError} for invalid input (the message names each field and problem).
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0013540 | Regeling procesgang eerste en tweede ziektejaar}
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=64 | WIA art 64}
 * @example
 * const t = computeTimeline({ firstSickDay: '2024-01-01' });
 * t.milestones.find((m) => m.id === 'wia-aanvraag')?.due //=> '2025-10-12' (D+650, end of week 93)
 */
export function computeTimeline(input: TimelineInput, options: TimelineOptions = {}): Timeline {
  const facts = parseTimeline(input, options);
  const rows = statutoryRows(facts);
  const wia64Lid6 = applyWia64Lid6(facts, rows);
  const aow = applyAowAge(facts, rows);
  const clock = wachttijdClock(facts, rows);
  situationNotices(facts, rows, clock);
  const milestones = assembleMilestones(facts, rows, aow, clock);
  const timeline = assembleTimeline(facts, rows, aow, clock, milestones, wia64Lid6);
  return extendAtEndOfWachttijd(facts, timeline);
}

type ParsedInput = z.output<typeof timelineInputSchema>;
type ParsedOptions = z.output<typeof timelineOptionsSchema>;

/** The parsed and checked input: the sick clock (spans from day 1) and the events as day numbers. */
interface Facts {
  readonly inp: ParsedInput;
  readonly opts: ParsedOptions;
  readonly asOf: number | undefined;
  readonly fromFirstDay: boolean;
  readonly periods: readonly SickPeriod[];
  readonly basePath: string[];
  readonly causeScope: NonNullable<ParsedOptions['causeExceptionScope']>;
  readonly model: SickModel;
  readonly spans: readonly Span[];
  /** Day 1. */
  readonly D: number;
  readonly rawEvents: NonNullable<ParsedInput['events']>;
  readonly events: ReadonlyMap<MilestoneId, number>;
  readonly evaluaties: readonly number[];
  readonly fmt: IsoDayFormatter;
  readonly firstSickDay: string;
}

/** The milestone drafts (rows) under the rule set, with the notices so far. */
interface Rows {
  readonly ruleSet: RuleSet;
  readonly wachttijdLast: number;
  /** `wachttijdLast` as a date (made once: several rows are counted back from it). */
  readonly wachttijdLastDay: string;
  readonly drafts: Draft[];
  readonly notices: Localized[];
}

/** The AOW-age outcome and, with the AOW age before the end of the wachttijd, which steps stay (keepDraft). */
interface AowRegime {
  readonly aow: AowOutcome | null;
  readonly keepAow: number | null;
  readonly keepWageLast: number;
  /** The AOW date given and what it came to (for the trace), else `null`. */
  readonly applied: AowApplied | null;
}

const NO_AOW: AowRegime = Object.freeze({ aow: null, keepAow: null, keepWageLast: 0, applied: null });

/** Where the sick clock stands on asOf: the last span and whether the wachttijd has ended. */
interface ClockOnAsOf {
  readonly lastSpan: Span;
  readonly endDays: ReturnType<typeof wachttijdEndDays> | null;
  readonly statusContext: MilestoneStatusContext;
  readonly statusContextUwv: MilestoneStatusContext;
}

/** Parses input and options and builds the sick clock; every input error is thrown here. */
function parseTimeline(input: TimelineInput, options: TimelineOptions): Facts {
  // The common shapes are checked by hand (fastParse.ts); anything else, and every error, goes through zod.
  const inp = fastParseTimelineInput(input) ?? parseInput(timelineInputSchema, input, FN);
  const opts = fastParseTimelineOptions(options) ?? parseInput(timelineOptionsSchema, options, FN, ['options']);
  const issues: InputIssue[] = [];

  if (inp.firstSickDay === undefined && inp.sickPeriods === undefined) {
    issues.push({ path: ['firstSickDay'], code: 'missing', message: "give either 'firstSickDay' or 'sickPeriods'" });
  } else if (inp.firstSickDay !== undefined && inp.sickPeriods !== undefined) {
    issues.push({ path: ['sickPeriods'], code: 'invalid_value', message: "give either 'firstSickDay' or 'sickPeriods', not both" });
  }
  if (issues.length > 0) throw new PoortwachterError(FN, issues);

  const asOf = inp.asOf === undefined ? undefined : toDayNumber(inp.asOf);
  const fromFirstDay = inp.firstSickDay !== undefined;
  const periods: readonly SickPeriod[] = fromFirstDay ? [{ from: inp.firstSickDay! }] : inp.sickPeriods!;
  const basePath = fromFirstDay ? ['firstSickDay'] : ['sickPeriods'];
  const causeScope = opts.causeExceptionScope ?? 'wazo-only';
  const model = buildSickModel(periods, inp.wazoLeave ?? [], fromFirstDay ? [] : basePath, ['wazoLeave'], asOf, causeScope, inp.workPattern, issues);
  if (model === undefined) {
    throw new PoortwachterError(FN, fromFirstDay ? issues.map((i) => ({ ...i, path: i.path.length === 0 || typeof i.path[0] === 'number' ? ['firstSickDay'] : i.path })) : issues);
  }
  const spans: readonly Span[] = model.chains[model.chains.length - 1]!.spans;
  const D = spans[0]!.start;
  if (D < DAY_2004) {
    throw PoortwachterError.single(FN, basePath, 'out_of_scope',
      `day 1 ${fromDayNumber(D)} is before 2004-01-01; the 104-week wachttijd (WIA) applies to sickness from 2004 on`);
  }
  const rawEvents = inp.events ?? NO_EVENTS;
  const { events, evaluaties } = parseEvents(inp.events !== undefined, rawEvents, D, asOf, issues);
  if (issues.length > 0) throw new PoortwachterError(FN, issues);
  const fmt = new IsoDayFormatter(D);
  return { inp, opts, asOf, fromFirstDay, periods, basePath, causeScope, model, spans, D, rawEvents, events, evaluaties, fmt, firstSickDay: fmt.format(D) };
}

/** Events: normalise aliases to milestone ids; reject duplicates, dates before day 1 or after asOf. */
function parseEvents(
  given: boolean, rawEvents: NonNullable<ParsedInput['events']>, D: number, asOf: number | undefined, issues: InputIssue[],
): { events: Map<MilestoneId, number>; evaluaties: readonly number[] } {
  const events = new Map<MilestoneId, number>();
  // for…in over a parsed (plain, own-keys-only) object: the order of Object.entries, without its arrays.
  if (given) for (const key in rawEvents) {
    const value = rawEvents[key as keyof typeof rawEvents];
    if (key === 'evaluaties' || value === undefined || typeof value !== 'string' || !(key in EVENT_ALIASES)) continue;
    const id = EVENT_ALIASES[key as keyof typeof EVENT_ALIASES] as MilestoneId;
    const dn = toDayNumber(value as unknown as string);
    if (events.has(id)) issues.push({ path: ['events', key], code: 'invalid_value', message: `duplicates the event '${id}' given under another name` });
    if (dn < D || (asOf !== undefined && dn > asOf)) checkEventDay(dn, ['events', key], D, asOf, issues);
    events.set(id, dn);
  }
  const list = rawEvents.evaluaties;
  if (list === undefined) return { events, evaluaties: NO_DAYS };
  const pvaDone = events.get('plan-van-aanpak');
  const days: number[] = [];
  let sorted = true;
  for (let i = 0; i < list.length; i++) {
    const dn = toDayNumber(list[i]!);
    if (dn < D || (asOf !== undefined && dn > asOf)) checkEventDay(dn, ['events', 'evaluaties', i], D, asOf, issues);
    if (i > 0 && dn < days[i - 1]!) sorted = false;
    days.push(dn);
  }
  if (pvaDone !== undefined) for (let i = 0; i < days.length; i++) {
    if (days[i]! < pvaDone) {
      issues.push({ path: ['events', 'evaluaties', i], code: 'inconsistent', message: `lies before the plan van aanpak it evaluates (${list[i]} < ${fromDayNumber(pvaDone)})` });
    }
  }
  // Usually given in order: then there is nothing to sort.
  return { events, evaluaties: sorted ? days : days.sort((a, b) => a - b) };
}

/** The statutory steps: the rule set by the end of the wachttijd, then the rows of DEADLINE_ROWS (evaluateRows.ts). */
function statutoryRows(f: Facts): Rows {
  const notices: Localized[] = f.model.notices.slice();
  // The wachttijd is 104 weeks in every rule set; its end selects the rule set (ruleSets.ts).
  const wachttijdLast = sickDayToDayNumber(f.spans, 7 * WACHTTIJD_WEEKS - 1);
  const ruleSet = selectRuleSet(wachttijdLast, DAY_2013_07_01);
  const drafts = evaluateRows(PLAN, { spans: f.spans, D: f.D, wachttijdLast, ruleSet, transitionDay: DAY_2013_07_01, events: f.events, options: f.opts, notices, dates: f.fmt });
  return { ruleSet, wachttijdLast, wachttijdLastDay: f.fmt.format(wachttijdLast), drafts, notices };
}

/**
 * WIA 64 lid 6: after a late UWV letter the WIA-aanvraag is on time within four weeks of receipt
 * (a forward term of a wet: Atw applies), unless the ziekmelding was not made before week 81.
 */
function applyWia64Lid6(f: Facts, rows: Rows): Wia64Lid6Outcome | null {
  const { spans, events } = f;
  const p = rows.ruleSet.parameters;
  const briefDone = events.get('wia-brief-uwv');
  if (briefDone === undefined) return null;
  const briefDue = draftOf(rows, 'wia-brief-uwv').due;
  const zmDone = events.get('ziekmelding-uwv');
  const base = { brief: fromDayNumber(briefDone), briefDue: fromDayNumber(briefDue), ziekmeldingDone: zmDone === undefined ? null : fromDayNumber(zmDone) };
  if (briefDone <= briefDue) return { ...base, outcome: 'not-met', harbour: null, note: { key: 'trace-wia-64-6-on-time', params: { brief: base.brief } } };
  const aanvraag = draftOf(rows, 'wia-aanvraag');
  const week81 = sickDayToDayNumber(spans, 7 * p.ziekmeldingSafeHarbourWeek - 1);
  const harbour = atwTermEnd(briefDone + 1, briefDone + 28); // Atw art 1 and 2
  const applied: Note = { key: 'wia-64-6-applied', params: { brief: base.brief, harbour: fromDayNumber(harbour) } };
  if (zmDone !== undefined && zmDone < week81) {
    if (harbour > aanvraag.due) {
      aanvraag.note = applied;
      aanvraag.due = harbour;
      aanvraag.anchor = 'event';
      aanvraag.anchorDay = briefDone;
      aanvraag.eventUsed = 'wia-brief-uwv';
    }
    return { ...base, outcome: 'met', harbour: fromDayNumber(harbour), note: applied };
  }
  const note: Note = zmDone === undefined
    ? { key: 'wia-64-6-zm-unknown', params: { harbour: fromDayNumber(harbour), week81: fromDayNumber(week81) } }
    : { key: 'wia-64-6-zm-late', params: { week81: fromDayNumber(week81) } };
  rows.notices.push(timelineText(note.key, note.params));
  return { ...base, outcome: zmDone === undefined ? 'unknown' : 'not-met', harbour: fromDayNumber(harbour), note };
}

/** AOW age — BW 7:629 lid 2 b; WIA art 43 g. */
function applyAowAge(f: Facts, rows: Rows): AowRegime {
  const { inp, spans, D } = f;
  const { wachttijdLast } = rows;
  if (inp.aowDate === undefined) return NO_AOW;
  const aowDay = toDayNumber(inp.aowDate);
  if (aowDay > wachttijdLast + 1) {
    const after: Note = { key: 'aow-after-wachttijd', params: { aowDate: inp.aowDate } };
    rows.notices.push(timelineText(after.key, after.params));
    return { aow: null, keepAow: null, keepWageLast: 0, applied: { aowDate: inp.aowDate, outcome: null, note: after } };
  }
  // The weeks are weeks of (counted) sickness from the AOW date (BW 7:629 lid 10 sums the periods):
  // they start on the first counted sick day on or after it; gaps are not counted.
  const kStart = countedBefore(spans, Math.max(D, aowDay));
  const start = sickDayToDayNumber(spans, kStart);
  const atEnd = start > wachttijdLast; // AOW age on the day after the 104 weeks
  const rule = AOW_WAGE_RULES.find((r) => D >= toDayNumber(r.validFrom) && (r.validTo === null || D <= toDayNumber(r.validTo)))
    ?? (aowDay >= DAY_2016 && D < DAY_2016 ? AOW_WAGE_RULES[0]! : undefined);
  const weeks = rule?.weeks ?? 104;
  const wageLast = rule === undefined ? wachttijdLast : Math.min(sickDayToDayNumber(spans, kStart + 7 * weeks - 1), wachttijdLast);
  const note: Note = rule === undefined ? { key: 'aow-before-2016', params: { aowDate: inp.aowDate } }
    : atEnd ? { key: 'aow-at-end', params: { aowDate: inp.aowDate, wageLast: fromDayNumber(wageLast) } }
    : { key: 'aow-wage-weeks', params: { aowDate: inp.aowDate, weeks, start: fromDayNumber(start), source: rule.source, wageLast: fromDayNumber(wageLast) } };
  const aow: AowOutcome = Object.freeze({
    aowDate: inp.aowDate,
    wageWeeks: weeks,
    wageLastDay: fromDayNumber(wageLast),
    wiaPossible: false,
    legalBasis: Object.freeze([LEGAL_REFS.BW_629_2B, LEGAL_REFS.WIA_43G]),
    explanation: timelineText(note.key, note.params),
  });
  rows.drafts.push({
    id: 'einde-loondoorbetaling', info: MILESTONE_INFO['einde-loondoorbetaling'], due: wageLast, windowFrom: null, anchor: aowDay > D && !atEnd ? 'aow-datum' : 'eerste-ziektedag',
    anchorDay: atEnd ? D : start, k: null, eventUsed: null, convention: null, note,
    extraBasis: [LEGAL_REFS.BW_629_2B, LEGAL_REFS.WIA_43G],
  });
  rows.notices.push(aow.explanation);
  return { aow, keepAow: aowDay, keepWageLast: wageLast, applied: { aowDate: inp.aowDate, outcome: aow, note } };
}

/** Has the wachttijd ended on asOf? One rule with wachttijdEnded (src/timeline/wachttijdEnded.ts). */
function wachttijdClock(f: Facts, rows: Rows): ClockOnAsOf {
  const { asOf, spans } = f;
  const lastSpan = spans[spans.length - 1]!;
  const endDays = asOf === undefined ? null : wachttijdEndDays(lastSpan.end, rows.wachttijdLast, asOf);
  const lapsedAfter = endDays?.reason === 'recovered' ? endDays.endedOn : null;
  const pendingAfter = asOf === undefined ? null : pendingAfterDay(lastSpan.end, rows.wachttijdLast, asOf);
  return {
    lastSpan, endDays,
    statusContext: { lapsedAfter, neverOverdue: false, pendingAfter },
    statusContextUwv: { lapsedAfter, neverOverdue: true, pendingAfter },
  };
}

/** Notices on the situation: a recovery (projected dates or an ended wachttijd) and a day 1 in the weekend. */
function situationNotices(f: Facts, rows: Rows, clock: ClockOnAsOf): void {
  const { fmt, D, asOf } = f;
  const { lastSpan } = clock;
  if (lastSpan.end !== Infinity) {
    const recoveredFrom = fmt.format(lastSpan.end + 1);
    const ended = clock.statusContext.lapsedAfter !== null;
    rows.notices.push(ended
      ? timelineText('recovered-ended', { recoveredFrom, asOf: fmt.format(asOf!) })
      : timelineText('recovered-projected', { lastDay: fmt.format(lastSpan.end), recoveredFrom }));
  }
  if (f.fromFirstDay && f.inp.workPattern === undefined && weekdayOf(D) >= 6) {
    rows.notices.push(timelineText('day1-weekend', { firstSickDay: f.firstSickDay, weekday: weekdayName(weekdayOf(D)) }));
  }
}

/** The milestones: range check, AOW selection, sort on day numbers, then one row each with status and explanation. */
function assembleMilestones(f: Facts, rows: Rows, aow: AowRegime, clock: ClockOnAsOf): Milestone[] {
  const { D, fmt, spans, events, asOf } = f;
  const { drafts } = rows;
  // Dates past 2999-12-31 are outside the supported range: reject rather than print year 3000.
  let latest = rows.wachttijdLast + 1;
  for (const d of drafts) if (d.due > latest) latest = d.due;
  if (latest > MAX_DAY) {
    throw PoortwachterError.single(FN, f.basePath, 'out_of_scope', outOfRangeMessage(latest, `the timeline of day 1 ${fromDayNumber(D)}`));
  }
  // Sorted on day numbers (then legal order), before any date string is made.
  const kept: Draft[] = [];
  for (const d of drafts) if (aow.keepAow === null || keepDraft(d, aow.keepAow, aow.keepWageLast)) kept.push(d);
  sortByDueThenOrder(kept);
  const nl = (f.opts.locale ?? 'nl') === 'nl';
  const dueSoon = f.opts.dueSoonDays ?? 14;
  const milestones: Milestone[] = [];
  for (let i = 0; i < kept.length; i++) {
    const d = kept[i]!;
    const { rule, labels } = d.info;
    const done = events.get(d.id) ?? null;
    const gapDaysAdded = d.k === null ? 0 : Math.max(0, d.due - D - d.k);
    const due = dayString(f, rows, d.due);
    const legalBasis = d.extraBasis === undefined ? rule.legalBasis : withBasis(rule.legalBasis, d.extraBasis);
    milestones.push({
      id: d.id,
      due,
      windowFrom: d.windowFrom === null ? null : fmt.format(d.windowFrom),
      week: Math.floor(countedBefore(spans, d.due) / 7) + 1,
      label: nl ? labels.nl : labels.en,
      labels,
      legalBasis,
      normKind: rule.normKind,
      actor: rule.actor,
      kind: rule.kind,
      done: done === null ? null : fmt.format(done),
      status: asOf === undefined ? null : milestoneStatus(rule.kind, d.due, done, asOf, dueSoon, d.info.neverOverdue ? clock.statusContextUwv : clock.statusContext),
      explanation: new LazyExplanation(d, D, gapDaysAdded, dayString(f, rows, d.anchorDay), due, legalBasis),
    });
  }
  return milestones;
}

/** A day as a date; day 1 and the last day of the wachttijd, which many steps share, are made once. */
function dayString(f: Facts, rows: Rows, day: number): string {
  return day === f.D ? f.firstSickDay : day === rows.wachttijdLast ? rows.wachttijdLastDay : f.fmt.format(day);
}

/** The timeline: milestones, the evaluation series, samentelling, the state on asOf and the notices. */
function assembleTimeline(f: Facts, rows: Rows, aow: AowRegime, clock: ClockOnAsOf, milestones: Milestone[], wia64Lid6: Wia64Lid6Outcome | null): Timeline {
  const { asOf, spans, D, fmt, events } = f;
  const p = rows.ruleSet.parameters;
  // The eerstejaarsevaluatie is an evaluation too (Regeling procesgang art 4 lid 2 b): the chain runs on from it.
  // A date given twice (or as both an evaluation and the eerstejaarsevaluatie) is one evaluation.
  const heldEvaluations = uniqueSorted(f.evaluaties, events.get('eerstejaarsevaluatie'));
  const evaluations = aow.aow !== null ? [] : buildEvaluations(
    events.get('plan-van-aanpak') ?? draftOf(rows, 'plan-van-aanpak').due, events.has('plan-van-aanpak'), heldEvaluations,
    rows.wachttijdLast - 7 * p.wiaAanvraagWeeksBeforeEnd, p.evaluationIntervalDays, asOf, f.opts.dueSoonDays ?? 14, clock.statusContext, fmt,
  );
  // Real counted days through asOf (no projection after a recovery); the week as sicknessWeekOn
  // counts it, 0 while asOf lies before day 1 (a report on a non-working day moved day 1 later).
  const samentelling = describeSamentelling(f.model, f.periods, asOf, fmt);
  const wachttijdEnded = clock.endDays === null ? null : toWachttijdEnd(clock.endDays, clock.lastSpan.end, fmt);
  return new LibraryTimeline({
    firstSickDay: f.firstSickDay,
    milestones,
    evaluations,
    samentelling,
    ruleSet: rows.ruleSet,
    wachttijdLastDay: aow.aow === null ? rows.wachttijdLastDay : null,
    aow: aow.aow,
    asOf: asOf === undefined ? null : fmt.format(asOf),
    countedSickDaysAsOf: asOf === undefined ? null : samentelling.countedSickDays,
    weekAsOf: asOf === undefined ? null : asOf < D ? 0 : Math.floor(countedBefore(spans, asOf) / 7) + 1,
    conventions: {
      ziekmelding: f.opts.ziekmeldingConvention ?? 'statutory',
      probleemanalyse: f.opts.probleemanalyseConvention ?? 'end-of-week-6',
      causeExceptionScope: f.causeScope,
    },
    notices: rows.notices,
    wachttijdEnded,
  }, { sickPeriods: f.periods.length, wachttijdLast: rows.wachttijdLast, wia64Lid6, aow: aow.applied });
}

/**
 * The end of the wachttijd: loonsanctie, vrijwillige verlenging, vervroegde IVA, a late
 * WIA-aanvraag and the opzegverbod move dates (src/endOfWachttijd). Only when something calls for it.
 */
function extendAtEndOfWachttijd(f: Facts, timeline: Timeline): Timeline {
  const { inp, rawEvents } = f;
  const endEvents: Record<string, unknown> = {};
  let hasEndEvents = false;
  if (inp.events !== undefined) for (const key of END_OF_WACHTTIJD_EVENT_KEYS) {
    if (rawEvents[key] !== undefined) {
      endEvents[key] = expandEndOfWachttijdShorthand(key, rawEvents[key]);
      hasEndEvents = true;
    }
  }
  const aanvraagDone = f.events.get('wia-aanvraag');
  const aanvraagLate = aanvraagDone !== undefined && aanvraagDone > toDayNumber(timeline.milestones.find((m) => m.id === 'wia-aanvraag')?.due ?? '2999-12-31');
  const withOpzegverbod = f.opts.includeOpzegverbod === true || rawEvents.opzegverbod !== undefined;
  if (!hasEndEvents && !aanvraagLate && !withOpzegverbod) return timeline;
  let extended: Timeline;
  try {
    extended = applyEndOfWachttijdEvents(timeline, endEvents as EndOfWachttijdEvents, {
      locale: f.opts.locale ?? 'nl', dueSoonDays: f.opts.dueSoonDays ?? 14, opzegverbod: withOpzegverbod,
      ...(inp.aowDate === undefined ? {} : { aowDate: inp.aowDate }),
      ...(inp.wazoLeave === undefined ? {} : { wazoLeave: inp.wazoLeave }),
    });
  } catch (e) {
    // Report under computeTimeline's name; the paths already start with `events.<key>`.
    if (e instanceof PoortwachterError) throw new PoortwachterError(FN, e.issues);
    throw e;
  }
  const tooLate = extended.milestones.find((m) => !isValidIsoDate(m.due));
  if (tooLate !== undefined) {
    throw PoortwachterError.single(FN, f.basePath, 'out_of_scope',
      `the date of '${tooLate.id}' would fall after 2999-12-31, outside the supported years 1900–2999`);
  }
  // applyEndOfWachttijdEvents keeps the timeline's trace and appends its own steps (withTraceSteps).
  return extended;
}

/** The rule's articles followed by those the situation adds, each once. */
function withBasis(rule: readonly LegalRef[], extra: readonly LegalRef[]): readonly LegalRef[] {
  return Object.freeze([...rule, ...extra.filter((r) => !rule.some((x) => x.id === r.id))]);
}

function checkEventDay(dn: number, path: (string | number)[], D: number, asOf: number | undefined, issues: InputIssue[]): void {
  if (dn < D) issues.push({ path, code: 'inconsistent', message: `lies before day 1 (${fromDayNumber(dn)} < ${fromDayNumber(D)})` });
  if (asOf !== undefined && dn > asOf) issues.push({ path, code: 'inconsistent', message: `lies after asOf (${fromDayNumber(dn)} > ${fromDayNumber(asOf)}): an event cannot have happened yet` });
}

/** The draft of a statutory row (every row gives one). */
function draftOf(rows: Rows, id: MilestoneId): Draft {
  return rows.drafts.find((d) => d.id === id)!;
}

const AOW_EARLY: ReadonlySet<MilestoneId> = new Set<MilestoneId>(['probleemanalyse', 'plan-van-aanpak', 'einde-loondoorbetaling']);
const AOW_WIA_ONLY: ReadonlySet<MilestoneId> = new Set<MilestoneId>(['vervroegde-iva-uiterlijk', 'wia-brief-uwv', 're-integratieverslag', 'wia-aanvraag', 'einde-wachttijd', 'wia-ingang']);

/**
 * With the AOW age before the end of the wachttijd: whether a step stays. The 42-week ziekmelding
 * (ZW 38 lid 1) has no AOW exception: due while the employee is not yet at AOW age, it stays; after
 * that no WIA can follow and it is left out.
 */
function keepDraft(d: Draft, aowDay: number, wageLast: number): boolean {
  return AOW_EARLY.has(d.id) || (d.id === 'ziekmelding-uwv' ? d.due < aowDay && d.due <= wageLast : !AOW_WIA_ONLY.has(d.id) && d.due <= wageLast);
}

/**
 * Sorts milestones by due date, ties in legal order, on day numbers (not date strings): an
 * insertion sort, stable and cheapest for the dozen drafts of a timeline.
 */
function sortByDueThenOrder(drafts: Draft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const x = drafts[i]!;
    const xOrder = x.info.rule.order;
    let j = i - 1;
    for (; j >= 0; j--) {
      const y = drafts[j]!;
      if (y.due < x.due || (y.due === x.due && y.info.rule.order <= xOrder)) break;
      drafts[j + 1] = y;
    }
    drafts[j + 1] = x;
  }
}

/** The held evaluations (and the eerstejaarsevaluatie), sorted, each date once. */
function uniqueSorted(sorted: readonly number[], extra: number | undefined): readonly number[] {
  if (sorted.length === 0) return extra === undefined ? [] : [extra];
  const all = extra === undefined ? sorted : [...sorted, extra].sort((a, b) => a - b);
  const out: number[] = [];
  for (const x of all) if (out.length === 0 || out[out.length - 1] !== x) out.push(x);
  return out;
}

function buildEvaluations(
  anchor: number, anchorDone: boolean, held: readonly number[], until: number, interval: number,
  asOf: number | undefined, dueSoon: number, context: MilestoneStatusContext, fmt: IsoDayFormatter,
): Evaluation[] {
  const out: Evaluation[] = [];
  let prev = anchor;
  // Ends: each step without a held evaluation moves 42 days on, and `held` is finite.
  for (let i = 0; i < held.length + 40; i++) {
    const due = prev + interval;
    const done = held[i] ?? null;
    if (due > until && done === null) break;
    const status = asOf === undefined ? null : milestoneStatus('action', due, done, asOf, dueSoon, context);
    out.push(new PracticeEvaluation(i + 1, fmt.format(due), done === null ? null : fmt.format(done), status, interval, prev, i === 0 ? (anchorDone ? 'pva' : 'pva-due') : 'previous'));
    prev = done ?? due;
  }
  return out;
}

const EVALUATION_FROM = {
  pva: 'evaluation-from-pva',
  'pva-due': 'evaluation-from-pva-due',
  previous: 'evaluation-from-previous',
} as const satisfies Record<string, TimelineMessageKey>;

/** An evaluation of the series; its explanation is built when read. */
class PracticeEvaluation implements Evaluation {
  readonly sequence: number;
  readonly due: string;
  readonly done: string | null;
  readonly status: MilestoneStatus | null;
  readonly normKind = 'practice' as const;
  readonly legalBasis = EVALUATION_REFS;
  readonly #interval: number;
  readonly #base: number;
  readonly #from: keyof typeof EVALUATION_FROM;

  constructor(sequence: number, due: string, done: string | null, status: MilestoneStatus | null, interval: number, base: number, from: keyof typeof EVALUATION_FROM) {
    this.sequence = sequence;
    this.due = due;
    this.done = done;
    this.status = status;
    this.#interval = interval;
    this.#base = base;
    this.#from = from;
  }

  get explanation(): Localized {
    return timelineText('evaluation', { interval: this.#interval, from: timelineText(EVALUATION_FROM[this.#from]), base: fromDayNumber(this.#base) });
  }

  toJSON(): Omit<Evaluation, never> {
    return { sequence: this.sequence, due: this.due, done: this.done, status: this.status, normKind: this.normKind, legalBasis: this.legalBasis, explanation: this.explanation };
  }
}
