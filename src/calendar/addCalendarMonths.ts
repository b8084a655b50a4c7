import { dayNumberOf, fromDayNumber } from './dayNumber.js';
import { daysInMonth } from './isValidIsoDate.js';

/**
 * Adds calendar months to a day number; a day that does not exist in the target month becomes the
 * last day of that month (31 August + 6 months = 28/29 February), as date-fns `addMonths` does.
 * Pure integer arithmetic: no `Date`, no time zone.
 *
 * @param day - Day number (see dayNumber.ts).
 * @param months - Whole number of months, may be negative.
 * @returns The day number `months` calendar months later.
 * @example
 * fromDayNumber(addCalendarMonths(toDayNumber('2023-08-31'), 6)) //=> '2024-02-29'
 * @internal
 */
export function addCalendarMonths(day: number, months: number): number {
  const iso = fromDayNumber(day);
  const total = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return dayNumberOf(year, month, Math.min(Number(iso.slice(8, 10)), daysInMonth(year, month)));
}
