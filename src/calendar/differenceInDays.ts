import { toDayNumber } from './dayNumber.js';
import { isValidIsoDate } from './isValidIsoDate.js';
import { describeValue } from '../errors/describeValue.js';
import { PoortwachterError } from '../errors/PoortwachterError.js';

/**
 * Number of calendar days from `earlier` to `later` (`later − earlier`); negative when `later` is
 * before `earlier`. Time-zone free.
 *
 * @param later - `'YYYY-MM-DD'`.
 * @param earlier - `'YYYY-MM-DD'`.
 * @returns Whole days.
 * @throws {@link PoortwachterError} when a date is invalid.
 * @example
 * differenceInDays('2025-11-24', '2025-08-26') //=> 90 (in every time zone)
 */
export function differenceInDays(later: string, earlier: string): number {
  const issues = [];
  if (!isValidIsoDate(later)) issues.push({ path: ['later'], code: 'invalid_date' as const, message: `not a valid 'YYYY-MM-DD' date: ${describeValue(later, true)}` });
  if (!isValidIsoDate(earlier)) issues.push({ path: ['earlier'], code: 'invalid_date' as const, message: `not a valid 'YYYY-MM-DD' date: ${describeValue(earlier, true)}` });
  if (issues.length > 0) throw new PoortwachterError('differenceInDays', issues);
  return toDayNumber(later) - toDayNumber(earlier);
}
