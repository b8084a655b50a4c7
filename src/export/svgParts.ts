/**
 * The drawing parts of `renderTimelineSvg`: the scale, the label rows, and the SVG text of the
 * header, band, gaps, week ticks, marks and `asOf` line. Internal to the picture export.
 *
 * @internal
 * @packageDocumentation
 */
import { fromDayNumber, toDayNumber } from '../calendar/dayNumber.js';
import type { Locale } from '../i18n/types.js';
import type { Timeline } from '../timeline/types.js';
import { fill, SVG_MESSAGES, SVG_STATUS_WORDS } from './messages.js';

type StatusKey = keyof (typeof SVG_STATUS_WORDS)['nl'];

/** Colour and glyph per status: the glyph and the status word carry the meaning, not the colour. */
const STATUS_STYLE: Readonly<Record<StatusKey, { readonly fill: string; readonly glyph: string }>> = {
  done: { fill: '#1a7f37', glyph: '✓' },
  'done-late': { fill: '#9a6700', glyph: '✓!' },
  open: { fill: '#0969da', glyph: '○' },
  'due-soon': { fill: '#bf8700', glyph: '◔' },
  overdue: { fill: '#cf222e', glyph: '!' },
  upcoming: { fill: '#6e7781', glyph: '◇' },
  passed: { fill: '#57606a', glyph: '◆' },
  lapsed: { fill: '#8c959f', glyph: '⊘' },
  none: { fill: '#24292f', glyph: '•' },
};

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// Characters XML 1.0 does not allow (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/FFFF) are dropped.
const XML_INVALID = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Escapes text for an XML element or attribute value. */
const xml = (s: string): string => s.replace(XML_INVALID, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
/** A coordinate with at most one decimal (deterministic text). */
const num = (x: number): string => String(Math.round(x * 10) / 10);

const BAND_Y = 56;
const BAND_H = 22;
const ROW_Y = 118;
const ROW_H = 20;
const MAX_ROWS = 12;
const CHAR_W = 6.2; // average width of a character at font-size 11, for placing labels

function statusKey(status: unknown): StatusKey {
  return typeof status === 'string' && Object.hasOwn(STATUS_STYLE, status) ? status as StatusKey : 'none';
}

function styleOf(status: unknown): { readonly fill: string; readonly glyph: string } {
  return STATUS_STYLE[statusKey(status)];
}

/** A gap of the samentelling, checked. @internal */
export interface Gap { readonly from: string; readonly to: string; readonly days: number; readonly leaveDays: number }

/** The days and scale of one picture. @internal */
export interface SvgScale {
  readonly locale: Locale;
  /** Element id prefix. */
  readonly id: string;
  readonly width: number;
  /** Day number of day 1. */
  readonly D: number;
  /** Day number of `asOf`, or `null`. */
  readonly asOf: number | null;
  /** Last day of the 104 weeks, and of the band with its extension (day numbers). */
  readonly end104: number;
  readonly bandEnd: number;
  readonly left: number;
  readonly right: number;
  /** The x coordinate of a day number. */
  readonly x: (day: number) => number;
}

/** Where each milestone's label goes. @internal */
export interface LabelRow { readonly row: number; readonly text: string; readonly anchorEnd: boolean; readonly mx: number }

/**
 * The days of the picture (the end of the 104 weeks, the band end, the first and last day drawn)
 * and its horizontal scale.
 *
 * @param timeline - A checked timeline.
 * @param gaps - Its checked gaps.
 * @param wachttijdLastDay - Its checked `wachttijdLastDay` (a date or absent).
 * @param o - `locale`, `id` prefix and `width`.
 * @returns The scale.
 * @example
 * svgScale(t, [], t.wachttijdLastDay, { locale: 'nl', id: 'p', width: 1000 }).left //=> 16
 * @internal
 */
export function svgScale(timeline: Timeline, gaps: readonly Gap[], wachttijdLastDay: unknown, o: { readonly locale: Locale; readonly id: string; readonly width: number }): SvgScale {
  const D = toDayNumber(timeline.firstSickDay);
  const asOf = timeline.asOf === null || timeline.asOf === undefined ? null : toDayNumber(timeline.asOf);
  const ms = timeline.milestones;
  const lastDue = ms.reduce((a, m) => Math.max(a, toDayNumber(m.due)), D);
  const wLast = typeof wachttijdLastDay === 'string' ? toDayNumber(wachttijdLastDay) : null;
  const gapDays = gaps.reduce((a, g) => a + g.days, 0);
  const leaveInside = Number.isInteger(timeline.samentelling?.leaveDaysInsidePeriods) ? timeline.samentelling.leaveDaysInsidePeriods : 0;
  const end104 = Math.min(D + 727 + gapDays + leaveInside, wLast ?? Number.POSITIVE_INFINITY, Math.max(lastDue, D));
  const wageEnd = ms.filter((m) => m.id === 'einde-loondoorbetaling' || m.id === 'einde-loonsanctie').reduce((a, m) => Math.max(a, toDayNumber(m.due)), wLast ?? end104);
  const bandEnd = Math.max(end104, wageEnd);
  const last = Math.max(bandEnd, lastDue, asOf ?? D) + 14;
  const first = Math.min(D, asOf ?? D) - 7;
  const left = 16;
  const right = o.width - 16;
  const x = (day: number): number => left + ((day - first) / (last - first)) * (right - left);
  return { ...o, D, asOf, end104, bandEnd, left, right, x };
}

/**
 * Places the labels: greedy rows, each label in the first row where it does not overlap the previous one.
 *
 * @param ms - The milestones.
 * @param s - The scale.
 * @returns One row per milestone and the picture's height.
 * @example
 * labelRows(t.milestones, scale).height //=> 178
 * @internal
 */
export function labelRows(ms: Timeline['milestones'], s: SvgScale): { readonly rows: readonly LabelRow[]; readonly height: number } {
  const rowEnds: number[] = [];
  const rows = ms.map((m, i) => {
    const mx = s.x(toDayNumber(m.due));
    const text = `${styleOf(m.status).glyph} ${m.labels[s.locale]}`;
    const w = text.length * CHAR_W;
    const anchorEnd = mx + w > s.right;
    const from = anchorEnd ? mx - w : mx;
    let row = rowEnds.findIndex((end) => end + 8 <= from);
    if (row === -1) row = rowEnds.length < MAX_ROWS ? rowEnds.length : i % MAX_ROWS;
    rowEnds[row] = Math.max(from + w, rowEnds[row] ?? Number.NEGATIVE_INFINITY);
    return { row, text, anchorEnd, mx };
  });
  return { rows, height: ROW_Y + Math.max(1, rowEnds.length) * ROW_H + 16 };
}

/**
 * The opening `<svg>` element, title, description, patterns and heading.
 *
 * @param timeline - The timeline.
 * @param s - The scale.
 * @param height - The picture's height.
 * @returns The lines.
 * @example
 * svgHeader(t, scale, 178)[0].startsWith('<svg ') //=> true
 * @internal
 */
export function svgHeader(timeline: Timeline, s: SvgScale, height: number): string[] {
  const { id, width, locale } = s;
  const msg = SVG_MESSAGES[locale];
  const titleText = fill(msg.title, { d: timeline.firstSickDay });
  const desc = [
    fill(msg.desc, { n: timeline.milestones.length, d: timeline.firstSickDay, e: fromDayNumber(s.bandEnd) }),
    s.asOf === null ? msg.descNoAsOf : fill(msg.descAsOf, { a: fromDayNumber(s.asOf) }),
    ...(timeline.notices ?? []).map((n) => n[locale]),
  ].join(' ');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="system-ui, sans-serif" font-size="11" lang="${locale}">`,
    `<title id="${id}-title">${xml(titleText)}</title>`,
    `<desc id="${id}-desc">${xml(desc)}</desc>`,
    '<defs>',
    `<pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8c959f" stroke-width="2"/></pattern>`,
    `<pattern id="${id}-dots" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#fff8c5"/><circle cx="3" cy="3" r="1.2" fill="#9a6700"/></pattern>`,
    '</defs>',
    `<text x="${s.left}" y="20" font-size="14" font-weight="bold">${xml(titleText)}</text>`,
  ];
}

