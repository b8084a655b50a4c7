import { describe, expect, it } from 'vitest';
import { combineSickPeriods, lastDayOfSicknessWeek, sicknessWeekOn } from '../../src/index.js';

/**
 * Edges of the sickness clock (issue 14, mutation testing of src/sickness/sickClock.ts), against the
 * documented rules: week n is counted sick days 7(n−1)+1 … 7n (ZW 38 lid 1, WIA 23 lid 1); gaps of the
 * samentelling are not counted and a date in a gap belongs to the week of the next sick day
 * (BW 7:629 lid 10); WAZO leave days are not counted (WIA 23 lid 5 a).
 */

describe('a date in a gap belongs to the week of the next sick day (BW 7:629 lid 10)', () => {
  // Week 1 = 2024-01-01 … 2024-01-07 (7 sick days), recovered 01-08 … 01-10, sick again from 01-11 (day 8).
  const sick = { sickPeriods: [{ from: '2024-01-01', to: '2024-01-07' }, { from: '2024-01-11' }] };
  it('the last sick day before the gap is week 1; every day of the gap and the next sick day are week 2', () => {
    expect(sicknessWeekOn(sick, '2024-01-07')).toBe(1);
    for (const d of ['2024-01-08', '2024-01-09', '2024-01-10', '2024-01-11']) expect(sicknessWeekOn(sick, d)).toBe(2);
    // Day 14 of sickness is 2024-01-17 (7 + 7 days from 01-11): the last day of week 2.
    expect(lastDayOfSicknessWeek(sick, 2)).toBe('2024-01-17');
    expect(sicknessWeekOn(sick, '2024-01-17')).toBe(2);
    expect(sicknessWeekOn(sick, '2024-01-18')).toBe(3);
  });
  it('the seventh sick day may be the first day after the gap', () => {
    // Sick days 1–6 = 2024-01-01 … 01-06, recovered 01-07 … 01-09, day 7 = 01-10.
    const s = { sickPeriods: [{ from: '2024-01-01', to: '2024-01-06' }, { from: '2024-01-10' }] };
    expect(lastDayOfSicknessWeek(s, 1)).toBe('2024-01-10');
    expect(sicknessWeekOn(s, '2024-01-10')).toBe(1);
    expect(sicknessWeekOn(s, '2024-01-11')).toBe(2);
  });
  it('week 1 ends on its seventh sick day, which lies after the gap when fewer than 7 days came before it', () => {
    const s = { sickPeriods: [{ from: '2024-01-01', to: '2024-01-02' }, { from: '2024-01-05' }] };
    // 2 sick days, 2 recovered, then days 3..7 = 01-05 … 01-09.
    expect(lastDayOfSicknessWeek(s, 1)).toBe('2024-01-09');
    expect(sicknessWeekOn(s, '2024-01-05')).toBe(1);
    expect(sicknessWeekOn(s, '2024-01-10')).toBe(2);
  });
});

describe('after the last (closed) sick period the clock runs on as for continued sickness', () => {
  const closed = { sickPeriods: [{ from: '2024-01-01', to: '2024-01-03' }] };
  const open = { firstSickDay: '2024-01-01' };
  it('lastDayOfSicknessWeek and sicknessWeekOn agree with an open period after the end', () => {
    for (const w of [1, 2, 104]) expect(lastDayOfSicknessWeek(closed, w)).toBe(lastDayOfSicknessWeek(open, w));
    for (const d of ['2024-01-03', '2024-01-04', '2024-01-07', '2024-01-08', '2024-01-10', '2024-01-15']) {
      expect(sicknessWeekOn(closed, d)).toBe(sicknessWeekOn(open, d));
    }
    expect(sicknessWeekOn(closed, '2024-01-07')).toBe(1);
    expect(sicknessWeekOn(closed, '2024-01-08')).toBe(2);
  });
  it('the same after two periods joined over a gap: the gap is left out, the days after the end are counted', () => {
    const two = { sickPeriods: [{ from: '2024-01-01', to: '2024-01-03' }, { from: '2024-01-06', to: '2024-01-06' }] };
    // Sick days 1–3 = 01-01 … 01-03, day 4 = 01-06, days 5–7 = 01-07 … 01-09 (after the end).
    expect(lastDayOfSicknessWeek(two, 1)).toBe('2024-01-09');
    expect(sicknessWeekOn(two, '2024-01-09')).toBe(1);
    expect(sicknessWeekOn(two, '2024-01-10')).toBe(2);
  });
});

