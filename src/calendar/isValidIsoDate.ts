/** Lowest year accepted anywhere in the public API. */
export const MIN_YEAR = 1900;
/** Highest year accepted anywhere in the public API. */
export const MAX_YEAR = 2999;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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
  if (typeof value !== 'string' || value.length !== 10) return false;
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
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
