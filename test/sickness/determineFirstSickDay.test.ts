import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { determineFirstSickDay, PoortwachterError } from '../../src/index.js';
import { toDayNumber, weekdayOf } from '../../src/calendar/dayNumber.js';
import { isoDateArb } from '../helpers/arbitraries.js';

describe('determineFirstSickDay (WIA 23 lid 2)', () => {
  it.each([
    ['Saturday report, Mon–Fri pattern → Monday', { reportDate: '2025-03-15' }, '2025-03-17'],
    ['Sunday report → Monday', { reportDate: '2025-03-16' }, '2025-03-17'],
    ['weekday report, nothing worked → that day', { reportDate: '2025-03-18' }, '2025-03-18'],
    ['stopped during the shift → that day', { reportDate: '2025-03-18', workedOnReportDate: 'part' }, '2025-03-18'],
    ['fell ill after a full Friday → Monday', { reportDate: '2025-03-21', workedOnReportDate: 'full' }, '2025-03-24'],
    ['works on Sundays → Sunday', { reportDate: '2025-03-16', workPattern: [6, 7] }, '2025-03-16'],
    ['works Tue/Thu only, report on Friday → next Tuesday', { reportDate: '2025-03-21', workPattern: [2, 4] }, '2025-03-25'],
  ] as const)('%s', (_name, report, expected) => {
    const r = determineFirstSickDay(report);
    expect(r.firstSickDay).toBe(expected);
    expect(r.legalBasis[0]?.id).toBe('WIA art 23 lid 2');
    expect(r.explanation.nl).toContain(expected);
  });
  it('rejects an unknown worked value and an empty pattern', () => {
    expect(() => determineFirstSickDay({ reportDate: '2025-03-15', workedOnReportDate: 'half' as never })).toThrow(PoortwachterError);
    expect(() => determineFirstSickDay({ reportDate: '2025-03-15', workPattern: [] })).toThrow(/report\.workPattern/);
    expect(() => determineFirstSickDay({ reportDate: '2025-02-30' })).toThrow(/report\.reportDate/);
  });
  test.prop([isoDateArb])('day 1 is a working day of the pattern, never before the report and within a week', (d) => {
    const r = determineFirstSickDay({ reportDate: d });
    expect(weekdayOf(toDayNumber(r.firstSickDay))).toBeLessThanOrEqual(5);
    expect(r.movedByDays).toBeGreaterThanOrEqual(0);
    expect(r.movedByDays).toBeLessThan(3);
  });
  test.prop([isoDateArb, fc.subarray([1, 2, 3, 4, 5, 6, 7] as const, { minLength: 1 })])('with any pattern day 1 is in the pattern', (d, pattern) => {
    const r = determineFirstSickDay({ reportDate: d, workPattern: pattern });
    expect(pattern).toContain(weekdayOf(toDayNumber(r.firstSickDay)));
    expect(r.movedByDays).toBeLessThan(7);
  });
});
