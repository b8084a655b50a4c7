import * as z from 'zod';
import { fromDayNumber, toDayNumber } from '../calendar/dayNumber.js';
import { isValidIsoDate } from '../calendar/isValidIsoDate.js';
import { parseInput } from '../input/zodIssues.js';
import { PoortwachterError } from '../errors/PoortwachterError.js';
import { describeValue } from '../errors/describeValue.js';
import type { Locale } from '../i18n/types.js';
import type { Timeline } from '../timeline/types.js';
import { checkExportTimeline } from './timelineExportSchema.js';
import { fill, SVG_MESSAGES, SVG_STATUS_WORDS } from './messages.js';

const FN = 'renderTimelineSvg';

/** Options of {@link renderTimelineSvg}. */
export interface RenderTimelineSvgOptions {
  /** Language of the texts. @defaultValue `'nl'` */
  readonly locale?: Locale | undefined;
  /** Width of the picture in SVG user units (px). @defaultValue `1000` */
  readonly width?: number | undefined;
  /**
   * Prefix of the element ids (`<prefix>-title`, `<prefix>-desc`, pattern ids), so that two pictures
   * in one HTML page do not share ids. Letters, digits, `-`, `_`; starts with a letter.
   * @defaultValue `'poortwachter'`
   */
  readonly idPrefix?: string | undefined;
}

/** zod schema of the options of `renderTimelineSvg`: shapes only, the function adds the semantic checks. Public as `renderTimelineSvgOptionsSchema` (see docs/schemas.md). */
export const optionsSchema = z.strictObject({
  locale: z.enum(['nl', 'en']).optional(),
  width: z.number().int().min(400).max(10000).optional(),
  idPrefix: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/, 'expected a letter, then up to 39 letters, digits, "-" or "_"').optional(),
});

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

/**
 * Draws a timeline as an SVG picture: the 104 weeks of the wachttijd as a horizontal band (and an
 * extension beyond it for a loonsanctie or vrijwillige verlenging), the gaps of the samentelling
 * and WAZO leave as hatched breaks in the band, each milestone as a mark with its label, coloured by
 * its status on `asOf`, and a line for `asOf`.
 *
 * @remarks
 * - Pure and deterministic: the same timeline and options give the same string; ids come from
 *   `idPrefix`, never from randomness; coordinates have at most one decimal.
 * - Accessible: `role="img"` with `aria-labelledby` pointing at a `<title>` and a `<desc>`; every
 *   mark has its own `<title>` with the label, the date, the status in words and the legal basis.
 *   Status is shown by a glyph (✓, !, ○, …) next to the label as well as by colour.
 * - One `<g class="mark">` per milestone (with `data-id` and `data-status`); periodic evaluations
 *   are not drawn.
 * - Gaps are drawn from `timeline.samentelling.gaps`; WAZO leave inside a sick period has no dates
 *   in the timeline and is not drawn (its days still push the dates, as the marks show).
 * - The end of the 104 weeks is day 1 + 727 days + the days of the gaps and of the leave inside
 *   periods, capped at `wachttijdLastDay`; beyond it, up to the last date of wage payment, the band
 *   is drawn as an extension.
 *
 * @param timeline - A result of `computeTimeline`.
 * @param options - `locale`, `width`, `idPrefix`.
 * @returns An SVG document (`<svg xmlns=…>…</svg>`), UTF-8 text without XML declaration.
 * @throws {@link PoortwachterError} for an invalid option or a timeline that is not one.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=23 | WIA art 23 (wachttijd van 104 weken)}
 * @example
 * const svg = renderTimelineSvg(computeTimeline({ firstSickDay: '2024-01-01', asOf: '2024-03-01' }), { locale: 'en' });
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"') //=> true
 * svg.includes('<title>WIA application — 2025-10-12 (open)') //=> true
 */
