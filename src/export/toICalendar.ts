import { parseInput } from '../input/zodIssues.js';
import type { Locale } from '../i18n/types.js';
import type { Timeline } from '../timeline/types.js';
import { foldIcsLine } from './icsText.js';
import { isLocalized } from './isTimelineShape.js';
import { checkExportTimeline, timelineSchema } from './timelineExportSchema.js';
import { PoortwachterError } from '../errors/PoortwachterError.js';
import { calendarHeader, icsContext, milestoneDescription, pushCancelledEvents, pushEvaluationEvents, pushEvent, stateOf, type IcsContext } from './icsEvents.js';
import { toICalendarOptionsSchema } from './toICalendarOptionsSchema.js';

const FN = 'toICalendar';

/** Options of {@link toICalendar}. */
export interface ToICalendarOptions {
  /** Language of SUMMARY and DESCRIPTION. @defaultValue `'nl'` */
  readonly locale?: Locale | undefined;
  /**
   * The DTSTAMP of every event, as a `'YYYY-MM-DD'` date; written as midnight UTC
   * (`YYYYMMDDT000000Z`). Nothing reads the clock: when absent, the timeline's `asOf` is used, and
   * without `asOf` its `firstSickDay`. Pass the export date so that calendar programs see a newer
   * stamp when you re-export a changed timeline.
   */
  readonly dtstamp?: string | undefined;
  /**
   * An opaque case reference added to every UID (letters, digits, `.`, `_`, `-`; at most 64), so
   * that two employees with the same first sick day do not share UIDs in one calendar. Do not put
   * names or BSNs in it: UIDs are visible to anyone who sees the calendar.
   */
  readonly caseId?: string | undefined;
  /** Also export the periodic evaluations (practice norm). @defaultValue `true` */
  readonly includeEvaluations?: boolean | undefined;
  /** Calendar name (`X-WR-CALNAME`). @defaultValue "Poortwachter-termijnen (dag 1: …)" in the locale */
  readonly calendarName?: string | undefined;
  /**
   * Revision number of this export (`SEQUENCE`, RFC 5545 §3.8.7.4). Raise it on every re-export of
   * the same case so that calendar programs replace the older entries. @defaultValue `0`
   */
  readonly sequence?: number | undefined;
  /**
   * Moment of this revision, `'YYYY-MM-DDTHH:MM:SSZ'` (UTC). Written as `LAST-MODIFIED` and, unless
   * `dtstamp` is given, as `DTSTAMP` (without METHOD the two mean the same, RFC 5545 §3.8.7.2).
   * Nothing reads the clock: when absent, both are the `dtstamp` date at 00:00:00 UTC.
   */
  readonly lastModified?: string | undefined;
  /**
   * Steps that a previous export had and that no longer apply: each is written as an event with
   * `STATUS:CANCELLED` and the same UID, so that calendar programs strike or remove it. An entry is
   * a milestone id (or `'evaluatie-<n>'`), or `{ id, due }` to keep the old date on the event (a
   * bare id is dated on the timeline's first sick day). Ids still in the timeline are ignored.
   */
  readonly cancelled?: readonly (string | { readonly id: string; readonly due: string })[] | undefined;
  /**
   * Reminders (`VALARM`, `ACTION:DISPLAY`) on each event that is still to happen: not on steps done
   * or cancelled. `daysBefore` 0 is at the start of the due day. @defaultValue none
   */
  readonly reminders?: readonly { readonly daysBefore: number }[] | undefined;
  /**
   * A `mailto:` address of whoever publishes the calendar. With it the file is an iTIP `PUBLISH`
   * message (RFC 5546 §3.2.1: `METHOD:PUBLISH`, and `ORGANIZER` in every event); without it the file
   * has no METHOD and is a plain calendar snapshot for import or subscription (RFC 5545 §3.7.2).
   */
  readonly organizer?: string | undefined;
}

