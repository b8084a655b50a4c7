import { describe, expect, it } from 'vitest';
import { addDays, atwHolidays, differenceInDays, isValidIsoDate, MAX_YEAR, MIN_YEAR, PoortwachterError } from '../../src/index.js';

/**
 * Boundary tests that kill known surviving-mutant classes of src/calendar (issue 14): checked
 * against the law and an independent algorithm, not against the library's own output.
 */

/**
 * Gregorian Easter by Oudin's algorithm (1940; as in dateutil's EASTER_WESTERN) — a different
 * computation from the Meeus/Jones/Butcher ("anonymous Gregorian") algorithm the library uses.
 */
function oudinEaster(y: number): { month: number; day: number } {
  const g = y % 19;
  const c = Math.floor(y / 100);
  const h = (c - Math.floor(c / 4) - Math.floor((8 * c + 13) / 25) + 19 * g + 15) % 30;
  const i = h - Math.floor(h / 28) * (1 - Math.floor(h / 28) * Math.floor(29 / (h + 1)) * Math.floor((21 - g) / 11));
  const j = (y + Math.floor(y / 4) + i + 2 - c + Math.floor(c / 4)) % 7;
  const p = i - j;
  return { month: 3 + Math.floor((p + 26) / 30), day: 1 + ((p + 27 + Math.floor((p + 6) / 40)) % 31) };
}

/** Easter + `offset` days as 'YYYY-MM-DD', computed with Date.UTC (independent of the library's day numbers). */
function easterPlus(y: number, offset: number): string {
  const { month, day } = oudinEaster(y);
  const d = new Date(Date.UTC(2000, month - 1, day + offset));
  d.setUTCFullYear(y, month - 1, day + offset);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

describe('Easter and the Easter-based Atw holidays (Atw art 3 lid 1–2), every year 1900–2999', () => {
  it('the independent algorithm gives the known dates', () => {
    // Published Easter Sundays, including the extremes of the Gregorian range (22 March, 25 April).
    expect(easterPlus(2024, 0)).toBe('2024-03-31');
    expect(easterPlus(2025, 0)).toBe('2025-04-20');
    expect(easterPlus(2000, 0)).toBe('2000-04-23');
    expect(easterPlus(1943, 0)).toBe('1943-04-25');
    expect(easterPlus(2038, 0)).toBe('2038-04-25');
    expect(easterPlus(2285, 0)).toBe('2285-03-22');
    expect(easterPlus(1913, 0)).toBe('1913-03-23');
  });

  it('Goede Vrijdag (E−2), tweede Paasdag (E+1), Hemelvaartsdag (E+39), tweede Pinksterdag (E+50) in every year', () => {
    const wrong: string[] = [];
    for (let y = MIN_YEAR; y <= MAX_YEAR; y++) {
      const days = new Map(atwHolidays(y).map((h) => [h.name, h.date]));
      const expected: [string, number][] = [['Goede Vrijdag', -2], ['Tweede Paasdag', 1], ['Hemelvaartsdag', 39], ['Tweede Pinksterdag', 50]];
      for (const [name, offset] of expected) {
        if (days.get(name) !== easterPlus(y, offset)) wrong.push(`${y} ${name}: ${days.get(name)} ≠ ${easterPlus(y, offset)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('Goede Vrijdag is a Friday, tweede Paasdag and tweede Pinksterdag Mondays, Hemelvaartsdag a Thursday', () => {
    for (let y = MIN_YEAR; y <= MAX_YEAR; y += 7) {
      const weekday = (name: string): number => new Date(`${atwHolidays(y).find((h) => h.name === name)!.date}T00:00:00Z`).getUTCDay();
      expect([weekday('Goede Vrijdag'), weekday('Tweede Paasdag'), weekday('Hemelvaartsdag'), weekday('Tweede Pinksterdag')]).toEqual([5, 1, 4, 1]);
    }
  });
});

describe('date validation at the edges (YYYY-MM-DD, years 1900–2999)', () => {
  const rejected = ['2025-06-31', '2023-02-29', '2024-13-01', '1899-12-31', '3000-01-01', '2024-00-10', '2024-01-00', '2024-04-31', '1900-02-29', '2100-02-29'];
  const accepted = ['2024-02-29', '2000-02-29', '1900-01-01', '2999-12-31', '2025-06-30', '2023-02-28', '2024-12-31', '2024-01-31'];

  it.each(rejected)('%s is not a date', (d) => {
    expect(isValidIsoDate(d)).toBe(false);
    expect(() => addDays(d, 1)).toThrow(PoortwachterError);
    expect(() => differenceInDays(d, '2024-01-01')).toThrow(PoortwachterError);
  });

  it.each(accepted)('%s is a date', (d) => {
    expect(isValidIsoDate(d)).toBe(true);
    expect(differenceInDays(addDays(d, 0), d)).toBe(0);
  });

  it('the day after 2024-02-28 is 2024-02-29, and after 2023-02-28 is 2023-03-01', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
  });

  it('a result outside 1900–2999 is an error, not a wrong date', () => {
    expect(addDays('2999-12-30', 1)).toBe('2999-12-31');
    expect(() => addDays('2999-12-31', 1)).toThrow(PoortwachterError);
    expect(addDays('1900-01-02', -1)).toBe('1900-01-01');
    expect(() => addDays('1900-01-01', -1)).toThrow(PoortwachterError);
  });
});
