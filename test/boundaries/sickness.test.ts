import { describe, expect, it } from 'vitest';
import { addDays, combineSickPeriods, lastDayOfSicknessWeek, PoortwachterError, sicknessWeekOn } from '../../src/index.js';

/**
 * Boundary tests of samentelling and sickness weeks (issue 14, surviving-mutant classes), checked
 * against the law:
 * - BW 7:629 lid 10, WIA 23 lid 3: periods join when the interruption is "minder dan vier weken"
 *   (< 28 days); WAZO leave days are not counted (WIA 23 lid 5 a) and are no recovery either
 *   (the library's documented reading, wvp-rules.md §4.1), and periods directly before and after WAZO leave join.
 * - "de dag waarop de wachttijd n weken heeft geduurd" = the last day of week n = D + 7n − 1 (wvp-rules.md §3).
 */

const A = { from: '2025-01-06', to: '2025-01-31' }; // 26 sick days
const after = (gapDays: number): { from: string; to: string } => ({ from: addDays(A.to, gapDays + 1), to: addDays(A.to, gapDays + 10) });

describe('samentelling: a gap near four weeks', () => {
  it('27 recovered days join, 28 and 29 do not (BW 7:629 lid 10: "minder dan vier weken")', () => {
    expect(combineSickPeriods([A, after(27)]).firstSickDay).toBe(A.from);
    expect(combineSickPeriods([A, after(27)]).countedSickDays).toBe(26 + 10);
    expect(combineSickPeriods([A, after(28)]).firstSickDay).toBe(after(28).from);
    expect(combineSickPeriods([A, after(29)]).firstSickDay).toBe(after(29).from);
  });

  it('WAZO leave inside the gap is not recovery: 28 days with 1 leave day join, 29 with 1 leave day do not', () => {
    const leaveDay = addDays(A.to, 10);
    const s28 = combineSickPeriods([A, after(28)], { wazoLeave: [{ from: leaveDay, to: leaveDay }] });
    expect(s28.firstSickDay).toBe(A.from);
    expect(s28.gaps).toEqual([expect.objectContaining({ days: 28, leaveDays: 1, recoveredDays: 27 })]);
    const s29 = combineSickPeriods([A, after(29)], { wazoLeave: [{ from: leaveDay, to: leaveDay }] });
    expect(s29.firstSickDay).toBe(after(29).from);
    // 27 days with 1 leave day: 26 recovered, joined; the leave day is not counted as sick.
    const s27 = combineSickPeriods([A, after(27)], { wazoLeave: [{ from: leaveDay, to: leaveDay }] });
    expect(s27.firstSickDay).toBe(A.from);
    expect(s27.countedSickDays).toBe(36);
  });

  it('periods directly before and after WAZO leave join, however long the leave (BW 7:629 lid 10, second branch)', () => {
    const leave = { from: addDays(A.to, 1), to: addDays(A.to, 112) };
    const s = combineSickPeriods([A, after(112)], { wazoLeave: [leave] });
    expect(s.firstSickDay).toBe(A.from);
    expect(s.countedSickDays).toBe(36);
  });

  it('a one-day WAZO leave inside a sick period takes one day off the count (WIA 23 lid 5 a)', () => {
    const leaveDay = '2025-01-15';
    const s = combineSickPeriods([A], { wazoLeave: [{ from: leaveDay, to: leaveDay }] });
    expect(s.countedSickDays).toBe(25);
    expect(s.leaveDaysInsidePeriods).toBe(1);
    expect(s.firstSickDay).toBe(A.from);
  });
});

describe('sickness weeks: week n ends on D + 7n − 1', () => {
  const sick = { firstSickDay: '2024-01-01' };

  it('week 1, 104 (the wachttijd) and 260 (the maximum)', () => {
    expect(lastDayOfSicknessWeek(sick, 1)).toBe('2024-01-07');
    expect(lastDayOfSicknessWeek(sick, 104)).toBe(addDays('2024-01-01', 727));
    expect(lastDayOfSicknessWeek(sick, 104)).toBe('2025-12-28');
    expect(lastDayOfSicknessWeek(sick, 260)).toBe(addDays('2024-01-01', 7 * 260 - 1));
  });

  it.each([0, 261, 1.5, -1, Number.NaN, Infinity])('week %s is rejected, naming `week`', (week) => {
    let err: unknown;
    try {
      lastDayOfSicknessWeek(sick, week);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PoortwachterError);
    expect((err as PoortwachterError).issues[0]!.path).toEqual(['week']);
  });

  it('sicknessWeekOn: day 1 and day 7 are week 1, day 8 week 2; the last day of week 104 is week 104, the next day week 105', () => {
    expect(sicknessWeekOn(sick, '2024-01-01')).toBe(1);
    expect(sicknessWeekOn(sick, '2024-01-07')).toBe(1);
    expect(sicknessWeekOn(sick, '2024-01-08')).toBe(2);
    expect(sicknessWeekOn(sick, '2025-12-28')).toBe(104);
    expect(sicknessWeekOn(sick, '2025-12-29')).toBe(105);
  });

  it('sicknessWeekOn agrees with lastDayOfSicknessWeek at every week edge', () => {
    for (const w of [1, 2, 6, 42, 80, 81, 89, 93, 103, 104, 260]) {
      const last = lastDayOfSicknessWeek(sick, w);
      expect(sicknessWeekOn(sick, last)).toBe(w);
      expect(sicknessWeekOn(sick, addDays(last, 1))).toBe(w + 1);
    }
  });

  it('a date before day 1 (week 0) is an error, not week 0', () => {
    expect(() => sicknessWeekOn(sick, '2023-12-31')).toThrow(PoortwachterError);
  });

  it('a gap of recovered days does not count toward the weeks', () => {
    const periods = { sickPeriods: [{ from: '2024-01-01', to: '2024-01-03' }, { from: '2024-01-11' }] };
    // 3 sick days, then 7 recovered days (not counted): day 7 of sickness is 2024-01-14.
    expect(lastDayOfSicknessWeek(periods, 1)).toBe('2024-01-14');
    expect(sicknessWeekOn(periods, '2024-01-14')).toBe(1);
    expect(sicknessWeekOn(periods, '2024-01-15')).toBe(2);
  });
});
