import { dayNumberOf, fromDayNumber } from '../calendar/dayNumber.js';
import { daysInMonth } from '../calendar/isValidIsoDate.js';

/**
 * Adds calendar months to a day number; a day that does not exist in the target month becomes the
 * last day of that month (31 January + 1 month = 28/29 February). Pure integer arithmetic.
 *
 * @internal
 */
export function addCalendarMonths(day: number, months: number): number {
  const iso = fromDayNumber(day);
  const total = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return dayNumberOf(year, month, Math.min(Number(iso.slice(8, 10)), daysInMonth(year, month)));
}
