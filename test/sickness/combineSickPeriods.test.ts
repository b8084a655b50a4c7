import { describe, expect, it } from 'vitest';
import { combineSickPeriods, PoortwachterError } from '../../src/index.js';

describe('combineSickPeriods — samentelling (BW 7:629 lid 10, WIA 23 lid 3)', () => {
  it('a gap of 27 recovered days joins; the gap is not counted', () => {
    const r = combineSickPeriods([{ from: '2025-01-06', to: '2025-01-10' }, { from: '2025-02-07', to: '2025-02-20' }]);
    expect(r.firstSickDay).toBe('2025-01-06');
    expect(r.gaps).toEqual([{ from: '2025-01-11', to: '2025-02-06', days: 27, leaveDays: 0, recoveredDays: 27 }]);
    expect(r.countedSickDays).toBe(5 + 14);
    expect(r.earlierWachttijden).toEqual([]);
  });
  it('a gap of 28 days starts a new wachttijd', () => {
    const r = combineSickPeriods([{ from: '2025-01-06', to: '2025-01-10' }, { from: '2025-02-08', to: '2025-02-20' }]);
    expect(r.firstSickDay).toBe('2025-02-08');
    expect(r.earlierWachttijden).toEqual([
      { firstSickDay: '2025-01-06', lastSickDay: '2025-01-10', countedSickDays: 5, endedBy: 'gap-of-four-weeks-or-more', recoveredDaysAfter: 28 },
    ]);
    expect(r.countedSickDays).toBe(13);
  });
  it('chains of any length join, in any order (A→B→C with every gap < 28)', () => {
    const r = combineSickPeriods([
      { from: '2025-03-01', to: '2025-03-05' },
      { from: '2025-01-01', to: '2025-01-10' },
      { from: '2025-02-01', to: '2025-02-10' },
      { from: '2025-03-25' },
    ], { asOf: '2025-03-31' });
    expect(r.firstSickDay).toBe('2025-01-01');
    expect(r.gaps.map((g) => g.days)).toEqual([21, 18, 19]);
    expect(r.open).toBe(true);
    expect(r.countedSickDays).toBe(10 + 10 + 5 + 7);
    expect(r.countedThrough).toBe('2025-03-31');
  });
  it('the open period counts 0 days without asOf', () => {
    const r = combineSickPeriods([{ from: '2025-01-01' }]);
    expect(r.countedSickDays).toBe(0);
    expect(r.lastSickDay).toBeNull();
  });
  it('WAZO leave: periods right before and after the leave join; leave days are not counted', () => {
    const r = combineSickPeriods(
      [{ from: '2025-01-06', to: '2025-02-28', cause: 'zwangerschap' }, { from: '2025-06-21', to: '2025-07-31', cause: 'zwangerschap' }],
      { wazoLeave: [{ from: '2025-03-01', to: '2025-06-20' }] },
    );
    expect(r.firstSickDay).toBe('2025-01-06');
    expect(r.gaps[0]).toMatchObject({ days: 112, leaveDays: 112, recoveredDays: 0 });
    expect(r.countedSickDays).toBe(54 + 41);
  });
  it('WAZO leave with a different cause does not join (lid 10 "tenzij … dezelfde oorzaak")', () => {
    const r = combineSickPeriods(
      [{ from: '2025-01-06', to: '2025-02-28', cause: 'zwangerschap' }, { from: '2025-06-21', cause: 'knie' }],
      { wazoLeave: [{ from: '2025-03-01', to: '2025-06-20' }] },
    );
    expect(r.firstSickDay).toBe('2025-06-21');
    expect(r.earlierWachttijden[0]?.endedBy).toBe('different-cause');
  });
  it('a different cause does not break a gap < 4 weeks by default; it does with causeExceptionScope "all"', () => {
    const periods = [{ from: '2025-01-06', to: '2025-01-10', cause: 'griep' }, { from: '2025-01-20', cause: 'rug' }];
    expect(combineSickPeriods(periods).firstSickDay).toBe('2025-01-06');
    expect(combineSickPeriods(periods, { causeExceptionScope: 'all' }).firstSickDay).toBe('2025-01-20');
  });
  it('sickness inside WAZO leave is not counted', () => {
    const r = combineSickPeriods([{ from: '2025-01-06', to: '2025-12-31' }], { wazoLeave: [{ from: '2025-03-01', to: '2025-06-20' }] });
    expect(r.leaveDaysInsidePeriods).toBe(112);
    expect(r.countedSickDays).toBe(365 - 5 - 112);
  });
  it('work pattern: a period that starts on a Saturday starts on Monday (WIA 23 lid 2)', () => {
    const r = combineSickPeriods([{ from: '2025-03-15' }], { workPattern: [1, 2, 3, 4, 5] });
    expect(r.firstSickDay).toBe('2025-03-17');
    expect(r.notices.length).toBe(1);
  });
  it('work pattern: a weekend-only period is no sick period', () => {
    const r = combineSickPeriods([{ from: '2025-03-15', to: '2025-03-16' }, { from: '2025-03-20' }], { workPattern: [1, 2, 3, 4, 5] });
    expect(r.firstSickDay).toBe('2025-03-20');
  });
});

