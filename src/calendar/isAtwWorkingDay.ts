import { toDayNumber } from './dayNumber.js';
import { isValidIsoDate } from './isValidIsoDate.js';
import { isAtwNonWorkingDay } from './workingDays.js';
import { describeValue } from '../errors/describeValue.js';
import { PoortwachterError } from '../errors/PoortwachterError.js';

/**
 * Whether a term under the Algemene termijnenwet may end on this day: not a Saturday, a Sunday or
 * a holiday of Atw art 3.
 *
 * @param date - `'YYYY-MM-DD'`.
 * @returns `true` on an ordinary working day.
 * @throws {@link PoortwachterError} when `date` is invalid.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0002448&artikel=1 | Algemene termijnenwet art 1}
 * @example
 * isAtwWorkingDay('2026-04-27') //=> false (Koningsdag)
 */
export function isAtwWorkingDay(date: string): boolean {
  if (!isValidIsoDate(date)) {
    throw PoortwachterError.single('isAtwWorkingDay', ['date'], 'invalid_date', `not a valid 'YYYY-MM-DD' date: ${describeValue(date, true)}`);
  }
  return !isAtwNonWorkingDay(toDayNumber(date));
}
