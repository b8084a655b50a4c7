/**
 * The deadline-rows engine (issue 10): reads the rows of src/law/milestoneRules.ts (`DEADLINE_ROWS`)
 * and produces the milestone drafts of computeTimeline, on day numbers. What is genuinely different
 * from a row is a small named rule, registered by id in {@link DEADLINE_RULES}.
 *
 * @internal
 * @packageDocumentation
 */
import { fromDayNumber, type DayFormat } from '../calendar/dayNumber.js';
import { nextAtwWorkingDay } from '../calendar/workingDays.js';
import { ATW_DECREE_YEARS_COVERED } from '../calendar/atwDecreeDays.js';
import type { Localized } from '../i18n/types.js';
import type { DeadlineAnchor, DeadlineNoteKey, DeadlineOffset, DeadlineRow, DeadlineRuleId } from '../law/milestoneRules.js';
import { wiaBriefWeekFor, type RuleParameters, type RuleSet } from '../law/ruleSets.js';
import { sickDayToDayNumber, type Span } from '../sickness/sickClock.js';
import type { MilestoneId } from '../law/types.js';
import { timelineText } from './messages.js';
import type { Draft } from './draft.js';
import { MILESTONE_INFO, type MilestoneInfo } from './milestoneInfo.js';

/** What the rows are evaluated against: the sick clock, the rule set, the events and the options. @internal */
export interface RowContext {
  readonly spans: readonly Span[];
  /** Day 1. */
  readonly D: number;
  /** The last day of the (unextended) wachttijd. */
  readonly wachttijdLast: number;
  readonly ruleSet: RuleSet;
  /** Day number of 2013-07-01 (the Verzamelwet SZW 2013). */
  readonly transitionDay: number;
  /** Actual events, by milestone id. */
  readonly events: ReadonlyMap<MilestoneId, number>;
  /** The convention options as given (a row's convention has its default). */
  readonly options: { readonly probleemanalyseConvention?: string | undefined; readonly ziekmeldingConvention?: string | undefined };
  /** The timeline's notices: a named rule may add one. */
  readonly notices: Localized[];
  /** The call's date formatter (the strings of `fromDayNumber`), if any. */
  readonly dates?: DayFormat;
}

/** A named rule: the week of a row's offset, or a step applied to its draft after the row. */
interface DeadlineRule {
  readonly week?: (ctx: RowContext) => number;
  readonly apply?: (d: Draft, ctx: RowContext) => void;
}

/**
 * The named rules, by id: WIA 64 lid 2's week under the 2013 transition (ruleSets.ts
 * `wiaBriefWeekFor`), and UWV's practice of the first working day on or after the ziekmelding date.
 *
 * @internal
 */
export const DEADLINE_RULES: { readonly [Id in DeadlineRuleId]: DeadlineRule } = Object.freeze({
  'wia-64-2-transition': { week: (ctx) => wiaBriefWeekFor(ctx.ruleSet, (w) => sickDayToDayNumber(ctx.spans, 7 * w - 1), ctx.transitionDay) },
  'uwv-first-working-day': { apply: moveToWorkingDay },
});

/** How a plan row counts: 0 end of week n, 1 the day after n weeks (counted sickness), 2 n weeks before, 3 n days after the anchor. */
type OffsetCode = 0 | 1 | 2 | 3;

/**
 * A row with its parameters resolved to numbers for one rule set, every field always present (one
 * object shape): computeTimeline is a hot path, so the rows are read once, when the module loads.
 */
interface PlanRow {
  readonly id: MilestoneId;
  readonly info: MilestoneInfo;
  readonly anchor: DeadlineAnchor;
  /** 0 day 1, 1 the end of the wachttijd, 2 an earlier row. */
  readonly anchorCode: 0 | 1 | 2;
  readonly code: OffsetCode;
  readonly amount: number;
  readonly weekRule: NonNullable<DeadlineRule['week']> | null;
  /** First counted sick day (0-based) of the window, or -1. */
  readonly windowK: number;
  readonly event: 'probleemanalyse' | 'eerstejaarsevaluatie' | null;
  readonly eventDays: number;
  readonly noteIfNotEarlier: DeadlineNoteKey | null;
  readonly noteIfLater: DeadlineNoteKey | null;
  readonly option: 'probleemanalyseConvention' | 'ziekmeldingConvention' | null;
  readonly optionDefault: string | null;
  readonly altValue: string | null;
  readonly altCode: OffsetCode;
  readonly altAmount: number;
  readonly altThen: NonNullable<DeadlineRule['apply']> | null;
  readonly atwNextWorkingDay: boolean;
}

