import { dayNumberOf, fromDayNumber, weekdayOf } from './dayNumber.js';
import { easterSundayDayNumber } from './easterSunday.js';
import { ATW_DECREE_DAYS } from './atwDecreeDays.js';
import { MAX_YEAR, MIN_YEAR } from './isValidIsoDate.js';
import { describeValue } from '../errors/describeValue.js';
import { PoortwachterError } from '../errors/PoortwachterError.js';

/** A day on which a term under the Algemene termijnenwet does not end. */
export interface AtwHoliday {
  /** `'YYYY-MM-DD'`. */
  readonly date: string;
  /** Dutch name. */
  readonly name: string;
  /** `statutory` (Atw art 3 lid 1–2) or `decree` (art 3 lid 3). */
  readonly kind: 'statutory' | 'decree';
}

/**
 * Day number of the King's (or Queen's) birthday as celebrated: since 2014 Koningsdag on 27 April,
 * 26 April when the 27th is a Sunday; before, Koninginnedag on 30 April, 29 April when the 30th is a
 * Sunday.
 *
 * @internal
 */
function kingsDay(year: number): number {
  if (year >= 2014) {
    const d = dayNumberOf(year, 4, 27);
    return weekdayOf(d) === 7 ? d - 1 : d;
  }
  const d = dayNumberOf(year, 4, 30);
  return weekdayOf(d) === 7 ? d - 1 : d;
}

/**
 * Day numbers of the Atw holidays of a year, with names, unsorted.
 *
 * @internal
 */
export function atwHolidayDayNumbers(year: number): { dn: number; name: string; kind: 'statutory' | 'decree' }[] {
  const easter = easterSundayDayNumber(year);
  const out: { dn: number; name: string; kind: 'statutory' | 'decree' }[] = [
    { dn: dayNumberOf(year, 1, 1), name: 'Nieuwjaarsdag', kind: 'statutory' },
    { dn: easter - 2, name: 'Goede Vrijdag', kind: 'statutory' },
    { dn: easter + 1, name: 'Tweede Paasdag', kind: 'statutory' },
    { dn: kingsDay(year), name: year >= 2014 ? 'Koningsdag' : 'Koninginnedag', kind: 'statutory' },
    { dn: dayNumberOf(year, 5, 5), name: 'Bevrijdingsdag (5 mei)', kind: 'statutory' },
    { dn: easter + 39, name: 'Hemelvaartsdag', kind: 'statutory' },
    { dn: easter + 50, name: 'Tweede Pinksterdag', kind: 'statutory' },
    { dn: dayNumberOf(year, 12, 25), name: 'Eerste Kerstdag', kind: 'statutory' },
    { dn: dayNumberOf(year, 12, 26), name: 'Tweede Kerstdag', kind: 'statutory' },
  ];
  const prefix = `${year}-`;
  for (const d of ATW_DECREE_DAYS) {
    if (d.date.startsWith(prefix)) {
      out.push({ dn: dayNumberOf(year, Number(d.date.slice(5, 7)), Number(d.date.slice(8, 10))), name: 'Bij besluit gelijkgestelde dag', kind: 'decree' });
    }
  }
  return out;
}

/**
 * The days of a year on which a term under the Algemene termijnenwet cannot end, besides Saturdays
 * and Sundays: the holidays of Atw art 3 lid 1 (Nieuwjaarsdag, tweede Paasdag, Koningsdag, 5 mei,
 * Hemelvaartsdag, tweede Pinksterdag, both Kerstdagen), Goede Vrijdag (art 3 lid 2), and the days
 * put on a par by royal decree (art 3 lid 3) that the library knows of.
 *
 * @param year - Full year, 1900–2999.
 * @returns The days, sorted by date.
 * @throws {@link PoortwachterError} when `year` is not a whole number in range.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0002448&artikel=3 | Algemene termijnenwet art 3}
 * @example
 * atwHolidays(2026).map((h) => h.date)
 * //=> ['2026-01-01', '2026-01-02', '2026-04-03', '2026-04-06', '2026-04-27', '2026-05-05', '2026-05-14', '2026-05-15', '2026-05-25', '2026-12-25', '2026-12-26']
 */
export function atwHolidays(year: number): AtwHoliday[] {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw PoortwachterError.single('atwHolidays', ['year'], 'invalid_value', `must be a whole year from ${MIN_YEAR} to ${MAX_YEAR}, got ${describeValue(year)}`);
  }
  return atwHolidayDayNumbers(year)
    .sort((a, b) => a.dn - b.dn)
    .map((h) => ({ date: fromDayNumber(h.dn), name: h.name, kind: h.kind }));
}
