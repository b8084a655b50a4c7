import { describe, expect, it } from 'vitest';
import { combineSickPeriods, lastDayOfSicknessWeek, PoortwachterError, sicknessWeekOn } from '../../src/index.js';
import { formatDate } from '../../src/sickness/formatDate.js';
import { text } from '../../src/sickness/messages.js';
import { MAX_SICK_PERIODS } from '../../src/sickness/validateSickInput.js';
import { countedBefore, leaveDayCounter, sickDayToDayNumber } from '../../src/sickness/sickClock.js';

/** The issues of the PoortwachterError `run` throws. */
function issuesOf(run: () => unknown): readonly { path: readonly (string | number)[]; code: string; message: string }[] {
  try {
    run();
  } catch (e) {
    if (e instanceof PoortwachterError) return e.issues;
    throw e;
  }
  throw new Error('no PoortwachterError thrown');
}

describe('WAZO leave and samentelling (BW 7:629 lid 10, WIA 23 lid 3 and 5)', () => {
  it('sickness before the leave, the leave covering its end, sickness after it: one wachttijd; leave days counted neither as sick nor as recovered', () => {
    const r = combineSickPeriods(
      [{ from: '2024-01-08', to: '2024-03-31' }, { from: '2024-07-01' }],
      { wazoLeave: [{ from: '2024-03-01', to: '2024-06-30' }], asOf: '2024-07-14' },
    );
    expect(r.firstSickDay).toBe('2024-01-08');
    // 2024-01-08 … 2024-02-29 (53 days) before the leave, 2024-07-01 … 07-14 (14) after it.
    expect(r.countedSickDays).toBe(53 + 14);
    // March lies in the leave, so the first period's counted days end on 2024-02-29: the gap (all leave,
    // no recovery) runs from the leave's first day to its last.
    expect(r.leaveDaysInsidePeriods).toBe(0);
    expect(r.gaps).toEqual([{ from: '2024-03-01', to: '2024-06-30', days: 122, leaveDays: 122, recoveredDays: 0 }]);
    expect(r.legalBasis.map((x) => x.id)).toEqual(['BW 7:629 lid 10', 'WIA art 23 lid 3', 'WIA art 23 lid 5']);
    expect(r.trace[0]!.refs).toEqual(['BW_629_10', 'WIA_23_3', 'WIA_23_5']);
  });

  it('a period that starts during the leave counts from the day after the leave', () => {
    const r = combineSickPeriods([{ from: '2024-05-01', to: '2024-08-31' }], { wazoLeave: [{ from: '2024-03-01', to: '2024-06-30' }] });
    expect(r.firstSickDay).toBe('2024-07-01');
    expect(r.countedSickDays).toBe(62);
  });

  it('a period wholly inside the leave does not count; the next period is the wachttijd', () => {
    const r = combineSickPeriods(
      [{ from: '2024-04-01', to: '2024-04-30' }, { from: '2024-09-02', to: '2024-09-13' }],
      { wazoLeave: [{ from: '2024-03-01', to: '2024-06-30' }] },
    );
    expect(r.firstSickDay).toBe('2024-09-02');
    expect(r.countedSickDays).toBe(12);
    expect(r.earlierWachttijden).toEqual([]);
  });

  it('every sick day inside the leave: no wachttijd (an input issue)', () => {
    const issues = issuesOf(() => combineSickPeriods([{ from: '2024-04-01', to: '2024-04-30' }], { wazoLeave: [{ from: '2024-03-01', to: '2024-06-30' }] }));
    expect(issues).toEqual([{ path: ['periods'], code: 'invalid_value', message: 'every sick day falls within WAZO leave; there is no wachttijd' }]);
  });

  it('leave that ends before it starts, and overlapping leave, are input issues', () => {
    expect(issuesOf(() => combineSickPeriods([{ from: '2024-01-01' }], { wazoLeave: [{ from: '2024-03-10', to: '2024-03-01' }] })))
      .toEqual([{ path: ['options', 'wazoLeave', 0, 'to'], code: 'end_before_start', message: 'ends before it starts (2024-03-01 < 2024-03-10)' }]);
    expect(issuesOf(() => combineSickPeriods([{ from: '2024-01-01' }], { wazoLeave: [{ from: '2024-03-01', to: '2024-04-30' }, { from: '2024-04-15', to: '2024-06-30' }] })))
      .toEqual([{ path: ['options', 'wazoLeave', 1], code: 'overlap', message: 'overlaps leave period [0]' }]);
  });
});

