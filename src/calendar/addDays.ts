import { toDayNumber } from './dayNumber.js';
import { toIsoDateInRange } from './dateRange.js';
import { isValidIsoDate } from './isValidIsoDate.js';
import { describeValue } from '../errors/describeValue.js';
import { PoortwachterError } from '../errors/PoortwachterError.js';

/**
 * Adds a number of calendar days to a date. Time-zone free: works on whole days only.
 *
 * @param date - `'YYYY-MM-DD'`.
 * @param days - Whole number of days, may be negative.
 * @returns The date `days` days later.
 * @throws {@link PoortwachterError} when `date` is not a valid date, `days` is not an integer, or the
 *   result falls outside 1900-01-01 … 2999-12-31 (`out_of_scope`).
 * @example
 * addDays('2024-02-28', 2) //=> '2024-03-01'
 */
export function addDays(date: string, days: number): string {
  if (!isValidIsoDate(date)) {
    throw PoortwachterError.single('addDays', ['date'], 'invalid_date', `not a valid 'YYYY-MM-DD' date: ${describeValue(date, true)}`);
  }
  if (!Number.isSafeInteger(days)) {
    throw PoortwachterError.single('addDays', ['days'], 'invalid_type', `must be a whole number, got ${describeValue(days)}`);
  }
  return toIsoDateInRange(toDayNumber(date) + days, 'addDays', ['days'], `${date} + ${days} days`);
}