/** Rows compiled for each rule set (see {@link compileRows}). @internal */
export type DeadlinePlan = ReadonlyMap<RuleSet, readonly PlanRow[]>;

/**
 * Reads a table of deadline rows once, for each rule set: the parameters named by the rows become numbers.
 *
 * @param rows - The rows (`DEADLINE_ROWS`, or a modified copy in a test).
 * @param ruleSets - The rule sets (`RULE_SETS`).
 * @returns The plan that {@link evaluateRows} evaluates.
 * @throws Error for a row the engine cannot read (a counted offset from another anchor than day 1, or the reverse).
 * @example
 * const plan = compileRows(DEADLINE_ROWS, RULE_SETS);
 * @internal
 */
export function compileRows(rows: readonly DeadlineRow[], ruleSets: readonly RuleSet[]): DeadlinePlan {
  return new Map(ruleSets.map((rs) => [rs, Object.freeze(rows.map((r) => compileRow(r, rs.parameters)))] as const));
}

function offsetOf(o: DeadlineOffset, p: RuleParameters): { code: OffsetCode; amount: number } {
  if ('endOfWeek' in o) return { code: 0, amount: p[o.endOfWeek] };
  if ('dayAfterWeeks' in o) return { code: 1, amount: p[o.dayAfterWeeks] };
  if ('weeksBefore' in o) return { code: 2, amount: p[o.weeksBefore] };
  return { code: 3, amount: typeof o.daysAfter === 'number' ? o.daysAfter : p[o.daysAfter] };
}

function compileRow(r: DeadlineRow, p: RuleParameters): PlanRow {
  const { code, amount } = offsetOf(r.offset, p);
  const anchorCode = r.anchor === 'eerste-ziektedag' ? 0 : r.anchor === 'einde-wachttijd' ? 1 : 2;
  const alts = r.convention === undefined ? [] : Object.entries(r.convention.byValue);
  if (alts.length > 1) throw new Error(`row ${r.id}: one convention value other than the default is supported`);
  const alt = alts[0];
  const altOffset = alt?.[1].offset === undefined ? undefined : offsetOf(alt[1].offset, p);
  for (const c of [code, altOffset?.code ?? code]) {
    if ((anchorCode === 0) !== (c < 2)) throw new Error(`row ${r.id}: day 1 takes a counted offset (endOfWeek, dayAfterWeeks), other anchors a calendar offset`);
  }
  return Object.freeze({
    id: r.id, info: MILESTONE_INFO[r.id], anchor: r.anchor, anchorCode, code, amount,
    weekRule: r.weekRule === undefined ? null : DEADLINE_RULES[r.weekRule].week ?? null,
    windowK: r.window === undefined ? -1 : 'fromWeek' in r.window ? 7 * (p[r.window.fromWeek] - 1) : 7 * p[r.window.afterWeeks],
    event: r.earlierIf?.event ?? null,
    eventDays: r.earlierIf === undefined ? 0 : p[r.earlierIf.plusDays],
    noteIfNotEarlier: r.earlierIf?.noteIfNotEarlier ?? null,
    noteIfLater: r.earlierIf?.noteIfLater ?? null,
    option: r.convention?.option ?? null,
    optionDefault: r.convention?.default ?? null,
    altValue: alt?.[0] ?? null,
    altCode: altOffset?.code ?? code,
    altAmount: altOffset?.amount ?? amount,
    altThen: alt?.[1].then === undefined ? null : DEADLINE_RULES[alt[1].then].apply ?? null,
    atwNextWorkingDay: r.atw === 'next-working-day',
  });
}

