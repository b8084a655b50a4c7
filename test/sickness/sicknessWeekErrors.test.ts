import { describe, expect, it } from 'vitest';
import { lastDayOfSicknessWeek, PoortwachterError, sicknessWeekOn } from '../../src/index.js';

/**
 * The errors of sicknessWeekOn and lastDayOfSicknessWeek name the function and the path of the bad
 * value (issue 14: every export is total; surviving string-literal mutants of the mutation run of
 * 2026-12-01 in sicknessWeekOn.ts and lastDayOfSicknessWeek.ts).
 */
const caught = (f: () => unknown): PoortwachterError => {
  try {
    f();
  } catch (e) {
    if (e instanceof PoortwachterError) return e;
    throw e;
  }
  throw new Error('no error');
};

describe('errors name the function and the path', () => {
  it('both or neither of firstSickDay and sickPeriods: path sickness', () => {
    const e = caught(() => sicknessWeekOn({ firstSickDay: '2024-01-01', sickPeriods: [{ from: '2024-01-01' }] } as never, '2024-01-02'));
    expect(e.functionName).toBe('sicknessWeekOn');
    expect(e.issues[0]).toMatchObject({ path: ['sickness'], code: 'invalid_value' });
    expect(e.issues[0]!.message).toContain('firstSickDay');
    const l = caught(() => lastDayOfSicknessWeek({} as never, 1));
    expect(l.functionName).toBe('lastDayOfSicknessWeek');
    expect(l.issues[0]!.path).toEqual(['sickness']);
  });
  it('a value of the wrong type: the path starts at sickness', () => {
    const e = caught(() => sicknessWeekOn({ firstSickDay: 42 } as never, '2024-01-02'));
    expect(e.functionName).toBe('sicknessWeekOn');
    expect(e.issues[0]!.path[0]).toBe('sickness');
  });
  it('a bad period: path sickness.sickPeriods.<i>; bad leave: sickness.wazoLeave.<i>', () => {
    const e = caught(() => sicknessWeekOn({ sickPeriods: [{ from: '2024-01-10', to: '2024-01-01' }] }, '2024-01-12'));
    expect(e.functionName).toBe('sicknessWeekOn');
    expect(e.issues[0]!.path.slice(0, 2)).toEqual(['sickness', 'sickPeriods']);
    const w = caught(() => sicknessWeekOn({ firstSickDay: '2024-01-01', wazoLeave: [{ from: '2024-01-10', to: '2024-01-01' }] }, '2024-01-12'));
    expect(w.issues[0]!.path.slice(0, 2)).toEqual(['sickness', 'wazoLeave']);
  });
  it('a bad date: path date; a date before day 1: path date, inconsistent', () => {
    const e = caught(() => sicknessWeekOn({ firstSickDay: '2024-01-01' }, '2024-02-30'));
    expect(e.functionName).toBe('sicknessWeekOn');
    expect(e.issues[0]!.path).toEqual(['date']);
    const b = caught(() => sicknessWeekOn({ firstSickDay: '2024-01-01' }, '2023-12-31'));
    expect(b.issues[0]).toMatchObject({ path: ['date'], code: 'inconsistent' });
    expect(b.issues[0]!.message).toContain('before day 1');
    expect(b.functionName).toBe('sicknessWeekOn');
  });
  it('a bad week: path week, with the allowed range and the value in the message', () => {
    const e = caught(() => lastDayOfSicknessWeek({ firstSickDay: '2024-01-01' }, 261));
    expect(e.functionName).toBe('lastDayOfSicknessWeek');
    expect(e.issues[0]).toMatchObject({ path: ['week'], code: 'invalid_value' });
    expect(e.issues[0]!.message).toContain('1 to 260');
    expect(e.issues[0]!.message).toContain('261');
  });
  it('a last day past the supported range: path week, naming the week', () => {
    const e = caught(() => lastDayOfSicknessWeek({ firstSickDay: '2999-06-01' }, 260));
    expect(e.functionName).toBe('lastDayOfSicknessWeek');
    expect(e.issues[0]!.path).toEqual(['week']);
    expect(e.issues[0]!.message).toContain('week 260');
  });
});