/**
 * The band: the 104 weeks, then the extension (loonsanctie, vrijwillige verlenging).
 *
 * @param firstSickDay - Day 1 (`'YYYY-MM-DD'`).
 * @param s - The scale.
 * @returns The lines.
 * @example
 * bandSvg('2024-01-01', scale).at(-1) //=> '</g>'
 * @internal
 */
export function bandSvg(firstSickDay: string, s: SvgScale): string[] {
  const { x, D, end104, bandEnd, id } = s;
  const msg = SVG_MESSAGES[s.locale];
  const out = [`<g class="band"><rect class="wachttijd" x="${num(x(D))}" y="${BAND_Y}" width="${num(x(end104 + 1) - x(D))}" height="${BAND_H}" fill="#ddf4ff" stroke="#54aeff"><title>${xml(`${msg.wachttijd}: ${firstSickDay} – ${fromDayNumber(end104)}`)}</title></rect>`];
  if (bandEnd > end104) {
    out.push(`<rect class="extension" x="${num(x(end104 + 1))}" y="${BAND_Y}" width="${num(x(bandEnd + 1) - x(end104 + 1))}" height="${BAND_H}" fill="url(#${id}-dots)" stroke="#9a6700"><title>${xml(fill(msg.extension, { d: fromDayNumber(bandEnd) }))}</title></rect>`);
  }
  out.push('</g>');
  return out;
}

/**
 * The gaps of the samentelling and WAZO leave: breaks in the band (nothing without gaps).
 *
 * @param gaps - The checked gaps.
 * @param s - The scale.
 * @returns The lines.
 * @example
 * gapsSvg([], scale) //=> []
 * @internal
 */