/**
 * Evaluates the deadline rows in order: one draft per row.
 *
 * @param plan - The rows, compiled ({@link compileRows}).
 * @param ctx - The sick clock, rule set, events and options.
 * @returns The drafts, in row order.
 * @example
 * evaluateRows(compileRows(DEADLINE_ROWS, RULE_SETS), ctx).map((d) => d.id) //=> ['probleemanalyse', 'plan-van-aanpak', …, 'wia-ingang']
 * @internal
 */
export function evaluateRows(plan: DeadlinePlan, ctx: RowContext): Draft[] {
  const rows = plan.get(ctx.ruleSet);
  if (rows === undefined) throw new Error(`no deadline plan for rule set ${ctx.ruleSet.id}`);
  const drafts: Draft[] = [];
  for (let i = 0; i < rows.length; i++) drafts.push(evaluateRow(rows[i]!, ctx, drafts));
  return drafts;
}

/** One row: its convention, its place from the anchor, its window, the event that may bring it forward, the Atw, a named rule. */
function evaluateRow(row: PlanRow, ctx: RowContext, earlier: readonly Draft[]): Draft {
  const conv = row.option === null ? null : ctx.options[row.option] ?? row.optionDefault;
  const useAlt = conv !== null && conv === row.altValue;
  const d = place(row, useAlt ? row.altCode : row.code, useAlt ? row.altAmount : row.amount, ctx, earlier);
  d.convention = conv;
  if (row.windowK >= 0) d.windowFrom = sickDayToDayNumber(ctx.spans, row.windowK);
  if (row.event !== null) bringForward(d, row, ctx);
  if (row.atwNextWorkingDay) d.due = nextAtwWorkingDay(d.due);
  if (useAlt && row.altThen !== null) row.altThen(d, ctx);
  return d;
}

/** The draft at its offset from its anchor. */
function place(row: PlanRow, code: OffsetCode, amount: number, ctx: RowContext, earlier: readonly Draft[]): Draft {
  if (row.anchorCode === 0) {
    const weeks = row.weekRule === null ? amount : row.weekRule(ctx);
    const k = code === 0 ? 7 * weeks - 1 : 7 * weeks;
    return draft(row, sickDayToDayNumber(ctx.spans, k), ctx.D, k);
  }
  let anchorDay = ctx.wachttijdLast;
  if (row.anchorCode === 2) for (const d of earlier) if (d.id === row.anchor) anchorDay = d.due;
  return draft(row, code === 2 ? anchorDay - 7 * amount : anchorDay + amount, anchorDay, null);
}

function draft(row: PlanRow, due: number, anchorDay: number, k: number | null): Draft {
  return { id: row.id, info: row.info, due, windowFrom: null, anchor: row.anchor, anchorDay, k, eventUsed: null, convention: null, note: null };
}

/** An actual event brings the deadline forward to the event plus its days when that is earlier; otherwise a remark, if the row has one. */
function bringForward(d: Draft, row: PlanRow, ctx: RowContext): void {
  const event = row.event!;
  const done = ctx.events.get(event);
  if (done === undefined) return;
  const candidate = done + row.eventDays;
  if (candidate < d.due) {
    d.due = candidate;
    d.anchor = event;
    d.anchorDay = done;
    d.k = null;
    d.eventUsed = event;
  } else if (row.noteIfNotEarlier !== null || (row.noteIfLater !== null && candidate > d.due)) {
    d.note = { key: (row.noteIfNotEarlier ?? row.noteIfLater)!, params: { done: ctx.dates === undefined ? fromDayNumber(done) : ctx.dates.format(done) } };
  }
}

/** The UWV practice option: the ziekmelding on the first working day on or after the statutory date. */
function moveToWorkingDay(zm: Draft, ctx: RowContext): void {
  const moved = nextAtwWorkingDay(zm.due);
  if (!ATW_DECREE_YEARS_COVERED.includes(Number(fromDayNumber(zm.due).slice(0, 4)))) {
    ctx.notices.push(timelineText('zm-decree-days-missing', { year: fromDayNumber(zm.due).slice(0, 4) }));
  }
  if (moved !== zm.due) {
    zm.note = { key: 'zm-uwv-first-working-day', params: { due: fromDayNumber(zm.due), moved: fromDayNumber(moved) } };
    zm.due = moved;
  }
}
