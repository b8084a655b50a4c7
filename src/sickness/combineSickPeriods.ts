import { PLAIN_DAYS, toDayNumber, type DayFormat } from '../calendar/dayNumber.js';
import { parseInput } from '../input/zodIssues.js';
import { PoortwachterError, type InputIssue } from '../errors/PoortwachterError.js';
import { LEGAL_REFS } from '../legal/references.js';
import { buildSickModel, type SickModel } from './validateSickInput.js';
import { combineSickPeriodsOptionsSchema as optionsSchema, sickPeriodsInputSchema as periodsSchema } from './sicknessSchemas.js';
import { leaveDayCounter, type Chain } from './sickClock.js';
import type { CombineSickPeriodsOptions, EarlierWachttijd, Samentelling, SamentellingGap, SamentellingResult, SickPeriod } from './types.js';
import { traceStep } from '../engine/trace.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import { renderSicknessStep, samentellingExplanation, type SamentellingParams } from './renderStep.js';

const SAMENTELLING_REFS = Object.freeze([LEGAL_REFS.BW_629_10, LEGAL_REFS.WIA_23_3]);
const SAMENTELLING_REFS_WITH_LEAVE = Object.freeze([LEGAL_REFS.BW_629_10, LEGAL_REFS.WIA_23_3, LEGAL_REFS.WIA_23_5]);

/**
 * Samentelling: combines sick periods into wachttijden. Periods that follow each other with fewer
 * than four weeks (28 days) of recovery between them count together, in chains of any length; a
 * recovery of 28 days or more starts a new wachttijd. The recovered days are not counted. WAZO leave
 * (zwangerschaps- en bevallingsverlof) counts neither as sickness nor as recovery, so periods right
 * before and after it join — unless both causes are given and differ.
 *
 * @remarks
 * BW 7:629 lid 10: "Perioden waarin de werknemer wegens ongeschiktheid … verhinderd is geweest de
 * bedongen arbeid te verrichten, worden samengeteld indien zij elkaar met een onderbreking van minder
 * dan vier weken opvolgen of indien zij onmiddellijk voorafgaan aan en aansluiten op een periode
 * waarin de werknemer recht heeft op uitkering als bedoeld in artikel 3:1 … Wet arbeid en zorg,
 * tenzij de ongeschiktheid redelijkerwijs niet geacht kan worden voort te vloeien uit dezelfde
 * oorzaak." Same rule for the wachttijd in WIA 23 lid 3 and 5.
 * Reading chosen (docs/sources.md §4.1): the same-cause exception applies only to the link through
 * WAZO leave; set `causeExceptionScope: 'all'` for the other reading.
 *
 * @param periods - Sick periods in any order; `to` inclusive; only the latest may be open.
 * @param options - `asOf`, `wazoLeave`, `causeExceptionScope`, `workPattern`.
 * @returns The current wachttijd: day 1, counted sick days, gaps left out, earlier wachttijden, and the `trace` of the rule applied.
 * @throws {@link PoortwachterError} for impossible dates, `to` before `from`, overlaps, or more than one open period.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=629&lid=10 | BW 7:629 lid 10}
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=23&lid=3 | WIA art 23 lid 3}
 * @example
 * combineSickPeriods([
 *   { from: '2025-01-06', to: '2025-01-17' },
 *   { from: '2025-02-10' },               // 23 days recovered (< 28): joins
 * ], { asOf: '2025-02-16' })
 * //=> { firstSickDay: '2025-01-06', countedSickDays: 19, gaps: [{ from: '2025-01-18', to: '2025-02-09', days: 23, … }], … }
 */
export function combineSickPeriods(periods: readonly SickPeriod[], options: CombineSickPeriodsOptions = {}): SamentellingResult {
  const list = parseInput(periodsSchema, periods, 'combineSickPeriods', ['periods']);
  const opts = parseInput(optionsSchema, options, 'combineSickPeriods', ['options']);
  const issues: InputIssue[] = [];
  const asOf = opts.asOf === undefined ? undefined : toDayNumber(opts.asOf);
  const causeScope = opts.causeExceptionScope ?? 'wazo-only';
  const model = buildSickModel(list, opts.wazoLeave ?? [], ['periods'], ['options', 'wazoLeave'], asOf, causeScope, opts.workPattern, issues);
  if (model === undefined) throw new PoortwachterError('combineSickPeriods', issues);
  const s = describeSamentelling(model, list, asOf);
  const params: SamentellingParams = {
    firstSickDay: s.firstSickDay, periods: s.periods.length, gaps: s.gaps.length,
    gapDays: s.gaps.reduce((n, g) => n + g.days, 0), earlier: s.earlierWachttijden.length,
  };
  const step = traceStep({
    rule: 'sickness.samentelling',
    refs: legalKeysOf(s.legalBasis),
    outcome: 'computed',
    inputs: {
      periods: list.length, asOf: opts.asOf ?? null, wazoLeave: opts.wazoLeave?.length ?? 0,
      causeExceptionScope: causeScope, workPattern: opts.workPattern ?? null,
    },
    outputs: {
      firstSickDay: s.firstSickDay, open: s.open, lastSickDay: s.lastSickDay, countedSickDays: s.countedSickDays,
      countedThrough: s.countedThrough, gaps: params.gaps, earlierWachttijden: params.earlier,
    },
    message: 'samentelling',
    params: { ...params },
  });
  // The explanation is the step rendered (the same text describeSamentelling wrote from the same values).
  return { ...s, explanation: renderSicknessStep(step), trace: Object.freeze([step]) };
}

