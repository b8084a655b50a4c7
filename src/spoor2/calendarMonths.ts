import { dayNumberOf, fromDayNumber } from '../calendar/dayNumber.js';

/**
 * Adds calendar months to a day number; a day that does not exist in the target month becomes the
 * last day of that month (31 January + 1 month = 28/29 February). Pure integer arithmetic.
 *
 * @internal
 */
export function addCalendarMonths(day: number, months: number): number {
  const iso = fromDayNumber(day);
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = total - ty * 12 + 1;
  const lastDay = dayNumberOf(tm === 12 ? ty + 1 : ty, tm === 12 ? 1 : tm + 1, 1) - dayNumberOf(ty, tm, 1);
  return dayNumberOf(ty, tm, Math.min(d, lastDay));
}
