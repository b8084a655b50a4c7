import { fromDayNumber, toDayNumber } from './dayNumber.js';

/** Lowest year accepted anywhere in the public API. */
export const MIN_YEAR = 1900;
/** Highest year accepted anywhere in the public API. */
export const MAX_YEAR = 2999;

const ISO_DATE = /^\d{4}-\d\d-\d\d$/;

/**
 * Tells whether a value is a real calendar date written as `'YYYY-MM-DD'`, in the years
 * 1900–2999: no times, no time zones, no 2023-02-29.
 *
 * @param value - Anything.
 * @returns `true` when `value` is a string naming a day that exists.
 * @example
 * isValidIsoDate('2024-02-29') //=> true (leap year)
 * isValidIsoDate('2023-02-29') //=> false
 * isValidIsoDate('2024-01-01T00:00:00Z') //=> false
 */
export function isValidIsoDate(value: unknown): value is string {
  // A string of the right shape in 1900–2999 names a real day exactly when its day number converts
  // back to the same string (2023-02-29 comes back as 2023-03-01, month 13 as January): this reuses
  // the day-number code instead of a table of month lengths (issue 11: addDays < 1 kB).
  return typeof value === 'string' && value.length === 10 && ISO_DATE.test(value) &&
    value >= `${MIN_YEAR}` && value < `${MAX_YEAR + 1}` && fromDayNumber(toDayNumber(value)) === value;
}

/**
 * Number of days in a month of the Gregorian calendar.
 *
 * @param year - Full year.
 * @param month - 1–12.
 * @returns 28–31.
 * @internal
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