describe('WAZO leave at the edges of a sick period is not counted (WIA 23 lid 5 a)', () => {
  it('leave on the first day of the period: counting starts the day after the leave', () => {
    const s = combineSickPeriods([{ from: '2024-01-01', to: '2024-01-10' }], { wazoLeave: [{ from: '2024-01-01', to: '2024-01-02' }] });
    expect(s.countedSickDays).toBe(8);
  });
  it('a one-day leave on the first day of the period is not counted either', () => {
    const s = combineSickPeriods([{ from: '2024-01-01', to: '2024-01-10' }], { wazoLeave: [{ from: '2024-01-01', to: '2024-01-01' }] });
    expect(s.countedSickDays).toBe(9);
  });
  it('leave on the last day of the period, and leave running past its end', () => {
    const a = combineSickPeriods([{ from: '2024-01-01', to: '2024-01-10' }], { wazoLeave: [{ from: '2024-01-10', to: '2024-01-10' }] });
    expect(a.countedSickDays).toBe(9);
    const b = combineSickPeriods([{ from: '2024-01-01', to: '2024-01-10' }], { wazoLeave: [{ from: '2024-01-09', to: '2024-01-20' }] });
    expect(b.countedSickDays).toBe(8);
  });
  it('two leaves inside one period, with one sick day between them', () => {
    const s = combineSickPeriods([{ from: '2024-01-01', to: '2024-01-10' }], {
      wazoLeave: [{ from: '2024-01-03', to: '2024-01-04' }, { from: '2024-01-06', to: '2024-01-07' }],
    });
    expect(s.countedSickDays).toBe(6);
    expect(sicknessWeekOn({ sickPeriods: [{ from: '2024-01-01' }], wazoLeave: [{ from: '2024-01-03', to: '2024-01-04' }, { from: '2024-01-06', to: '2024-01-07' }] }, '2024-01-11')).toBe(1);
    expect(lastDayOfSicknessWeek({ sickPeriods: [{ from: '2024-01-01' }], wazoLeave: [{ from: '2024-01-03', to: '2024-01-04' }, { from: '2024-01-06', to: '2024-01-07' }] }, 1)).toBe('2024-01-11');
  });
});

describe('the cause exception across WAZO leave needs two given, different causes (BW 7:629 lid 10, "tenzij … niet … uit dezelfde oorzaak")', () => {
  const leave = { wazoLeave: [{ from: '2025-03-01', to: '2025-06-20' }] };
  it('a period without a cause joins a period with a cause across the leave, in either order', () => {
    for (const [a, b] of [[undefined, 'knie'], ['knie', undefined]] as const) {
      const r = combineSickPeriods([{ from: '2025-01-06', to: '2025-02-28', cause: a }, { from: '2025-06-21', to: '2025-07-31', cause: b }], leave);
      expect(r.firstSickDay).toBe('2025-01-06');
      expect(r.earlierWachttijden).toEqual([]);
    }
  });
  it('the same cause joins; two different given causes do not', () => {
    const same = combineSickPeriods([{ from: '2025-01-06', to: '2025-02-28', cause: 'rug' }, { from: '2025-06-21', to: '2025-07-31', cause: 'rug' }], leave);
    expect(same.firstSickDay).toBe('2025-01-06');
    const diff = combineSickPeriods([{ from: '2025-01-06', to: '2025-02-28', cause: 'rug' }, { from: '2025-06-21', to: '2025-07-31', cause: 'knie' }], leave);
    expect(diff.firstSickDay).toBe('2025-06-21');
  });
});
