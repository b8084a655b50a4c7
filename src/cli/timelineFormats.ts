import type { Locale } from '../i18n/types.js';
import { toICalendar } from '../export/toICalendar.js';
import { renderTimelineSvg } from '../export/renderTimelineSvg.js';
import type { Timeline } from '../timeline/types.js';
import { toCsv } from './toCsv.js';
import { renderTimelineTable } from './renderTimelineTable.js';

/** What a timeline output form gets besides the timeline. */
export interface TimelineFormatContext {
  /** `--locale`. */
  readonly locale: Locale;
  /** `false` with `--no-evaluations`. */
  readonly includeEvaluations: boolean;
  /** `--case-id`, or `undefined`. */
  readonly caseId: string | undefined;
  /** `asOf` came from the system clock. */
  readonly asOfFromClock: boolean;
}

/**
 * CSV of a timeline: one row per milestone and evaluation, sorted as the library sorts them.
 * Columns: `id,due,week,label,normKind,legalBasis,status,done` (legal basis ids joined by `; `).
 *
 * @param timeline - A result of `computeTimeline`.
 * @param ctx - Locale and whether to include evaluations.
 * @returns CSV text with a header row.
 * @example
 * timelineCsv(computeTimeline({ firstSickDay: '2024-01-01' }), ctx).split('\n')[0] //=> 'id,due,week,label,normKind,legalBasis,status,done'
 */
export function timelineCsv(timeline: Timeline, ctx: Pick<TimelineFormatContext, 'locale' | 'includeEvaluations'>): string {
  const rows = timeline.milestones.map((m) => [m.id, m.due, String(m.week), m.labels[ctx.locale], m.normKind, m.legalBasis.map((r) => r.id).join('; '), m.status ?? '', m.done ?? '']);
  if (ctx.includeEvaluations) {
    for (const e of timeline.evaluations) rows.push([`evaluatie-${e.sequence}`, e.due, '', '', e.normKind, e.legalBasis.map((r) => r.id).join('; '), e.status ?? '', e.done ?? '']);
  }
  return toCsv(['id', 'due', 'week', 'label', 'normKind', 'legalBasis', 'status', 'done'], rows);
}

/**
 * The `--format` switch of `poortwachter timeline`: one entry per output form. Add a form by adding
 * an entry here (the parser, `--help` check and error message follow this table).
 */
export const TIMELINE_FORMATS = {
  table: (t: Timeline, c: TimelineFormatContext): string => renderTimelineTable(t, { locale: c.locale, includeEvaluations: c.includeEvaluations, asOfFromClock: c.asOfFromClock }),
  json: (t: Timeline): string => `${JSON.stringify(t, null, 2)}\n`,
  ics: (t: Timeline, c: TimelineFormatContext): string => toICalendar(t, { locale: c.locale, includeEvaluations: c.includeEvaluations, ...(c.caseId === undefined ? {} : { caseId: c.caseId }) }),
  csv: (t: Timeline, c: TimelineFormatContext): string => timelineCsv(t, c),
  svg: (t: Timeline, c: TimelineFormatContext): string => renderTimelineSvg(t, { locale: c.locale }),
} as const satisfies Readonly<Record<string, (t: Timeline, c: TimelineFormatContext) => string>>;

/** An output form of `poortwachter timeline`. */
export type TimelineFormat = keyof typeof TIMELINE_FORMATS;
