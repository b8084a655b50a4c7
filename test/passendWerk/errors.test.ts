import { describe, expect, it } from 'vitest';
import { PoortwachterError } from '../../src/errors/index.js';
import { checkPassendWerk, safeCheckPassendWerk } from '../../src/passendWerk/index.js';
import { D, FIRST_HALF_YEAR, day, input } from './fixtures.js';

function issuesOf(raw: unknown): { path: string; code: string; message: string }[] {
  try {
    checkPassendWerk(raw as Parameters<typeof checkPassendWerk>[0]);
  } catch (e) {
    expect(e).toBeInstanceOf(PoortwachterError);
    const err = e as PoortwachterError;
    expect(err.message.startsWith('checkPassendWerk: invalid input')).toBe(true);
    return err.issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: i.message }));
  }
  throw new Error('expected a PoortwachterError');
}

describe('checkPassendWerk — invalid input names the field', () => {
  it.each([
    ['a negative wage', input(FIRST_HALF_YEAR, { wage: -1 }), 'offer.wage', 'invalid_value', 'negative'],
    ['a negative previous wage', input(FIRST_HALF_YEAR, {}, { previousWage: -100 }), 'employee.previousWage', 'invalid_value', 'negative'],
    ['a previous wage of 0', input(FIRST_HALF_YEAR, {}, { previousWage: 0 }), 'employee.previousWage', 'invalid_value', 'greater than 0'],
    ['travel over 24 hours a day', input(FIRST_HALF_YEAR, { travelMinutesPerDay: 1441 }), 'offer.travelMinutesPerDay', 'invalid_value', '24 hours'],
    ['negative travel', input(FIRST_HALF_YEAR, { travelMinutesPerDay: -5 }), 'offer.travelMinutesPerDay', 'invalid_value', 'negative'],
    ['an unknown education level (offer)', input(FIRST_HALF_YEAR, { educationLevel: 'master' as never }), 'offer.educationLevel', 'invalid_value', 'unknown education level'],
    ['an unknown education level (employee)', input(FIRST_HALF_YEAR, {}, { educationLevel: 'hbo' as never }), 'employee.educationLevel', 'invalid_value', 'Besluit passende arbeid art 3'],
    ['more than 168 hours a week', input(FIRST_HALF_YEAR, { hoursPerWeek: 200 }), 'offer.hoursPerWeek', 'invalid_value', '168'],
    ['an unknown shift', input(FIRST_HALF_YEAR, { shift: 'morning' as never }), 'offer.shift', 'invalid_value', 'unknown shift'],
    ['a wage as a string', input(FIRST_HALF_YEAR, { wage: '2400' as never }), 'offer.wage', 'invalid_type', 'expected number'],
    ['NaN travel', input(FIRST_HALF_YEAR, { travelMinutesPerDay: Number.NaN }), 'offer.travelMinutesPerDay', 'invalid_type', 'expected a finite number, got NaN'],
    ['an infinite wage', input(FIRST_HALF_YEAR, { wage: Number.POSITIVE_INFINITY }), 'offer.wage', 'invalid_type', 'expected a finite number, got Infinity'],
    // Issue 12: null for an optional field means absent (test/schemas/nullMeansAbsent.test.ts); null in a list stays an error.
    ['null in the list of sick periods', { sickPeriods: [null], offerDate: day(30) }, 'sickPeriods.0', 'invalid_type', 'expected object'],
    ['an empty list of sick periods', { sickPeriods: [], offerDate: day(30) }, 'sickPeriods', 'missing', 'at least one'],
    ['an impossible offer date', { firstSickDay: D, offerDate: '2025-02-30' }, 'offerDate', 'invalid_date', 'not a valid'],
    ['an impossible first sick day', { firstSickDay: '2023-02-29', offerDate: FIRST_HALF_YEAR }, 'firstSickDay', 'invalid_date', 'not a valid'],
    ['a Date object', { firstSickDay: D, offerDate: new Date('2025-03-01') }, 'offerDate', 'invalid_type', 'Date object'],
    ['an offer before day 1', { firstSickDay: D, offerDate: day(-1) }, 'offerDate', 'inconsistent', 'before the first sick day'],
    // Saturday 11 January 2025 with a Monday–Friday pattern: day 1 is Monday 13 January (WIA 23 lid 2).
    ['an offer before day 1 moved to the next working day', { firstSickDay: '2025-01-11', workPattern: [1, 2, 3, 4, 5], offerDate: '2025-01-11' }, 'offerDate', 'inconsistent', 'before day 1 of the wachttijd (2025-01-11 < 2025-01-13'],
    ['an offer during WAZO leave before the first counted sick day', { sickPeriods: [{ from: D }], wazoLeave: [{ from: day(-5), to: day(20) }], offerDate: day(3) }, 'offerDate', 'inconsistent', `< ${day(21)}`],
    ['an offer before 2015-07-01', { firstSickDay: '2015-01-05', offerDate: '2015-06-30' }, 'offerDate', 'out_of_scope', '2015-07-01'],
    ['a sick period after the offer date', { sickPeriods: [{ from: D, to: day(5) }, { from: day(40) }], offerDate: day(30) }, 'sickPeriods.1.from', 'inconsistent', 'after offerDate'],
    ['a period that ends before it starts', { sickPeriods: [{ from: day(10), to: day(5) }], offerDate: day(30) }, 'sickPeriods.0.to', 'end_before_start', 'ends before'],
    ['overlapping periods', { sickPeriods: [{ from: D, to: day(10) }, { from: day(5), to: day(12) }], offerDate: day(30) }, 'sickPeriods.1', 'overlap', 'overlaps'],
    ['both forms of the sickness', { firstSickDay: D, sickPeriods: [{ from: D }], offerDate: day(30) }, 'sickPeriods', 'inconsistent', 'not both'],
    ['an impossible offer date without the sickness', { offerDate: '2025-02-30' }, 'offerDate', 'invalid_date', 'not a valid'],
    ['an impossible first sick day without the offer date', { firstSickDay: '2023-02-29' }, 'firstSickDay', 'invalid_date', 'not a valid'],
    ['an offer before 2015-07-01 without the sickness', { offerDate: '2015-06-30' }, 'offerDate', 'out_of_scope', '2015-07-01'],
    ['overlapping periods without the offer date', { sickPeriods: [{ from: D, to: day(10) }, { from: day(5), to: day(12) }] }, 'sickPeriods.1', 'overlap', 'overlaps'],
    ['a negative wage without offer date or sickness', { offer: { wage: -1 } }, 'offer.wage', 'invalid_value', 'negative'],
    ['an unknown field', input(FIRST_HALF_YEAR, { salary: 3000 } as never), 'offer.salary', 'unrecognized_key', 'salary'],
    ['an unknown option', { firstSickDay: D, offerDate: day(30), options: { phase: 'x' } }, 'options.phase', 'unrecognized_key', 'phase'],
    ['an unknown phase convention', { firstSickDay: D, offerDate: day(30), options: { phaseConvention: 'weeks' } }, 'options.phaseConvention', 'invalid_value', 'calendar-months'],
  ])('%s', (_name, raw, path, code, text) => {
    const issues = issuesOf(raw);
    const hit = issues.find((i) => i.path === path);
    expect(hit, JSON.stringify(issues)).toBeDefined();
    expect(hit!.code).toBe(code);
    expect(hit!.message).toContain(text);
  });

  it('reports every problem at once, and the message names each field', () => {
    const raw = input(FIRST_HALF_YEAR, { wage: -1, travelMinutesPerDay: 2000 }, { educationLevel: 'x' as never });
    const issues = issuesOf(raw);
    expect(issues.map((i) => i.path).sort()).toEqual(['employee.educationLevel', 'offer.travelMinutesPerDay', 'offer.wage']);
    expect(() => checkPassendWerk(raw)).toThrow(/offer\.wage: a wage cannot be negative/);
  });

  it('rejects non-object input without crashing', () => {
    for (const raw of [null, undefined, 42, 'x', []]) {
      expect(() => checkPassendWerk(raw as never)).toThrow(PoortwachterError);
    }
  });
});

describe('safeCheckPassendWerk', () => {
  it('returns the result on valid input', () => {
    const r = safeCheckPassendWerk(input(FIRST_HALF_YEAR));
    expect(r.success).toBe(true);
    if (r.success) expect(r.data.verdict).toBe('passend');
  });

  it('returns the issues instead of throwing, naming itself', () => {
    const r = safeCheckPassendWerk(input(FIRST_HALF_YEAR, { wage: -1 }));
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues).toEqual([{ path: ['offer', 'wage'], code: 'invalid_value', message: 'a wage cannot be negative' }]);
      expect(r.error.message).toMatch(/^safeCheckPassendWerk: /);
    }
  });
});