function countChain(chain: Chain, asOf: number | undefined): { days: number; through: number | null } {
  let days = 0;
  let through: number | null = null;
  for (const s of chain.spans) {
    const end = Math.min(s.end, asOf ?? (s.end === Infinity ? s.start - 1 : s.end));
    if (end >= s.start) {
      days += end - s.start + 1;
      through = end;
    }
  }
  return { days, through };
}

/**
 * Builds the public {@link Samentelling} from the model.
 *
 * @param dates - How day numbers become dates: computeTimeline passes its formatter for the call (same strings, cheaper).
 * @internal
 */
export function describeSamentelling(model: SickModel, input: readonly SickPeriod[], asOf: number | undefined, dates: DayFormat = PLAIN_DAYS): Samentelling {
  const chains = model.chains;
  if (chains.length === 1 && model.periods.length === 1 && model.leave.length === 0 && chains[0]!.spans.length === 1) {
    return describeSinglePeriod(model, input[model.periods[0]!.index]!, asOf, dates);
  }
  const current = chains[chains.length - 1]!;
  const first = current.spans[0]!;
  const last = current.spans[current.spans.length - 1]!;
  const gaps: SamentellingGap[] = [];
  let leaveInside = 0;
  const leaveIn = leaveDayCounter(model.leave); // linear over the spans, which are in order
  for (let i = 1; i < current.spans.length; i++) {
    const a = current.spans[i - 1]!;
    const b = current.spans[i]!;
    if (b.start - a.end - 1 <= 0) continue;
    const days = b.start - a.end - 1;
    const leaveDays = leaveIn(a.end + 1, b.start - 1);
    if (a.index === b.index) {
      leaveInside += leaveDays;
      continue;
    }
    gaps.push({ from: dates.format(a.end + 1), to: dates.format(b.start - 1), days, leaveDays, recoveredDays: days - leaveDays });
  }
  // Which input periods the current chain holds: a flag per input index (no Set of boxed keys).
  const inChain = new Uint8Array(input.length);
  for (const sp of current.spans) inChain[sp.index] = 1;
  const periods = model.periods
    .filter((p) => inChain[p.index] === 1)
    .map((p) => {
      const src = input[p.index]!;
      return p.start === toDayNumber(src.from) ? src : { ...src, from: dates.format(p.start) };
    });
  const earlier: EarlierWachttijd[] = chains.slice(0, -1).map((c) => {
    const cnt = countChain(c, undefined);
    return ({
      firstSickDay: dates.format(c.spans[0]!.start),
      lastSickDay: dates.format(c.spans[c.spans.length - 1]!.end),
      countedSickDays: cnt.days,
      // Every chain but the last was ended by the next one (buildChains sets both).
      endedBy: c.endedBy!,
      recoveredDaysAfter: c.recoveredDaysAfter!,
    });
  });
  const count = countChain(current, asOf);
  const open = last.end === Infinity;
  const fsd = dates.format(first.start);
  const gapDays = gaps.reduce((n, g) => n + g.days, 0);
  return {
    firstSickDay: fsd,
    periods,
    open,
    lastSickDay: open ? null : dates.format(last.end),
    countedSickDays: count.days,
    countedThrough: count.through === null ? null : dates.format(count.through),
    gaps,
    leaveDaysInsidePeriods: leaveInside,
    earlierWachttijden: earlier,
    legalBasis: model.leave.length > 0 ? SAMENTELLING_REFS_WITH_LEAVE : SAMENTELLING_REFS,
    explanation: samentellingExplanation({ firstSickDay: fsd, periods: periods.length, gaps: gaps.length, gapDays, earlier: earlier.length }),
    notices: model.notices,
  };
}

/**
 * {@link describeSamentelling} of one period without leave (the common case, issue 11): the same
 * result without the gap, chain and period searches; the input's own date strings are reused where
 * they are the dates (a valid `'YYYY-MM-DD'` is its day number's only spelling).
 */
function describeSinglePeriod(model: SickModel, src: SickPeriod, asOf: number | undefined, dates: DayFormat): Samentelling {
  const p = model.periods[0]!;
  const sameFrom = p.start === toDayNumber(src.from);
  const fsd = sameFrom ? src.from : dates.format(p.start);
  const open = p.end === Infinity;
  const end = Math.min(p.end, asOf ?? (open ? p.start - 1 : p.end));
  const counted = end >= p.start;
  return {
    firstSickDay: fsd,
    periods: [sameFrom ? src : { ...src, from: fsd }],
    open,
    lastSickDay: open ? null : src.to!,
    countedSickDays: counted ? end - p.start + 1 : 0,
    countedThrough: !counted ? null : end === p.end ? src.to! : dates.format(end),
    gaps: [],
    leaveDaysInsidePeriods: 0,
    earlierWachttijden: [],
    legalBasis: SAMENTELLING_REFS,
    explanation: samentellingExplanation({ firstSickDay: fsd, periods: 1, gaps: 0, gapDays: 0, earlier: 0 }),
    notices: model.notices,
  };
}
