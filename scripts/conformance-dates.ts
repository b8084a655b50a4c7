/**
 * Plain date arithmetic for the conformance generator, written apart from src/ on purpose: the
 * timeline vectors are computed from the law's offsets here, not by calling the library, so that
 * they cross-check it. UTC-only (Date.UTC); no time zone enters.
 */
const MS = 86_400_000;

/** 'YYYY-MM-DD' + n calendar days. */
export function plus(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * MS).toISOString().slice(0, 10);
}

/** Calendar days from a to b (b − a). */
export function diff(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / MS);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function weekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easter(year: number): string {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days set equal to a holiday by royal decree (Atw art 3 lid 3), as listed in wvp-rules.md §13. */
const DECREE_DAYS = new Set([
  '2017-04-28', '2017-05-26', '2018-05-11', '2018-12-24', '2018-12-31', '2019-05-31', '2019-12-27',
  '2023-04-28', '2023-05-19', '2024-05-10', '2024-12-27', '2025-05-30', '2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26',
]);

/** Whether the day is an Atw holiday (art 3 lid 1–2, from 2014 on: Koningsdag) or a decree day. */
export function isAtwHoliday(date: string): boolean {
  const y = Number(date.slice(0, 4));
  const md = date.slice(5);
  if (['01-01', '05-05', '12-25', '12-26'].includes(md)) return true;
  const e = easter(y);
  if ([plus(e, -2), plus(e, 1), plus(e, 39), plus(e, 50)].includes(date)) return true;
  const kingsDay = weekday(`${y}-04-27`) === 7 ? `${y}-04-26` : `${y}-04-27`;
  if (y >= 2014 && date === kingsDay) return true;
  return DECREE_DAYS.has(date);
}

/** The day itself or the next day that is not a Saturday, Sunday or Atw holiday (Atw art 1 lid 1). */
export function nextAtwDay(date: string): string {
  let d = date;
  while (weekday(d) >= 6 || isAtwHoliday(d)) d = plus(d, 1);
  return d;
}

/**
 * The calendar date of counted sick day `k + 1` (k = 0 is day 1), given the sick periods in order:
 * gaps are not counted (ZW 38 lid 1, BW 7:629 lid 10); the last period is open.
 */
export function countedDay(periods: readonly { from: string; to?: string }[], k: number): string {
  let left = k;
  for (const p of periods) {
    if (p.to === undefined) return plus(p.from, left);
    const len = diff(p.from, p.to) + 1;
    if (left < len) return plus(p.from, left);
    left -= len;
  }
  throw new Error('the last period must be open');
}
