/**
 * Integer day numbers: the number of days since 1970-01-01 (day 0), on the proleptic Gregorian
 * calendar. All date arithmetic in poortwachter happens on these integers, so no result can depend
 * on the machine's time zone or on daylight saving time: a day is always exactly one unit.
 *
 * The conversion is Howard Hinnant's `days_from_civil` algorithm: pure integer arithmetic, no `Date`.
 *
 * @internal
 * @module
 */

/**
 * Converts a validated `'YYYY-MM-DD'` string to its day number.
 *
 * @param iso - A date that has already passed {@link isValidIsoDate}.
 * @returns Days since 1970-01-01.
 * @internal
 */
export function toDayNumber(iso: string): number {
  const y0 = (iso.charCodeAt(0) - 48) * 1000 + (iso.charCodeAt(1) - 48) * 100 +
    (iso.charCodeAt(2) - 48) * 10 + (iso.charCodeAt(3) - 48);
  const m = (iso.charCodeAt(5) - 48) * 10 + (iso.charCodeAt(6) - 48);
  const d = (iso.charCodeAt(8) - 48) * 10 + (iso.charCodeAt(9) - 48);
  return dayNumberOf(y0, m, d);
}

/**
 * Day number of a year, month (1–12) and day.
 *
 * @param year - Full year.
 * @param month - 1–12.
 * @param day - 1–31.
 * @returns Days since 1970-01-01.
 * @internal
 */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Converts a day number back to `'YYYY-MM-DD'`.
 *
 * @param dayNumber - Days since 1970-01-01.
 * @returns The ISO calendar date.
 * @internal
 */
export function fromDayNumber(dayNumber: number): string {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * ISO weekday of a day number: 1 = Monday … 7 = Sunday.
 *
 * @param dayNumber - Days since 1970-01-01 (a Thursday).
 * @returns 1–7.
 * @internal
 */
export function weekdayOf(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}
