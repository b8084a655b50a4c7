import * as z from 'zod';
import { fromDayNumber, toDayNumber } from '../calendar/dayNumber.js';
import { isoDateSchema, parseInput } from '../input/zodIssues.js';
import type { Locale } from '../i18n/types.js';
import type { Timeline } from '../timeline/types.js';
import { isValidIsoDate } from '../calendar/isValidIsoDate.js';
import { escapeIcsText, foldIcsLine } from './icsText.js';
import { isLocalized } from './isTimelineShape.js';
import { checkExportTimeline, timelineSchema } from './timelineExportSchema.js';
import { PoortwachterError } from '../errors/PoortwachterError.js';
import { MILESTONE_LABELS } from '../timeline/labels.js';
import { fill, ICS_MESSAGES, NORM_KIND_LABELS } from './messages.js';

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

const EVENT_KEY = /^[a-z0-9-]{1,64}$/;
const UTC_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)Z$/;
const isValidUtcDateTime = (v: string): boolean => isValidIsoDate(v.slice(0, 10));

/** zod schema of the options of `toICalendar`: shapes only, the function adds the semantic checks. Public as `toICalendarOptionsSchema` (see docs/schemas.md). */
export const optionsSchema = z.strictObject({
  locale: z.enum(['nl', 'en']).optional(),
  dtstamp: isoDateSchema.optional(),
  caseId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'expected 1–64 letters, digits, ".", "_" or "-"').optional(),
  includeEvaluations: z.boolean().optional(),
  calendarName: z.string().min(1).max(200).optional(),
  sequence: z.number().int().min(0).max(2147483647).optional(),
  lastModified: z.string().regex(UTC_DATE_TIME, "expected 'YYYY-MM-DDTHH:MM:SSZ' (UTC)").refine(isValidUtcDateTime, 'not a valid UTC date-time').optional(),
  cancelled: z.array(z.union([
    z.string().regex(EVENT_KEY, 'expected a kebab-case milestone id'),
    z.strictObject({ id: z.string().regex(EVENT_KEY, 'expected a kebab-case milestone id'), due: isoDateSchema }),
  ])).max(100).optional(),
  reminders: z.array(z.strictObject({ daysBefore: z.number().int().min(0).max(365) })).max(10).optional(),
  organizer: z.string().regex(/^mailto:[^\s"<>\\^`{|}:;,]+@[^\s"<>\\^`{|}:;,]+$/i, "expected 'mailto:name@example.org'").max(200).optional(),
});

/** `'2024-01-01'` → `'20240101'`. */
const icsDate = (iso: string): string => iso.replace(/-/g, '');
/** `'2024-01-01T09:30:00Z'` → `'20240101T093000Z'`. */
const icsDateTime = (utc: string): string => utc.replace(/[-:]/g, '');

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
  const opts = parseInput(optionsSchema, options, FN, ['options']);
  // A library-made timeline passes the cheap structural check; only a failing object pays for zod,
  // which then names the field and problem.
  checkExportTimeline(timeline, FN);

  const locale: Locale = opts.locale ?? 'nl';
  const msg = ICS_MESSAGES[locale];
  const D = timeline.firstSickDay;
  const midnight = `${icsDate(opts.dtstamp ?? timeline.asOf ?? D)}T000000Z`;
  const modified = opts.lastModified === undefined ? midnight : icsDateTime(opts.lastModified);
  const stamp = opts.dtstamp === undefined ? modified : midnight;
  const sequence = opts.sequence ?? 0;
  // With a case id the UID does not depend on any date: correcting day 1 updates the same events.
  const uid = (key: string): string => (opts.caseId === undefined ? `${icsDate(D)}-${key}@poortwachter` : `${opts.caseId}-${key}@poortwachter`);
  const reminders = [...new Set((opts.reminders ?? []).map((r) => r.daysBefore))].sort((a, b) => b - a);

  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//poortwachter//WvP timeline//${locale.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
  ];
  if (opts.organizer !== undefined) lines.push('METHOD:PUBLISH');
  lines.push(
    `X-WR-CALNAME:${escapeIcsText(opts.calendarName ?? fill(msg.calendarName, { d: D }))}`,
    `X-WR-CALDESC:${escapeIcsText([...(timeline.notices ?? []).map((n) => n[locale]), msg.generatedBy].join('\n'))}`,
  );
  const event = (key: string, due: string, summary: string, description: readonly string[], url: string | null, state: 'active' | 'done' | 'cancelled'): void => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid(key)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(due)}`,
      `DTEND;VALUE=DATE:${icsDate(fromDayNumber(toDayNumber(due) + 1))}`,
      `LAST-MODIFIED:${modified}`,
      `SEQUENCE:${sequence}`,
      `SUMMARY:${escapeIcsText(state === 'cancelled' ? fill(msg.cancelledSummary, { s: summary }) : summary)}`,
      `DESCRIPTION:${escapeIcsText(description.join('\n'))}`,
    );
    if (url !== null) lines.push(`URL:${url}`);
    if (opts.organizer !== undefined) lines.push(`ORGANIZER:${opts.organizer}`);
    lines.push(`STATUS:${state === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`, 'CATEGORIES:Poortwachter', 'TRANSP:TRANSPARENT');
    if (state === 'active') {
      for (const n of reminders) {
        lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:${n === 0 ? 'PT0S' : `-P${n}D`}`, `DESCRIPTION:${escapeIcsText(summary)}`, 'END:VALARM');
      }
    }
    lines.push('END:VEVENT');
  };
  const basis = (refs: readonly { readonly id: string; readonly url: string }[]): string =>
    [msg.legalBasis, ...refs.map((r) => `- ${r.id} (${r.url})`)].join('\n');
  const stateOf = (status: unknown, done: string | null | undefined): 'active' | 'done' | 'cancelled' =>
    status === 'lapsed' ? 'cancelled' : done !== null && done !== undefined ? 'done' : 'active';

  const present = new Set<string>();
  for (const [i, m] of timeline.milestones.entries()) {
    present.add(m.id);
    const state = stateOf(m.status, m.done);
    // Read once, and checked here rather than in isTimelineShape: on a library timeline it is computed on each read.
    const explanation: unknown = m.explanation;
    const text = typeof explanation === 'object' && explanation !== null ? (explanation as { text?: unknown }).text : undefined;
    if (!isLocalized(text)) {
      parseInput(timelineSchema, timeline, FN, ['timeline']);
      throw PoortwachterError.single(FN, ['timeline', 'milestones', i, 'explanation', 'text'], 'invalid_type', 'expected { nl, en } texts');
    }
    const description = [text[locale], fill(msg.week, { n: m.week, d: D })];
    if (m.windowFrom !== null && m.windowFrom !== undefined) description.push(fill(msg.windowFrom, { d: m.windowFrom }));
    description.push(fill(msg.normKind, { k: NORM_KIND_LABELS[locale][m.normKind] }), basis(m.legalBasis));
    if (m.done !== null && m.done !== undefined) description.push(fill(msg.done, { d: m.done }));
    if (state === 'cancelled') description.push(msg.lapsed);
    description.push(msg.generatedBy);
    event(m.id, m.due, m.labels[locale], description, m.legalBasis[0]!.url, state);
  }
  if (opts.includeEvaluations ?? true) {
    for (const e of timeline.evaluations ?? []) {
      const key = `evaluatie-${e.sequence}`;
      present.add(key);
      const state = stateOf(e.status, e.done);
      const description = [e.explanation[locale], basis(e.legalBasis)];
      if (e.done !== null && e.done !== undefined) description.push(fill(msg.done, { d: e.done }));
      if (state === 'cancelled') description.push(msg.lapsed);
      description.push(msg.generatedBy);
      event(key, e.due, fill(msg.evaluationSummary, { n: e.sequence }), description, e.legalBasis[0]!.url, state);
    }
  }
  for (const c of opts.cancelled ?? []) {
    const id = typeof c === 'string' ? c : c.id;
    if (present.has(id)) continue;
    present.add(id);
    event(id, typeof c === 'string' ? D : c.due, cancelledLabel(id, locale), [msg.lapsed, msg.generatedBy], null, 'cancelled');
  }
  lines.push('END:VCALENDAR');

  let out = '';
  for (const line of lines) for (const physical of foldIcsLine(line)) out += `${physical}\r\n`;
  return out;
}

/** The label of a milestone id no longer in the timeline (an evaluation, or the id itself if unknown). */
function cancelledLabel(id: string, locale: Locale): string {
  const known = (MILESTONE_LABELS[locale] as Readonly<Record<string, string | undefined>>)[id];
  if (known !== undefined) return known;
  const evaluation = /^evaluatie-(\d+)$/.exec(id);
  if (evaluation !== null) return fill(ICS_MESSAGES[locale].evaluationSummary, { n: evaluation[1]! });
  return id;
}
