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

/** `'-MM-DD'` of every day of a common (365) and a leap (366) year, by day of the year: immutable constants. */
function monthDaySuffixes(leap: boolean): readonly string[] {
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const out: string[] = [];
  for (let m = 0; m < 12; m++) {
    for (let d = 1; d <= lengths[m]!; d++) out.push(`-${m < 9 ? '0' : ''}${m + 1}-${d < 10 ? '0' : ''}${d}`);
  }
  return Object.freeze(out);
}
const MMDD_COMMON = /* @__PURE__ */ monthDaySuffixes(false);
const MMDD_LEAP = /* @__PURE__ */ monthDaySuffixes(true);

/** The calendar year of a day number (the year part of {@link fromDayNumber}). */
function yearOfDay(dayNumber: number): number {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (mp >= 10 ? 1 : 0);
}

/**
 * Converts many day numbers near one anchor to `'YYYY-MM-DD'`, for one call of a function that
 * formats dozens of dates of the same few years (computeTimeline). Built per call, never shared:
 * the year starts and `'YYYY-'` prefixes of the four years from the anchor's year are computed once,
 * each date is then a lookup of its `'-MM-DD'` (an immutable table) — no per-date division or
 * number-to-string. Days outside those four years fall back to {@link fromDayNumber}; the result
 * is always `fromDayNumber(day)`.
 *
 * @internal
 */
export class IsoDayFormatter {
  // The four years as plain fields (no arrays to index): first days, `'YYYY'` prefixes, `'-MM-DD'` tables.
  readonly #s0: number;
  readonly #s1: number;
  readonly #s2: number;
  readonly #s3: number;
  /** The day after the fourth year. */
  readonly #s4: number;
  readonly #p0: string;
  readonly #p1: string;
  readonly #p2: string;
  readonly #p3: string;
  readonly #t0: readonly string[];
  readonly #t1: readonly string[];
  readonly #t2: readonly string[];
  readonly #t3: readonly string[];

  /** @param anchorDay - A day number in the first of the four years covered. */
  constructor(anchorDay: number) {
    const y0 = yearOfDay(anchorDay);
    this.#s0 = dayNumberOf(y0, 1, 1);
    this.#t0 = yearTable(y0);
    this.#s1 = this.#s0 + this.#t0.length;
    this.#t1 = yearTable(y0 + 1);
    this.#s2 = this.#s1 + this.#t1.length;
    this.#t2 = yearTable(y0 + 2);
    this.#s3 = this.#s2 + this.#t2.length;
    this.#t3 = yearTable(y0 + 3);
    this.#s4 = this.#s3 + this.#t3.length;
    this.#p0 = String(y0);
    this.#p1 = String(y0 + 1);
    this.#p2 = String(y0 + 2);
    this.#p3 = String(y0 + 3);
  }

  /**
   * @param day - Days since 1970-01-01.
   * @returns `fromDayNumber(day)`.
   */
  format(day: number): string {
    if (day < this.#s0 || day >= this.#s4) return fromDayNumber(day);
    if (day < this.#s1) return this.#p0 + this.#t0[day - this.#s0]!;
    if (day < this.#s2) return this.#p1 + this.#t1[day - this.#s1]!;
    if (day < this.#s3) return this.#p2 + this.#t2[day - this.#s2]!;
    return this.#p3 + this.#t3[day - this.#s3]!;
  }
}

/** Something that turns day numbers into `'YYYY-MM-DD'` exactly as {@link fromDayNumber} does ({@link IsoDayFormatter}, {@link PLAIN_DAYS}). @internal */
export interface DayFormat {
  format(day: number): string;
}

/** {@link fromDayNumber} as a {@link DayFormat}: the default where no formatter for the call is at hand. @internal */
export const PLAIN_DAYS: DayFormat = Object.freeze({ format: fromDayNumber });

/** The `'-MM-DD'` table of a year (one of two immutable tables). */
function yearTable(y: number): readonly string[] {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? MMDD_LEAP : MMDD_COMMON;
}