export function renderTimelineSvg(timeline: Timeline, options: RenderTimelineSvgOptions = {}): string {
  const opts = parseInput(optionsSchema, options, FN, ['options']);
  checkExportTimeline(timeline, FN);
  const gaps = checkedGaps(timeline);
  const wachttijdLastDay: unknown = timeline.wachttijdLastDay;
  if (wachttijdLastDay !== null && wachttijdLastDay !== undefined && !isValidIsoDate(wachttijdLastDay)) {
    throw PoortwachterError.single(FN, ['timeline', 'wachttijdLastDay'], 'invalid_date', `not a valid 'YYYY-MM-DD' date: ${describeValue(wachttijdLastDay, true)}`);
  }

  const locale: Locale = opts.locale ?? 'nl';
  const msg = SVG_MESSAGES[locale];
  const words = SVG_STATUS_WORDS[locale];
  const id = opts.idPrefix ?? 'poortwachter';
  const width = opts.width ?? 1000;
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
  const right = width - 16;
  const x = (day: number): number => left + ((day - first) / (last - first)) * (right - left);

  // Labels: greedy rows, each label in the first row where it does not overlap the previous one.
  const rowEnds: number[] = [];
  const rows = ms.map((m, i) => {
    const mx = x(toDayNumber(m.due));
    const text = `${styleOf(m.status).glyph} ${m.labels[locale]}`;
    const w = text.length * CHAR_W;
    const anchorEnd = mx + w > right;
    const from = anchorEnd ? mx - w : mx;
    let row = rowEnds.findIndex((end) => end + 8 <= from);
    if (row === -1) row = rowEnds.length < MAX_ROWS ? rowEnds.length : i % MAX_ROWS;
    rowEnds[row] = Math.max(from + w, rowEnds[row] ?? Number.NEGATIVE_INFINITY);
    return { row, text, anchorEnd, mx };
  });
  const height = ROW_Y + Math.max(1, rowEnds.length) * ROW_H + 16;

  const out: string[] = [];
  const titleText = fill(msg.title, { d: timeline.firstSickDay });
  const desc = [
    fill(msg.desc, { n: ms.length, d: timeline.firstSickDay, e: fromDayNumber(bandEnd) }),
    asOf === null ? msg.descNoAsOf : fill(msg.descAsOf, { a: fromDayNumber(asOf) }),
    ...(timeline.notices ?? []).map((n) => n[locale]),
  ].join(' ');
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="system-ui, sans-serif" font-size="11" lang="${locale}">`,
    `<title id="${id}-title">${xml(titleText)}</title>`,
    `<desc id="${id}-desc">${xml(desc)}</desc>`,
    '<defs>',
    `<pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8c959f" stroke-width="2"/></pattern>`,
    `<pattern id="${id}-dots" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#fff8c5"/><circle cx="3" cy="3" r="1.2" fill="#9a6700"/></pattern>`,
    '</defs>',
    `<text x="${left}" y="20" font-size="14" font-weight="bold">${xml(titleText)}</text>`,
  );

  // The band: the 104 weeks, then the extension.
  out.push(`<g class="band"><rect class="wachttijd" x="${num(x(D))}" y="${BAND_Y}" width="${num(x(end104 + 1) - x(D))}" height="${BAND_H}" fill="#ddf4ff" stroke="#54aeff"><title>${xml(`${msg.wachttijd}: ${timeline.firstSickDay} – ${fromDayNumber(end104)}`)}</title></rect>`);
  if (bandEnd > end104) {
    out.push(`<rect class="extension" x="${num(x(end104 + 1))}" y="${BAND_Y}" width="${num(x(bandEnd + 1) - x(end104 + 1))}" height="${BAND_H}" fill="url(#${id}-dots)" stroke="#9a6700"><title>${xml(fill(msg.extension, { d: fromDayNumber(bandEnd) }))}</title></rect>`);
  }
  out.push('</g>');

  // Gaps of the samentelling and WAZO leave: breaks in the band.
  if (gaps.length > 0) {
    out.push('<g class="gaps">');
    for (const g of gaps) {
      const f = toDayNumber(g.from);
      const t = toDayNumber(g.to);
      const text = g.leaveDays >= g.days ? fill(msg.leave, { f: g.from, t: g.to, n: g.days })
        : g.leaveDays > 0 ? fill(msg.mixedGap, { f: g.from, t: g.to, r: g.days - g.leaveDays, l: g.leaveDays })
          : fill(msg.gap, { f: g.from, t: g.to, n: g.days });
      const kind = g.leaveDays >= g.days ? 'leave' : 'gap';
      out.push(`<rect class="${kind}" x="${num(x(f))}" y="${BAND_Y - 4}" width="${num(Math.max(2, x(t + 1) - x(f)))}" height="${BAND_H + 8}" fill="url(#${id}-hatch)" stroke="#57606a"><title>${xml(text)}</title></rect>`);
    }
    out.push('</g>');
  }

  // Week ticks every 13 weeks (a quarter) of calendar time from day 1.
  out.push('<g class="weeks" fill="#57606a">');
  for (let w = 0; D + 7 * w <= bandEnd; w += 13) {
    const tx = x(D + 7 * w);
    out.push(`<line x1="${num(tx)}" y1="${BAND_Y + BAND_H}" x2="${num(tx)}" y2="${BAND_Y + BAND_H + 5}" stroke="#57606a"/><text x="${num(tx)}" y="${BAND_Y + BAND_H + 16}" text-anchor="middle">${xml(fill(msg.week, { n: w }))}</text>`);
  }
  out.push('</g>');

  // Milestones.
  out.push('<g class="marks">');
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

  if (asOf !== null) {
    const ax = x(asOf);
    out.push(`<g class="as-of"><line x1="${num(ax)}" y1="${BAND_Y - 18}" x2="${num(ax)}" y2="${height - 4}" stroke="#cf222e" stroke-width="1.5" stroke-dasharray="4 3"/><text x="${num(ax + 3)}" y="${BAND_Y - 8}" fill="#cf222e">${xml(fill(msg.asOf, { d: fromDayNumber(asOf) }))}</text></g>`);
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function statusKey(status: unknown): StatusKey {
  return typeof status === 'string' && Object.hasOwn(STATUS_STYLE, status) ? status as StatusKey : 'none';
}

function styleOf(status: unknown): { readonly fill: string; readonly glyph: string } {
  return STATUS_STYLE[statusKey(status)];
}

interface Gap { readonly from: string; readonly to: string; readonly days: number; readonly leaveDays: number }

/** The gaps of the samentelling, checked (a hand-made timeline may have none: then no gaps). */
function checkedGaps(timeline: Timeline): readonly Gap[] {
  const s: unknown = (timeline as { samentelling?: unknown }).samentelling;
  if (s === undefined || s === null) return [];
  const gaps: unknown = (s as { gaps?: unknown }).gaps;
  if (gaps === undefined) return [];
  if (!Array.isArray(gaps)) throw PoortwachterError.single(FN, ['timeline', 'samentelling', 'gaps'], 'invalid_type', 'expected a list of gaps');
  return gaps.map((g: unknown, i): Gap => {
    const o = (typeof g === 'object' && g !== null ? g : {}) as Record<string, unknown>;
    const path = ['timeline', 'samentelling', 'gaps', i];
    if (!isValidIsoDate(o['from'])) throw PoortwachterError.single(FN, [...path, 'from'], 'invalid_date', `not a valid 'YYYY-MM-DD' date: ${describeValue(o['from'], true)}`);
    if (!isValidIsoDate(o['to']) || o['to'] < o['from']) throw PoortwachterError.single(FN, [...path, 'to'], 'invalid_date', `not a valid 'YYYY-MM-DD' date on or after 'from': ${describeValue(o['to'], true)}`);
    const days = toDayNumber(o['to']) - toDayNumber(o['from']) + 1;
    const leave = o['leaveDays'];
    const leaveDays = typeof leave === 'number' && Number.isInteger(leave) && leave >= 0 ? Math.min(leave, days) : 0;
    return { from: o['from'], to: o['to'], days, leaveDays };
  });
}