describe('limits and the work pattern (WIA 23 lid 2)', () => {
  it(`more than ${MAX_SICK_PERIODS} periods, or leave periods, are rejected before any check`, () => {
    const many = Array.from({ length: MAX_SICK_PERIODS + 1 }, () => ({ from: '2024-01-01', to: '2024-01-01' }));
    expect(issuesOf(() => combineSickPeriods(many))).toEqual([{ path: ['periods'], code: 'invalid_value', message: `at most ${MAX_SICK_PERIODS} periods, got ${MAX_SICK_PERIODS + 1}` }]);
    expect(issuesOf(() => combineSickPeriods([{ from: '2024-01-01' }], { wazoLeave: many })))
      .toEqual([{ path: ['options', 'wazoLeave'], code: 'invalid_value', message: `at most ${MAX_SICK_PERIODS} periods, got ${MAX_SICK_PERIODS + 1}` }]);
  });

  it('a weekend-only period with a Monday–Friday pattern is dropped; with nothing left it is an input issue', () => {
    const kept = combineSickPeriods([{ from: '2024-06-01', to: '2024-06-02' }, { from: '2024-06-10', to: '2024-06-14' }], { workPattern: [1, 2, 3, 4, 5] });
    expect(kept.firstSickDay).toBe('2024-06-10');
    expect(kept.notices.map((n) => n.en)).toEqual(['Period 2024-06-01–2024-06-02 has no working day in the work pattern and does not count as sickness (WIA 23 lid 2).']);
    expect(issuesOf(() => combineSickPeriods([{ from: '2024-06-01', to: '2024-06-02' }], { workPattern: [1, 2, 3, 4, 5] })))
      .toEqual([{ path: ['periods'], code: 'invalid_value', message: 'no period contains a working day of the work pattern' }]);
  });

  it('a next working day after 2999-12-31 is out of scope', () => {
    // 2999-12-31 is a Tuesday; with Mondays only the next working day is in the year 3000.
    expect(issuesOf(() => combineSickPeriods([{ from: '2999-12-31' }], { workPattern: [1] }))).toEqual([
      { path: ['periods', 0, 'from'], code: 'out_of_scope', message: 'the next working day of the work pattern would fall after 2999-12-31, outside the supported years 1900–2999' },
    ]);
  });

  it('a work pattern that is neither a list nor an object is rejected by the schema', () => {
    expect(issuesOf(() => combineSickPeriods([{ from: '2024-01-01' }], { workPattern: 'monday' as never }))[0]).toMatchObject({ path: ['options', 'workPattern'], code: 'invalid_type' });
  });
});

describe('sickness weeks (ZW 38 lid 1: weeks counted from day 1, gaps not counted)', () => {
  const periods = [{ from: '2024-01-01', to: '2024-01-10' }, { from: '2024-01-21' }]; // a gap of 10 days

  it('sicknessWeekOn: day 1 … 7 is week 1; a day in a gap belongs to the week of the next sick day', () => {
    expect(sicknessWeekOn({ firstSickDay: '2024-01-01' }, '2024-01-07')).toBe(1);
    expect(sicknessWeekOn({ firstSickDay: '2024-01-01' }, '2024-01-08')).toBe(2);
    expect(sicknessWeekOn({ sickPeriods: periods }, '2024-01-15')).toBe(2); // 10 counted days before it
    expect(sicknessWeekOn({ sickPeriods: periods }, '2024-01-25')).toBe(3); // 14 counted days before it
  });

  it('lastDayOfSicknessWeek: D + 7n − 1, later by the gap', () => {
    expect(lastDayOfSicknessWeek({ firstSickDay: '2024-01-01' }, 6)).toBe('2024-02-11');
    expect(lastDayOfSicknessWeek({ sickPeriods: periods }, 6)).toBe('2024-02-21');
  });

  it('rejects a date before day 1, both or neither of day 1 and periods, a week outside 1–260, a day after 2999', () => {
    expect(issuesOf(() => sicknessWeekOn({ firstSickDay: '2024-01-10' }, '2024-01-09'))).toEqual([{ path: ['date'], code: 'inconsistent', message: 'lies before day 1' }]);
    expect(issuesOf(() => sicknessWeekOn({ firstSickDay: '2024-01-01', sickPeriods: periods } as never, '2024-02-01'))[0]).toMatchObject({ path: ['sickness'], code: 'invalid_value' });
    expect(issuesOf(() => sicknessWeekOn({} as never, '2024-02-01'))[0]).toMatchObject({ path: ['sickness'], code: 'invalid_value' });
    expect(issuesOf(() => sicknessWeekOn({ sickPeriods: [{ from: '2024-01-10', to: '2024-01-01' }] }, '2024-02-01'))[0])
      .toMatchObject({ path: ['sickness', 'sickPeriods', 0, 'to'], code: 'end_before_start' });
    for (const week of [0, 261, 1.5]) {
      expect(issuesOf(() => lastDayOfSicknessWeek({ firstSickDay: '2024-01-01' }, week))[0]).toMatchObject({ path: ['week'], code: 'invalid_value' });
    }
    expect(issuesOf(() => lastDayOfSicknessWeek({ firstSickDay: '2999-01-01' }, 260))[0]).toMatchObject({ path: ['week'], code: 'out_of_scope' });
  });
});

describe('small helpers', () => {
  it('the sick clock without spans, and an empty leave query', () => {
    expect(sickDayToDayNumber([], 5)).toBe(6);
    expect(countedBefore([], 10)).toBe(0);
    expect(leaveDayCounter([{ start: 1, end: 20 }])(10, 5)).toBe(0);
  });
  it('two leave periods, each inside a sick period: only their days are left out', () => {
    const r = combineSickPeriods([{ from: '2024-01-01', to: '2024-12-31' }], {
      wazoLeave: [{ from: '2024-03-01', to: '2024-03-10' }, { from: '2024-06-01', to: '2024-06-05' }], asOf: '2024-12-31',
    });
    expect(r.countedSickDays).toBe(366 - 15);
    expect(r.leaveDaysInsidePeriods).toBe(15);
  });
  it('formatDate writes an open end as "open"', () => {
    expect(formatDate(Infinity)).toBe('open');
    expect(formatDate(0)).toBe('1970-01-01');
  });
  it('a placeholder without a value stays as it is (as fillTemplate leaves it)', () => {
    expect(text('isNotAWorkingDayIn').en).toBe('{day} is not a working day in the work pattern: the next working day is day 1');
  });
});
