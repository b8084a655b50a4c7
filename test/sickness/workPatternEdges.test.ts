import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { combineSickPeriods, computeTimeline, isPoortwachterError } from '../../src/index.js';
import { fromDayNumber } from '../../src/calendar/dayNumber.js';
import { dayNumberArb } from '../helpers/arbitraries.js';

const MON_FRI = [1, 2, 3, 4, 5] as const;

describe('work pattern and samentelling (WIA 23 lid 2; BW 7:629 lid 10)', () => {
  it('overlapping periods are rejected even when the work pattern would move one of them clear', () => {
    // 2024-01-06 is a Saturday: both periods contain it.
    const periods = [{ from: '2024-01-01', to: '2024-01-06' }, { from: '2024-01-06', to: '2024-01-10' }];
    expect(() => combineSickPeriods(periods, { workPattern: MON_FRI })).toThrow(/overlaps/);
    try { combineSickPeriods(periods, { workPattern: MON_FRI }); } catch (e) {
      expect(isPoortwachterError(e) && e.issues.map((i) => i.code)).toEqual(['overlap']);
    }
  });
  it('a period that continues the previous one without a break is not moved: Friday → Saturday stays one sickness', () => {
    const split = combineSickPeriods([{ from: '2024-01-01', to: '2024-01-05' }, { from: '2024-01-06', to: '2024-01-20' }], { workPattern: MON_FRI });
    const whole = combineSickPeriods([{ from: '2024-01-01', to: '2024-01-20' }], { workPattern: MON_FRI });
    expect(split.gaps).toEqual([]);
    expect(split.countedSickDays).toBe(whole.countedSickDays);
    expect(split.countedSickDays).toBe(20);
    expect(split.notices).toEqual([]);
  });
  it('a continuation of a period that had no working day is moved with it', () => {
    // Sat 6 Jan alone (dropped), then Sun 7 Jan onward: the sickness starts on Monday 8 Jan.
    const r = combineSickPeriods([{ from: '2024-01-06', to: '2024-01-06' }, { from: '2024-01-07', to: '2024-01-20' }], { workPattern: MON_FRI });
    expect(r.firstSickDay).toBe('2024-01-08');
    expect(r.countedSickDays).toBe(13);
  });
  test.prop([dayNumberArb, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 59 })])(
    'splitting one period into two adjacent ones changes nothing, whatever the work pattern',
    (start, len, cut) => {
      fc.pre(cut < len);
      const whole = [{ from: fromDayNumber(start), to: fromDayNumber(start + len - 1) }, { from: fromDayNumber(start + len + 3) }];
      const split = [{ from: fromDayNumber(start), to: fromDayNumber(start + cut - 1) }, { from: fromDayNumber(start + cut), to: fromDayNumber(start + len - 1) }, whole[1]!];
      const asOf = fromDayNumber(start + len + 10);
      const a = computeTimeline({ sickPeriods: whole, workPattern: MON_FRI, asOf });
      const b = computeTimeline({ sickPeriods: split, workPattern: MON_FRI, asOf });
      expect(b.firstSickDay).toBe(a.firstSickDay);
      expect(b.milestones.map((m) => m.due)).toEqual(a.milestones.map((m) => m.due));
      expect(b.samentelling.countedSickDays).toBe(a.samentelling.countedSickDays);
    },
  );
});