export function gapsSvg(gaps: readonly Gap[], s: SvgScale): string[] {
  if (gaps.length === 0) return [];
  const msg = SVG_MESSAGES[s.locale];
  const out = ['<g class="gaps">'];
  for (const g of gaps) {
    const f = toDayNumber(g.from);
    const t = toDayNumber(g.to);
    const text = g.leaveDays >= g.days ? fill(msg.leave, { f: g.from, t: g.to, n: g.days })
      : g.leaveDays > 0 ? fill(msg.mixedGap, { f: g.from, t: g.to, r: g.days - g.leaveDays, l: g.leaveDays })
        : fill(msg.gap, { f: g.from, t: g.to, n: g.days });
    const kind = g.leaveDays >= g.days ? 'leave' : 'gap';
    out.push(`<rect class="${kind}" x="${num(s.x(f))}" y="${BAND_Y - 4}" width="${num(Math.max(2, s.x(t + 1) - s.x(f)))}" height="${BAND_H + 8}" fill="url(#${s.id}-hatch)" stroke="#57606a"><title>${xml(text)}</title></rect>`);
  }
  out.push('</g>');
  return out;
}

/**
 * Week ticks every 13 weeks (a quarter) of calendar time from day 1.
 *
 * @param s - The scale.
 * @returns The lines.
 * @example
 * weekTicksSvg(scale)[0] //=> '<g class="weeks" fill="#57606a">'
 * @internal
 */
export function weekTicksSvg(s: SvgScale): string[] {
  const msg = SVG_MESSAGES[s.locale];
  const out = ['<g class="weeks" fill="#57606a">'];
  for (let w = 0; s.D + 7 * w <= s.bandEnd; w += 13) {
    const tx = s.x(s.D + 7 * w);
    out.push(`<line x1="${num(tx)}" y1="${BAND_Y + BAND_H}" x2="${num(tx)}" y2="${BAND_Y + BAND_H + 5}" stroke="#57606a"/><text x="${num(tx)}" y="${BAND_Y + BAND_H + 16}" text-anchor="middle">${xml(fill(msg.week, { n: w }))}</text>`);
  }
  out.push('</g>');
  return out;
}

/**
 * One `<g class="mark">` per milestone, with its title, line, dot and label.
 *
 * @param ms - The milestones.
 * @param rows - Their label rows.
 * @param locale - The language.
 * @returns The lines.
 * @example
 * marksSvg(t.milestones, rows, 'en')[0] //=> '<g class="marks">'
 * @internal
 */
export function marksSvg(ms: Timeline['milestones'], rows: readonly LabelRow[], locale: Locale): string[] {
  const msg = SVG_MESSAGES[locale];
  const words = SVG_STATUS_WORDS[locale];
  const out = ['<g class="marks">'];
  ms.forEach((m, i) => {
    const st = styleOf(m.status);
    const statusWord = words[statusKey(m.status)];
    const { row, text, anchorEnd, mx } = rows[i]!;
    const ty = ROW_Y + row * ROW_H;
    const title = fill(msg.mark, { l: m.labels[locale], d: m.due, s: statusWord, b: m.legalBasis.map((r) => r.id).join(', ') });
    out.push(
      `<g class="mark" data-id="${xml(m.id)}" data-status="${statusKey(m.status)}">`,
      `<title>${xml(title)}</title>`,
      `<line x1="${num(mx)}" y1="${BAND_Y + BAND_H / 2}" x2="${num(mx)}" y2="${ty - 10}" stroke="${st.fill}" stroke-dasharray="2 2"/>`,
      `<circle cx="${num(mx)}" cy="${BAND_Y + BAND_H / 2}" r="5" fill="${st.fill}" stroke="#ffffff"/>`,
      `<text x="${num(mx)}" y="${ty}" fill="${st.fill}"${anchorEnd ? ' text-anchor="end"' : ''}>${xml(text)}</text>`,
      '</g>',
    );
  });
  out.push('</g>');
  return out;
}

/**
 * The dashed line of `asOf` with its date (nothing without `asOf`).
 *
 * @param s - The scale.
 * @param height - The picture's height.
 * @returns The lines.
 * @example
 * asOfSvg({ ...scale, asOf: null }, 178) //=> []
 * @internal
 */
export function asOfSvg(s: SvgScale, height: number): string[] {
  if (s.asOf === null) return [];
  const ax = s.x(s.asOf);
  const msg = SVG_MESSAGES[s.locale];
  return [`<g class="as-of"><line x1="${num(ax)}" y1="${BAND_Y - 18}" x2="${num(ax)}" y2="${height - 4}" stroke="#cf222e" stroke-width="1.5" stroke-dasharray="4 3"/><text x="${num(ax + 3)}" y="${BAND_Y - 8}" fill="#cf222e">${xml(fill(msg.asOf, { d: fromDayNumber(s.asOf) }))}</text></g>`];
}
