import { toDayNumber } from '../calendar/dayNumber.js';
import { isValidIsoDate } from '../calendar/isValidIsoDate.js';
import { parseInput } from '../input/zodIssues.js';
import { PoortwachterError } from '../errors/PoortwachterError.js';
import { describeValue } from '../errors/describeValue.js';
import type { Locale } from '../i18n/types.js';
import type { Timeline } from '../timeline/types.js';
import { checkExportTimeline } from './timelineExportSchema.js';
import { renderTimelineSvgOptionsSchema } from './renderTimelineSvgOptionsSchema.js';
import { asOfSvg, bandSvg, gapsSvg, labelRows, marksSvg, svgHeader, svgScale, weekTicksSvg, type Gap } from './svgParts.js';

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
  const opts = parseInput(renderTimelineSvgOptionsSchema, options, FN, ['options']);
  checkExportTimeline(timeline, FN);
  const gaps = checkedGaps(timeline);
  const wachttijdLastDay: unknown = timeline.wachttijdLastDay;
  if (wachttijdLastDay !== null && wachttijdLastDay !== undefined && !isValidIsoDate(wachttijdLastDay)) {
    throw PoortwachterError.single(FN, ['timeline', 'wachttijdLastDay'], 'invalid_date', `not a valid 'YYYY-MM-DD' date: ${describeValue(wachttijdLastDay, true)}`);
  }
  const locale: Locale = opts.locale ?? 'nl';
  const s = svgScale(timeline, gaps, wachttijdLastDay, { locale, id: opts.idPrefix ?? 'poortwachter', width: opts.width ?? 1000 });
  const { rows, height } = labelRows(timeline.milestones, s);
  const out = [
    ...svgHeader(timeline, s, height),
    ...bandSvg(timeline.firstSickDay, s),
    ...gapsSvg(gaps, s),
    ...weekTicksSvg(s),
    ...marksSvg(timeline.milestones, rows, locale),
    ...asOfSvg(s, height),
    '</svg>',
  ];
  return `${out.join('\n')}\n`;
}

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
