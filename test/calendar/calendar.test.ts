import { describe, expect, it } from 'vitest';
import { addDays, applyAlgemeneTermijnenwet, atwHolidays, differenceInDays, isAtwWorkingDay, isValidIsoDate, PoortwachterError } from '../../src/index.js';
import { fromDayNumber, toDayNumber, weekdayOf } from '../../src/calendar/dayNumber.js';

describe('isValidIsoDate', () => {
  it.each([
    ['2024-02-29', true], ['2023-02-29', false], ['2000-02-29', true], ['1900-02-29', false],
    ['2024-04-31', false], ['2024-13-01', false], ['2024-00-10', false], ['2024-01-00', false],
    ['2024-1-01', false], ['2024-01-01T00:00:00Z', false], ['2024-01-01 ', false], ['1899-12-31', false],
    ['3000-01-01', false], ['1900-01-01', true], ['2999-12-31', true],
  ])('%s → %s', (s, ok) => expect(isValidIsoDate(s)).toBe(ok));
  it('rejects non-strings', () => {
    expect(isValidIsoDate(new Date())).toBe(false);
    expect(isValidIsoDate(20240101)).toBe(false);
    expect(isValidIsoDate(null)).toBe(false);
  });
});

describe('day numbers', () => {
  it('1970-01-01 is day 0, a Thursday', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(weekdayOf(0)).toBe(4);
  });
  it('round-trips known dates', () => {
    for (const d of ['1900-01-01', '2000-02-29', '2024-12-31', '2999-12-31']) expect(fromDayNumber(toDayNumber(d))).toBe(d);
  });
  it('2026-11-22 is a Sunday', () => expect(weekdayOf(toDayNumber('2026-11-22'))).toBe(7));
});

describe('addDays / differenceInDays', () => {
  it('crosses leap days and DST changes as ordinary days', () => {
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2025-03-29', 1)).toBe('2025-03-30');
    expect(differenceInDays('2025-11-24', '2025-08-26')).toBe(90);
  });
  it('throws PoortwachterError naming the field', () => {
    expect(() => addDays('2023-02-29', 1)).toThrow(PoortwachterError);
    expect(() => addDays('2024-01-01', 1.5)).toThrow(/days: must be a whole number/);
    expect(() => differenceInDays('x', '2024-01-01')).toThrow(/later: not a valid/);
  });
});

describe('Algemene termijnenwet holidays (art 3)', () => {
  it('2026: statutory days, Easter-based days and decree days', () => {
    expect(atwHolidays(2026).map((h) => h.date)).toEqual([
      '2026-01-01', '2026-01-02', '2026-04-03', '2026-04-06', '2026-04-27', '2026-05-05',
      '2026-05-14', '2026-05-15', '2026-05-25', '2026-12-25', '2026-12-26',
    ]);
  });
  it('Koningsdag moves to 26 April when the 27th is a Sunday (2025); Koninginnedag before 2014', () => {
    expect(atwHolidays(2025).some((h) => h.date === '2025-04-26' && h.name === 'Koningsdag')).toBe(true);
    expect(atwHolidays(2013).some((h) => h.date === '2013-04-30' && h.name === 'Koninginnedag')).toBe(true);
    expect(atwHolidays(2006).some((h) => h.date === '2006-04-29')).toBe(true);
  });
  it('Goede Vrijdag and Hemelvaart follow Easter (2024: Easter 31 March)', () => {
    const d = atwHolidays(2024).map((h) => h.date);
    expect(d).toContain('2024-03-29');
    expect(d).toContain('2024-04-01');
    expect(d).toContain('2024-05-09');
    expect(d).toContain('2024-05-20');
  });
  it('isAtwWorkingDay and applyAlgemeneTermijnenwet', () => {
    expect(isAtwWorkingDay('2026-04-27')).toBe(false);
    expect(isAtwWorkingDay('2026-04-28')).toBe(true);
    expect(applyAlgemeneTermijnenwet('2026-04-04')).toBe('2026-04-07');
    expect(applyAlgemeneTermijnenwet('2026-12-25')).toBe('2026-12-28');
    expect(applyAlgemeneTermijnenwet('2026-11-23')).toBe('2026-11-23');
  });
  it('decree days of 2010–2016 (BWBR0027755, BWBR0033679) are holidays under the Atw', () => {
    expect(isAtwWorkingDay('2013-12-27')).toBe(false);
    expect(isAtwWorkingDay('2015-01-02')).toBe(false);
    expect(atwHolidays(2012).filter((h) => h.kind === 'decree').map((h) => h.date)).toEqual(['2012-05-18', '2012-12-24', '2012-12-31']);
  });
  it('rejects a year out of range', () => {
    expect(() => atwHolidays(1899)).toThrow(/year/);
  });
});
