import { toIsoDateInRange } from '../calendar/dateRange.js';
import { describeValue } from '../errors/describeValue.js';
import { PoortwachterError } from '../errors/PoortwachterError.js';
import { sickDayToDayNumber } from './sickClock.js';
import { sicknessSpans, type SicknessInput } from './sicknessWeekOn.js';

/**
 * The last day of week `n` of (counted) sickness — what "uiterlijk in week n" means: D + 7n − 1
 * for an uninterrupted sickness, later by the gaps of the samentelling.
 *
 * @param sickness - `{ firstSickDay }` or `{ sickPeriods }`.
 * @param week - Week number, 1–260.
 * @returns `'YYYY-MM-DD'`.
 * @throws {@link PoortwachterError} for invalid input, or when the day would fall after 2999-12-31.
 * @example
 * lastDayOfSicknessWeek({ firstSickDay: '2024-01-01' }, 93) //=> '2025-10-12'
 */
export function lastDayOfSicknessWeek(sickness: SicknessInput, week: number): string {
  const spans = sicknessSpans(sickness, 'lastDayOfSicknessWeek');
  if (!Number.isInteger(week) || week < 1 || week > 260) {
    throw PoortwachterError.single('lastDayOfSicknessWeek', ['week'], 'invalid_value', `must be a whole number from 1 to 260, got ${describeValue(week)}`);
  }
  return toIsoDateInRange(sickDayToDayNumber(spans, 7 * week - 1), 'lastDayOfSicknessWeek', ['week'], `the last day of week ${week}`);
}