/**
 * Exports a timeline as an iCalendar file (RFC 5545), one all-day event per milestone and,
 * optionally, per periodic evaluation — for Outlook, Google Calendar, Apple Calendar and the like.
 *
 * @remarks
 * The result is deterministic: the same timeline and options always give the same bytes, in every
 * time zone.
 * - Line endings are CRLF; lines are folded at 75 octets (UTF-8), never inside a character.
 * - Each event is all-day: `DTSTART;VALUE=DATE:YYYYMMDD` on the milestone's `due` date and
 *   `DTEND;VALUE=DATE` on the next day (exclusive end), with `TRANSP:TRANSPARENT`.
 * - `UID` is `<firstSickDay>-<milestone id>@poortwachter` (evaluations: `…-evaluatie-<n>…`); with
 *   `caseId` it is `<caseId>-<milestone id>@poortwachter`, with no date in it, so that a corrected
 *   day 1 updates the same events instead of adding duplicates. Always pass a `caseId` for a case
 *   whose day 1 can still change.
 * - Updates: every event has `SEQUENCE` (`options.sequence`, default 0) and `LAST-MODIFIED`; raise
 *   the sequence on each re-export. A milestone with status `'lapsed'`, and every id in
 *   `options.cancelled` that the timeline no longer has, is written with `STATUS:CANCELLED`; the
 *   others have `STATUS:CONFIRMED`.
 * - No `METHOD` by default: the file is a snapshot to import or subscribe to, not an iTIP
 *   scheduling message (RFC 5545 §3.7.2). With `options.organizer` it is a valid iTIP `PUBLISH`
 *   (RFC 5546 §3.2.1 requires `ORGANIZER` in every event of a PUBLISH).
 * - `options.reminders` adds a `VALARM` per `daysBefore` to each event that is still to happen.
 * - The timeline's notices (a moved day 1, the AOW case, a loonsanctie, missing decree days) and a
 *   disclaimer are the calendar's description (`X-WR-CALDESC`).
 * - `DTSTAMP` and `LAST-MODIFIED` are never read from the clock: `options.lastModified`, else
 *   `options.dtstamp`, else the timeline's `asOf`, else its `firstSickDay`, at 00:00:00 UTC
 *   (`options.dtstamp`, when given, is the DTSTAMP).
 * - `SUMMARY` is the milestone's label in `locale`; `DESCRIPTION` holds the explanation of the date,
 *   the week, the kind of norm, the legal basis ids with their links and, if done, the date done.
 *   `URL` is the link of the first legal basis. TEXT values are escaped (`\\`, `;`, `,`, newlines).
 * - A timeline made by `computeTimeline` is recognised by a cheap structural check of the fields
 *   used; only an object that fails it is checked against the full schema (for the error message).
 *
 * @param timeline - A result of `computeTimeline`.
 * @param options - `locale`, `dtstamp`, `caseId`, `includeEvaluations`, `calendarName`, `sequence`,
 *   `lastModified`, `cancelled`, `reminders`, `organizer`.
 * @returns The iCalendar text (`BEGIN:VCALENDAR` … `END:VCALENDAR\r\n`).
 * @throws {@link PoortwachterError} for an unknown or invalid option, or a timeline that is not one
 * (missing fields, invalid dates, a milestone without legal basis).
 * @see {@link https://www.rfc-editor.org/rfc/rfc5545 | RFC 5545 (iCalendar)}
 * @see {@link https://www.rfc-editor.org/rfc/rfc5546#section-3.2.1 | RFC 5546 §3.2.1 (iTIP PUBLISH)}
 * @example
 * const ics = toICalendar(computeTimeline({ firstSickDay: '2024-01-01' }), { locale: 'en' });
 * ics.includes('UID:20240101-wia-aanvraag@poortwachter') //=> true
 * ics.includes('DTSTART;VALUE=DATE:20251012')            //=> true (WIA application, end of week 93)
 */
export function toICalendar(timeline: Timeline, options: ToICalendarOptions = {}): string {
  const opts = parseInput(toICalendarOptionsSchema, options, FN, ['options']);
  // A library-made timeline passes the cheap structural check; only a failing object pays for zod,
  // which then names the field and problem.
  checkExportTimeline(timeline, FN);
  const ctx = icsContext(timeline, opts);
  const lines = calendarHeader(ctx, timeline.notices, opts.calendarName);
  const present = new Set<string>();
  pushMilestoneEvents(lines, ctx, timeline, present);
  if (opts.includeEvaluations ?? true) pushEvaluationEvents(lines, ctx, timeline.evaluations, present);
  pushCancelledEvents(lines, ctx, opts.cancelled, present);
  lines.push('END:VCALENDAR');

  let out = '';
  for (const line of lines) for (const physical of foldIcsLine(line)) out += `${physical}\r\n`;
  return out;
}

/** The events of the milestones, added to `lines`; their ids go into `present`. */
function pushMilestoneEvents(lines: string[], ctx: IcsContext, timeline: Timeline, present: Set<string>): void {
  for (const [i, m] of timeline.milestones.entries()) {
    present.add(m.id);
    const state = stateOf(m.status, m.done);
    const text = explanationText(timeline, i, m.explanation, ctx.locale);
    const description = milestoneDescription(ctx, m, text, state);
    pushEvent(lines, ctx, { key: m.id, due: m.due, summary: m.labels[ctx.locale], description, url: m.legalBasis[0]!.url, state });
  }
}

/**
 * A milestone's explanation text in `locale`, read once and checked here rather than in
 * isTimelineShape: on a library timeline it is computed on each read.
 */
function explanationText(timeline: Timeline, i: number, explanation: unknown, locale: Locale): string {
  const text = typeof explanation === 'object' && explanation !== null ? (explanation as { text?: unknown }).text : undefined;
  if (!isLocalized(text)) {
    parseInput(timelineSchema, timeline, FN, ['timeline']);
    throw PoortwachterError.single(FN, ['timeline', 'milestones', i, 'explanation', 'text'], 'invalid_type', 'expected { nl, en } texts');
  }
  return text[locale];
}
