/**
 * The parts of an iCalendar file that `toICalendar` writes: the stamps and UIDs of one export, the
 * calendar header, one VEVENT, and the description texts. Internal to the calendar export.
 *
 * @internal
 * @packageDocumentation
 */
import { fromDayNumber, toDayNumber } from '../calendar/dayNumber.js';
import type { Locale } from '../i18n/types.js';
import { MILESTONE_LABELS } from '../timeline/labels.js';
import type { Milestone, Timeline } from '../timeline/types.js';
import { escapeIcsText } from './icsText.js';
import { fill, ICS_MESSAGES, NORM_KIND_LABELS } from './messages.js';
import type { ParsedToICalendarOptions } from './toICalendarOptionsSchema.js';

/** What an event says about its step: still to happen, done, or no longer applying. @internal */
export type EventState = 'active' | 'done' | 'cancelled';

/** What every event of one export shares. @internal */
export interface IcsContext {
  readonly locale: Locale;
  readonly msg: (typeof ICS_MESSAGES)[Locale];
  /** The timeline's first sick day (`'YYYY-MM-DD'`). */
  readonly firstSickDay: string;
  /** `DTSTAMP` value. */
  readonly stamp: string;
  /** `LAST-MODIFIED` value. */
  readonly modified: string;
  readonly sequence: number;
  readonly caseId: string | undefined;
  readonly organizer: string | undefined;
  /** Days before of the reminders, distinct, largest first. */
  readonly reminders: readonly number[];
}

/** One VEVENT to write. @internal */
export interface IcsEvent {
  readonly key: string;
  readonly due: string;
  readonly summary: string;
  readonly description: readonly string[];
  readonly url: string | null;
  readonly state: EventState;
}

/** `'2024-01-01'` → `'20240101'`. */
const icsDate = (iso: string): string => iso.replace(/-/g, '');
/** `'2024-01-01T09:30:00Z'` → `'20240101T093000Z'`. */
const icsDateTime = (utc: string): string => utc.replace(/[-:]/g, '');

/**
 * The stamps, UID parts and reminders of one export, from the parsed options and the timeline.
 *
 * @param timeline - A checked timeline.
 * @param opts - The parsed options.
 * @returns The context every event uses.
 * @example
 * icsContext(computeTimeline({ firstSickDay: '2024-01-01' }), {}).stamp //=> '20240101T000000Z'
 * @internal
 */
export function icsContext(timeline: Timeline, opts: ParsedToICalendarOptions): IcsContext {
  const locale: Locale = opts.locale ?? 'nl';
  const D = timeline.firstSickDay;
  const midnight = `${icsDate(opts.dtstamp ?? timeline.asOf ?? D)}T000000Z`;
  const modified = opts.lastModified === undefined ? midnight : icsDateTime(opts.lastModified);
  return {
    locale,
    msg: ICS_MESSAGES[locale],
    firstSickDay: D,
    stamp: opts.dtstamp === undefined ? modified : midnight,
    modified,
    sequence: opts.sequence ?? 0,
    caseId: opts.caseId,
    organizer: opts.organizer,
    reminders: [...new Set((opts.reminders ?? []).map((r) => r.daysBefore))].sort((a, b) => b - a),
  };
}

/**
 * The lines before the first event: version, product, optional METHOD, calendar name and description.
 *
 * @param ctx - The export context.
 * @param notices - The timeline's notices (the calendar description).
 * @param calendarName - `options.calendarName`, if given.
 * @returns The content lines (unfolded).
 * @example
 * calendarHeader(ctx, [], undefined)[0] //=> 'BEGIN:VCALENDAR'
 * @internal
 */
export function calendarHeader(ctx: IcsContext, notices: Timeline['notices'] | undefined, calendarName: string | undefined): string[] {
  const { locale, msg } = ctx;
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//poortwachter//WvP timeline//${locale.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
  ];
  if (ctx.organizer !== undefined) lines.push('METHOD:PUBLISH');
  lines.push(
    `X-WR-CALNAME:${escapeIcsText(calendarName ?? fill(msg.calendarName, { d: ctx.firstSickDay }))}`,
    `X-WR-CALDESC:${escapeIcsText([...(notices ?? []).map((n) => n[locale]), msg.generatedBy].join('\n'))}`,
  );
  return lines;
}

/**
 * Appends one VEVENT (with its reminders when the step is still to happen) to `lines`.
 *
 * @param lines - The content lines so far; changed.
 * @param ctx - The export context.
 * @param ev - The event.
 * @returns Nothing.
 * @example
 * pushEvent(lines, ctx, { key: 'wia-aanvraag', due: '2025-10-12', summary: 'WIA', description: [], url: null, state: 'active' })
 * @internal
 */
export function pushEvent(lines: string[], ctx: IcsContext, ev: IcsEvent): void {
  // With a case id the UID does not depend on any date: correcting day 1 updates the same events.
  const uid = ctx.caseId === undefined ? `${icsDate(ctx.firstSickDay)}-${ev.key}@poortwachter` : `${ctx.caseId}-${ev.key}@poortwachter`;
  lines.push(
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${ctx.stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(ev.due)}`,
    `DTEND;VALUE=DATE:${icsDate(fromDayNumber(toDayNumber(ev.due) + 1))}`,
    `LAST-MODIFIED:${ctx.modified}`,
    `SEQUENCE:${ctx.sequence}`,
    `SUMMARY:${escapeIcsText(ev.state === 'cancelled' ? fill(ctx.msg.cancelledSummary, { s: ev.summary }) : ev.summary)}`,
    `DESCRIPTION:${escapeIcsText(ev.description.join('\n'))}`,
  );
  if (ev.url !== null) lines.push(`URL:${ev.url}`);
  if (ctx.organizer !== undefined) lines.push(`ORGANIZER:${ctx.organizer}`);
  lines.push(`STATUS:${ev.state === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`, 'CATEGORIES:Poortwachter', 'TRANSP:TRANSPARENT');
  if (ev.state === 'active') {
    for (const n of ctx.reminders) {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:${n === 0 ? 'PT0S' : `-P${n}D`}`, `DESCRIPTION:${escapeIcsText(ev.summary)}`, 'END:VALARM');
    }
  }
  lines.push('END:VEVENT');
}

