import { toDayNumber } from '../calendar/dayNumber.js';
import { isoDateSchema, parseInput } from '../input/zodIssues.js';
import { PoortwachterError, type InputIssue } from '../errors/PoortwachterError.js';
import { buildSickModel } from './validateSickInput.js';
import { sicknessInputSchema as schema } from './sicknessSchemas.js';
import { countedBefore, type Span } from './sickClock.js';
import type { SickPeriod, WazoLeave } from './types.js';

/** The sickness a week count refers to: day 1, or sick periods (with samentelling). */
export type SicknessInput =
  | { readonly firstSickDay: string; readonly sickPeriods?: undefined; readonly wazoLeave?: readonly WazoLeave[] | undefined }
  | { readonly sickPeriods: readonly SickPeriod[]; readonly firstSickDay?: undefined; readonly wazoLeave?: readonly WazoLeave[] | undefined };

/**
 * Validates a {@link SicknessInput} and returns the spans of its current wachttijd.
 *
 * @internal
 */
export function sicknessSpans(input: SicknessInput, fn: string): readonly Span[] {
  const inp = parseInput(schema, input, fn, ['sickness']);
  const issues: InputIssue[] = [];
  if ((inp.firstSickDay === undefined) === (inp.sickPeriods === undefined)) {
    throw PoortwachterError.single(fn, ['sickness'], 'invalid_value', "give exactly one of 'firstSickDay' and 'sickPeriods'");
  }
  const periods = inp.firstSickDay !== undefined ? [{ from: inp.firstSickDay }] : inp.sickPeriods!;
  const model = buildSickModel(periods, inp.wazoLeave ?? [], ['sickness', 'sickPeriods'], ['sickness', 'wazoLeave'], undefined, 'wazo-only', undefined, issues);
  if (model === undefined) throw new PoortwachterError(fn, issues);
  return model.chains[model.chains.length - 1]!.spans;
}

/**
 * The week of (counted) sickness a date falls in: week 1 is sick days 1–7, week n is sick days
 * 7(n−1)+1 … 7n. Calendar weeks counted from day 1 — not ISO weeks, not working days. Gaps of the
 * samentelling are not counted; a date inside a gap belongs to the week of the next sick day.
 *
 * @param sickness - `{ firstSickDay }` or `{ sickPeriods }`.
 * @param date - The date, `'YYYY-MM-DD'`, not before day 1.
 * @returns The week number (1-based).
 * @throws {@link PoortwachterError} for invalid input or a date before day 1.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0001888&artikel=38&lid=1 | ZW art 38 lid 1}
 * @example
 * sicknessWeekOn({ firstSickDay: '2024-01-01' }, '2024-02-11') //=> 6 (D+41, the last day of week 6)
 */
export function sicknessWeekOn(sickness: SicknessInput, date: string): number {
  const spans = sicknessSpans(sickness, 'sicknessWeekOn');
  const d = toDayNumber(parseInput(isoDateSchema, date, 'sicknessWeekOn', ['date']));
  if (d < spans[0]!.start) throw PoortwachterError.single('sicknessWeekOn', ['date'], 'inconsistent', 'lies before day 1');
  return Math.floor(countedBefore(spans, d) / 7) + 1;
}
