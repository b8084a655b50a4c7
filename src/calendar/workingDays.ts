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

/**
 * The last day of a forward term under the Algemene termijnenwet: art 1 lid 1 moves an end on a
 * Saturday, Sunday or Atw holiday to the next day that is none of these; art 2 extends a term of at
 * least three days "zo nodig zoveel …, dat daarin ten minste twee dagen vallen" that are not a
 * Saturday, Sunday or Atw holiday — counted within the (extended) term, from its first day.
 *
 * @param start - Day number of the first day of the term (the day after the event that starts it).
 * @param end - Day number of the last day of the term before the Atw.
 * @returns Day number: `end`, or later.
 * @internal
 */
export function atwTermEnd(start: number, end: number): number {
  let e = nextAtwWorkingDay(end);
  if (end - start + 1 < 3) return e;
  let working = 0;
  for (let d = start; d <= e; d++) if (!isAtwNonWorkingDay(d)) working++;
  while (working < 2) {
    e = nextAtwWorkingDay(e + 1);
    working++;
  }
  return e;
}