/**
 * The state of a step from its status and done date: `'lapsed'` is cancelled, a done date is done.
 *
 * @param status - The step's status (anything on a hand-made timeline).
 * @param done - The step's done date.
 * @returns The event state.
 * @example
 * stateOf('lapsed', null) //=> 'cancelled'
 * @internal
 */
export function stateOf(status: unknown, done: string | null | undefined): EventState {
  return status === 'lapsed' ? 'cancelled' : done !== null && done !== undefined ? 'done' : 'active';
}

/** The legal basis lines: the heading, then `- id (url)` per reference. */
function basis(ctx: IcsContext, refs: readonly { readonly id: string; readonly url: string }[]): string {
  return [ctx.msg.legalBasis, ...refs.map((r) => `- ${r.id} (${r.url})`)].join('\n');
}

/** The closing lines of every description: lapsed (when cancelled), then the disclaimer. */
function closing(ctx: IcsContext, description: string[], state: EventState): readonly string[] {
  if (state === 'cancelled') description.push(ctx.msg.lapsed);
  description.push(ctx.msg.generatedBy);
  return description;
}

/**
 * The DESCRIPTION lines of a milestone: its explanation, week, window, kind of norm, legal basis, done date.
 *
 * @param ctx - The export context.
 * @param m - The milestone.
 * @param text - Its explanation text in the locale (read once by the caller).
 * @param state - Its event state.
 * @returns The lines.
 * @example
 * milestoneDescription(ctx, m, 'Uiterlijk …', 'active')[0] //=> 'Uiterlijk …'
 * @internal
 */
export function milestoneDescription(ctx: IcsContext, m: Milestone, text: string, state: EventState): readonly string[] {
  const { msg, locale } = ctx;
  const description = [text, fill(msg.week, { n: m.week, d: ctx.firstSickDay })];
  if (m.windowFrom !== null && m.windowFrom !== undefined) description.push(fill(msg.windowFrom, { d: m.windowFrom }));
  description.push(fill(msg.normKind, { k: NORM_KIND_LABELS[locale][m.normKind] }), basis(ctx, m.legalBasis));
  if (m.done !== null && m.done !== undefined) description.push(fill(msg.done, { d: m.done }));
  return closing(ctx, description, state);
}

/**
 * The events of the periodic evaluations, added to `lines`; their keys go into `present`.
 *
 * @param lines - The content lines so far; changed.
 * @param ctx - The export context.
 * @param evaluations - The timeline's evaluations.
 * @param present - Event keys written so far; changed.
 * @returns Nothing.
 * @example
 * pushEvaluationEvents(lines, ctx, timeline.evaluations, present)
 * @internal
 */
export function pushEvaluationEvents(lines: string[], ctx: IcsContext, evaluations: Timeline['evaluations'] | undefined, present: Set<string>): void {
  for (const e of evaluations ?? []) {
    const key = `evaluatie-${e.sequence}`;
    present.add(key);
    const state = stateOf(e.status, e.done);
    const description = [e.explanation[ctx.locale], basis(ctx, e.legalBasis)];
    if (e.done !== null && e.done !== undefined) description.push(fill(ctx.msg.done, { d: e.done }));
    const summary = fill(ctx.msg.evaluationSummary, { n: e.sequence });
    pushEvent(lines, ctx, { key, due: e.due, summary, description: closing(ctx, description, state), url: e.legalBasis[0]!.url, state });
  }
}

/**
 * The cancelled events of `options.cancelled` that the timeline no longer has, added to `lines`.
 *
 * @param lines - The content lines so far; changed.
 * @param ctx - The export context.
 * @param cancelled - `options.cancelled`.
 * @param present - Event keys written so far; changed.
 * @returns Nothing.
 * @example
 * pushCancelledEvents(lines, ctx, ['oude-stap'], present)
 * @internal
 */
export function pushCancelledEvents(lines: string[], ctx: IcsContext, cancelled: ParsedToICalendarOptions['cancelled'], present: Set<string>): void {
  for (const c of cancelled ?? []) {
    const id = typeof c === 'string' ? c : c.id;
    if (present.has(id)) continue;
    present.add(id);
    const due = typeof c === 'string' ? ctx.firstSickDay : c.due;
    pushEvent(lines, ctx, { key: id, due, summary: cancelledLabel(id, ctx.locale), description: [ctx.msg.lapsed, ctx.msg.generatedBy], url: null, state: 'cancelled' });
  }
}

/** The label of a milestone id no longer in the timeline (an evaluation, or the id itself if unknown). */
function cancelledLabel(id: string, locale: Locale): string {
  const known = (MILESTONE_LABELS[locale] as Readonly<Record<string, string | undefined>>)[id];
  if (known !== undefined) return known;
  const evaluation = /^evaluatie-(\d+)$/.exec(id);
  if (evaluation !== null) return fill(ICS_MESSAGES[locale].evaluationSummary, { n: evaluation[1]! });
  return id;
}
