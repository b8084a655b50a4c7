import * as z from 'zod';
import { fromDayNumber, toDayNumber } from '../calendar/dayNumber.js';
import { isoDateSchema, parseInput } from '../input/zodIssues.js';
import type { Locale } from '../i18n/types.js';
import type { Timeline } from '../timeline/types.js';
import { escapeIcsText, foldIcsLine } from './icsText.js';
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
}

const optionsSchema = z.strictObject({
  locale: z.enum(['nl', 'en']).optional(),
  dtstamp: isoDateSchema.optional(),
  caseId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'expected 1–64 letters, digits, ".", "_" or "-"').optional(),
  includeEvaluations: z.boolean().optional(),
  calendarName: z.string().min(1).max(200).optional(),
});

// The timeline is normally computeTimeline's own output; a hand-made or deserialised object is
// checked for the fields the export uses, so that it cannot produce a broken or injected file.
// z.object (which ignores other keys) rather than z.looseObject: only the check is used, and the
// loose catch-all walk over every other key tripled the cost of the export (see bench/).
const uriSchema = z.string().regex(/^[^\s"<>\\^`{|}]+$/, 'expected a URL without spaces or control characters');
const localizedSchema = z.object({ nl: z.string(), en: z.string() });
const refSchema = z.object({ id: z.string().min(1), url: uriSchema });
const timelineSchema = z.object({
  firstSickDay: isoDateSchema,
  asOf: isoDateSchema.nullable().optional(),
  milestones: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'expected a kebab-case milestone id'),
    due: isoDateSchema,
    windowFrom: isoDateSchema.nullable().optional(),
    week: z.number().int(),
    labels: localizedSchema,
    legalBasis: z.array(refSchema).min(1),
    normKind: z.enum(['statutory', 'regulation', 'policy', 'practice']),
    done: isoDateSchema.nullable().optional(),
    explanation: z.object({ text: localizedSchema }),
  })),
  notices: z.array(localizedSchema).optional(),
  evaluations: z.array(z.object({
    sequence: z.number().int().min(1),
    due: isoDateSchema,
    done: isoDateSchema.nullable().optional(),
    legalBasis: z.array(refSchema).min(1),
    explanation: localizedSchema,
  })).optional(),
});

/** `'2024-01-01'` → `'20240101'`. */
const icsDate = (iso: string): string => iso.replace(/-/g, '');

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
 * - `UID` is `<firstSickDay>-<milestone id>[-<caseId>]@poortwachter` (evaluations:
 *   `…-evaluatie-<n>…`), derived only from the first sick day and the milestone id: re-exporting a
 *   changed timeline (e.g. after an event moved the plan van aanpak) updates the same events
 *   instead of adding duplicates.
 * - The timeline's notices (a moved day 1, the AOW case, a loonsanctie, missing decree days) and a
 *   disclaimer are the calendar's description (`X-WR-CALDESC`).
 * - `DTSTAMP` is never read from the clock: it is `options.dtstamp`, else the timeline's `asOf`,
 *   else its `firstSickDay`, at 00:00:00 UTC.
 * - `SUMMARY` is the milestone's label in `locale`; `DESCRIPTION` holds the explanation of the date,
 *   the week, the kind of norm, the legal basis ids with their links and, if done, the date done.
 *   `URL` is the link of the first legal basis. TEXT values are escaped (`\\`, `;`, `,`, newlines).
 *
 * @param timeline - A result of `computeTimeline`.
 * @param options - `locale`, `dtstamp`, `caseId`, `includeEvaluations`, `calendarName`.
 * @returns The iCalendar text (`BEGIN:VCALENDAR` … `END:VCALENDAR\r\n`).
 * @throws {@link PoortwachterError} for an unknown or invalid option, or a timeline that is not one
 * (missing fields, invalid dates, a milestone without legal basis).
 * @see {@link https://www.rfc-editor.org/rfc/rfc5545 | RFC 5545 (iCalendar)}
 * @example
 * const ics = toICalendar(computeTimeline({ firstSickDay: '2024-01-01' }), { locale: 'en' });
 * ics.includes('UID:20240101-wia-aanvraag@poortwachter') //=> true
 * ics.includes('DTSTART;VALUE=DATE:20251012')            //=> true (WIA application, end of week 93)
 */
export function toICalendar(timeline: Timeline, options: ToICalendarOptions = {}): string {
  const opts = parseInput(optionsSchema, options, FN, ['options']);
  parseInput(timelineSchema, timeline, FN, ['timeline']);

  const locale: Locale = opts.locale ?? 'nl';
  const msg = ICS_MESSAGES[locale];
  const D = timeline.firstSickDay;
  const stamp = `${icsDate(opts.dtstamp ?? timeline.asOf ?? D)}T000000Z`;
  const suffix = opts.caseId === undefined ? '' : `-${opts.caseId}`;
  const uid = (key: string): string => `${icsDate(D)}-${key}${suffix}@poortwachter`;

  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//poortwachter//WvP timeline//${locale.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(opts.calendarName ?? fill(msg.calendarName, { d: D }))}`,
    `X-WR-CALDESC:${escapeIcsText([...(timeline.notices ?? []).map((n) => n[locale]), msg.generatedBy].join('\n'))}`,
  ];
  const event = (key: string, due: string, summary: string, description: readonly string[], url: string): void => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid(key)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(due)}`,
      `DTEND;VALUE=DATE:${icsDate(fromDayNumber(toDayNumber(due) + 1))}`,
      `SUMMARY:${escapeIcsText(summary)}`,
      `DESCRIPTION:${escapeIcsText(description.join('\n'))}`,
      `URL:${url}`,
      'CATEGORIES:Poortwachter',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  };
  const basis = (refs: readonly { readonly id: string; readonly url: string }[]): string =>
    [msg.legalBasis, ...refs.map((r) => `- ${r.id} (${r.url})`)].join('\n');

  for (const m of timeline.milestones) {
    if (m.status === 'lapsed') continue; // the wachttijd ended before it fell due: never due
    const description = [m.explanation.text[locale], fill(msg.week, { n: m.week, d: D })];
    if (m.windowFrom !== null && m.windowFrom !== undefined) description.push(fill(msg.windowFrom, { d: m.windowFrom }));
    description.push(fill(msg.normKind, { k: NORM_KIND_LABELS[locale][m.normKind] }), basis(m.legalBasis));
    if (m.done !== null && m.done !== undefined) description.push(fill(msg.done, { d: m.done }));
    description.push(msg.generatedBy);
    event(m.id, m.due, m.labels[locale], description, m.legalBasis[0]!.url);
  }
  if (opts.includeEvaluations ?? true) {
    for (const e of timeline.evaluations ?? []) {
      if (e.status === 'lapsed') continue;
      const description = [e.explanation[locale], basis(e.legalBasis)];
      if (e.done !== null && e.done !== undefined) description.push(fill(msg.done, { d: e.done }));
      description.push(msg.generatedBy);
      event(`evaluatie-${e.sequence}`, e.due, fill(msg.evaluationSummary, { n: e.sequence }), description, e.legalBasis[0]!.url);
    }
  }
  lines.push('END:VCALENDAR');

  let out = '';
  for (const line of lines) for (const physical of foldIcsLine(line)) out += `${physical}\r\n`;
  return out;
}
