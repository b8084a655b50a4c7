import { fromDayNumber, weekdayOf } from './dayNumber.js';
import { atwHolidayDayNumbers } from './atwHolidays.js';

/**
 * Whether a day number is a Saturday, Sunday or Atw holiday.
 *
 * @param dn - Day number.
 * @returns `true` if a term under the Atw cannot end on it.
 * @internal
 */
export function isAtwNonWorkingDay(dn: number): boolean {
  const wd = weekdayOf(dn);
  if (wd >= 6) return true;
  const year = Number(fromDayNumber(dn).slice(0, 4));
  for (const h of atwHolidayDayNumbers(year)) if (h.dn === dn) return true;
  return false;
}

/**
 * The first day on or after `dn` that is not a Saturday, Sunday or Atw holiday.
 *
 * @param dn - Day number.
 * @returns Day number.
 * @internal
 */
export function nextAtwWorkingDay(dn: number): number {
  let d = dn;
  while (isAtwNonWorkingDay(d)) d++;
  return d;
}
