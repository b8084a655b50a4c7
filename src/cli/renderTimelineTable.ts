import { toDayNumber, weekdayOf } from '../calendar/dayNumber.js';
import type { Locale } from '../i18n/types.js';
import type { Timeline } from '../timeline/types.js';
import { fill } from '../export/messages.js';
import { cliText } from './cliMessages.js';
import { NORM_KIND_SHORT, STATUS_LABELS, TABLE_MESSAGES, WEEKDAY_SHORT } from './messages.js';

/** Options of {@link renderTimelineTable}. */
export interface RenderTimelineTableOptions {
  /** Language of headings, labels and statuses. @defaultValue `'nl'` */
  readonly locale?: Locale | undefined;
  /** Include the periodic evaluations (practice norm) as rows. @defaultValue `true` */
  readonly includeEvaluations?: boolean | undefined;
  /** Say in the header that `asOf` was today from the system clock (set by the CLI). @defaultValue `false` */
  readonly asOfFromClock?: boolean | undefined;
}

interface Row {
  readonly date: string;
  readonly week: string;
  readonly label: string;
  readonly norm: string;
  readonly basis: readonly string[];
  readonly status: string;
}

/** Display width: code points (the labels contain no wide or combining characters). */
const width = (s: string): number => [...s].length;
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - width(s)));
const padLeft = (s: string, n: number): string => ' '.repeat(Math.max(0, n - width(s))) + s;

/**
 * Renders a timeline as a plain-text table for a terminal: one row per milestone (and per periodic
 * evaluation), sorted by date, with the date and weekday, the week of sickness, the label, the kind
 * of norm (statute, regulation, UWV policy, practice), the legal basis ids and — when the timeline
 * has an `asOf` — the status. A header names day 1, the rule set and the end of the wachttijd;
 * notices and a short disclaimer follow the table.
 *
 * @remarks
 * Pure: the same timeline gives the same text. Lines end in `\n`; no colours or box-drawing
 * characters, so the output can be pasted into an e-mail or a file. A milestone with more than one
 * legal basis gets one continuation line per extra reference.
 *
 * @param timeline - A result of `computeTimeline`.
 * @param options - `locale`, `includeEvaluations`, `asOfFromClock`.
 * @returns The table as text, ending in a newline.
 * @example
 * renderTimelineTable(computeTimeline({ firstSickDay: '2024-01-01' }), { locale: 'en' })
 * //=> 'Poortwachter timeline\n…\n2025-10-12 Sun    93  WIA application  statute  WIA art 64 lid 3\n…'
 */
export function renderTimelineTable(timeline: Timeline, options: RenderTimelineTableOptions = {}): string {
  const locale: Locale = options.locale ?? 'nl';
  const msg = TABLE_MESSAGES[locale];
  const withStatus = timeline.asOf !== null;
  const day = (iso: string): string => `${iso} ${WEEKDAY_SHORT[locale][weekdayOf(toDayNumber(iso))]}`;
  const statusText = (status: Timeline['milestones'][number]['status'], done: string | null): string => {
    if (status === null) return '';
    const s: string = STATUS_LABELS[locale][status];
    return done === null ? s : `${s} ${done}`;
  };

  const rows: Row[] = timeline.milestones.map((m) => ({
    date: day(m.due),
    week: String(m.week),
    label: m.labels[locale],
    norm: NORM_KIND_SHORT[locale][m.normKind],
    basis: m.legalBasis.map((r) => r.id),
    status: statusText(m.status, m.done),
  }));
  if (options.includeEvaluations ?? true) {
    for (const e of timeline.evaluations) {
      rows.push({
        date: day(e.due),
        week: '',
        label: fill(msg.evaluation, { n: e.sequence }),
        norm: NORM_KIND_SHORT[locale][e.normKind],
        basis: e.legalBasis.map((r) => r.id),
        status: statusText(e.status, e.done),
      });
    }
  }
  // Stable sort by date: milestones keep their legal order on ties, evaluations come after them.
  rows.sort((a, b) => (a.date.slice(0, 10) < b.date.slice(0, 10) ? -1 : a.date.slice(0, 10) > b.date.slice(0, 10) ? 1 : 0));

  const head: Row = { date: msg.colDate, week: msg.colWeek, label: msg.colLabel, norm: msg.colNorm, basis: [msg.colBasis], status: msg.colStatus };
  const all = [head, ...rows];
  const w = {
    date: Math.max(...all.map((r) => width(r.date))),
    week: Math.max(...all.map((r) => width(r.week))),
    label: Math.max(...all.map((r) => width(r.label))),
    norm: Math.max(...all.map((r) => width(r.norm))),
    basis: Math.max(...all.flatMap((r) => r.basis.map(width))),
  };
  const line = (date: string, week: string, label: string, norm: string, basis: string, status: string): string => {
    const cells = [pad(date, w.date), padLeft(week, w.week), pad(label, w.label), pad(norm, w.norm)];
    cells.push(withStatus ? pad(basis, w.basis) : basis);
    if (withStatus) cells.push(status);
    return cells.join('  ').trimEnd();
  };

  const out: string[] = [msg.title, ''];
  const d1 = timeline.firstSickDay;
  out.push(`${msg.firstSickDay}: ${day(d1)}`);
  out.push(`${msg.ruleSet}: ${timeline.ruleSet.id} — ${timeline.ruleSet.label[locale]}`);
  out.push(`${msg.wachttijdEnd}: ${timeline.wachttijdLastDay === null ? msg.noWachttijd : day(timeline.wachttijdLastDay)}`);
  if (timeline.asOf === null) {
    out.push(`${msg.asOf}: ${msg.noAsOf}`);
  } else {
    const week = fill(msg.asOfWeek, { w: timeline.weekAsOf ?? 0, days: cliText(locale).sickDays(timeline.countedSickDaysAsOf ?? 0) });
    out.push(`${msg.asOf}: ${day(timeline.asOf)} — ${week}${options.asOfFromClock === true ? ` (${msg.asOfFromClock})` : ''}`);
  }
  if (timeline.samentelling.gaps.length > 0 || timeline.samentelling.earlierWachttijden.length > 0) {
    out.push(`${msg.samentelling}: ${timeline.samentelling.explanation[locale]}`);
  }
  out.push('');
  out.push(line(head.date, head.week, head.label, head.norm, msg.colBasis, head.status));
  out.push(line('-'.repeat(w.date), '-'.repeat(w.week), '-'.repeat(w.label), '-'.repeat(w.norm), '-'.repeat(w.basis), withStatus ? '-'.repeat(Math.max(width(msg.colStatus), ...rows.map((r) => width(r.status)))) : ''));
  for (const r of rows) {
    out.push(line(r.date, r.week, r.label, r.norm, r.basis[0] ?? '', r.status));
    for (const extra of r.basis.slice(1)) out.push(line('', '', '', '', extra, ''));
  }
  const notices = [...timeline.notices.map((n) => n[locale])];
  if (notices.length > 0) {
    out.push('', msg.notices);
    for (const n of notices) out.push(`- ${n}`);
  }
  out.push('', msg.disclaimer);
  return `${out.join('\n')}\n`;
}