describe('combineSickPeriods — invalid input', () => {
  const issuesOf = (f: () => unknown) => {
    try { f(); } catch (e) { expect(e).toBeInstanceOf(PoortwachterError); return (e as PoortwachterError).issues; }
    throw new Error('did not throw');
  };
  it('to before from', () => {
    expect(issuesOf(() => combineSickPeriods([{ from: '2025-03-10', to: '2025-03-01' }]))).toEqual([
      { path: ['periods', 0, 'to'], code: 'end_before_start', message: 'ends before it starts (2025-03-01 < 2025-03-10)' },
    ]);
  });
  it('impossible date, named with its path', () => {
    const issues = issuesOf(() => combineSickPeriods([{ from: '2023-02-29' }]));
    expect(issues[0]).toMatchObject({ path: ['periods', 0, 'from'], code: 'invalid_date' });
  });
  it('overlap', () => {
    const issues = issuesOf(() => combineSickPeriods([{ from: '2025-01-01', to: '2025-01-10' }, { from: '2025-01-10', to: '2025-01-12' }]));
    expect(issues[0]).toMatchObject({ path: ['periods', 1], code: 'overlap' });
  });
  it('two open periods; an open period that is not the latest', () => {
    expect(issuesOf(() => combineSickPeriods([{ from: '2025-01-01' }, { from: '2025-02-01' }])).some((i) => i.code === 'open_period')).toBe(true);
    expect(issuesOf(() => combineSickPeriods([{ from: '2025-01-01' }, { from: '2025-02-01', to: '2025-02-03' }]))[0]).toMatchObject({ code: 'open_period', path: ['periods', 0, 'to'] });
  });
  it('unknown fields and options are rejected, not ignored', () => {
    expect(issuesOf(() => combineSickPeriods([{ from: '2025-01-01', till: '2025-01-02' } as never]))[0]).toMatchObject({ code: 'unrecognized_key', path: ['periods', 0, 'till'] });
    expect(issuesOf(() => combineSickPeriods([{ from: '2025-01-01' }], { asof: '2025-01-02' } as never))[0]).toMatchObject({ code: 'unrecognized_key', path: ['options', 'asof'] });
  });
  it('a period starting after asOf', () => {
    expect(issuesOf(() => combineSickPeriods([{ from: '2025-05-01' }], { asOf: '2025-04-01' }))[0]).toMatchObject({ code: 'inconsistent' });
  });
  it('no periods; Date objects', () => {
    expect(issuesOf(() => combineSickPeriods([]))[0]).toMatchObject({ code: 'missing' });
    expect(issuesOf(() => combineSickPeriods([{ from: new Date() as never }]))[0]).toMatchObject({ code: 'invalid_type', path: ['periods', 0, 'from'] });
  });
  it('the message names function, field and problem', () => {
    expect(() => combineSickPeriods([{ from: '2025-03-10', to: '2025-03-01' }])).toThrow('combineSickPeriods: invalid input — periods[0].to: ends before it starts');
  });
});
