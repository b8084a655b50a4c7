import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { combineSickPeriods, computeTimeline, sicknessWeekOn } from '../../src/index.js';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { dayNumberArb } from '../helpers/arbitraries.js';

describe('counted sick days and week on asOf', () => {
  it('after recovery, countedSickDaysAsOf is the real count, not the projection (BW 7:629 lid 10)', () => {
    const t = computeTimeline({ sickPeriods: [{ from: '2024-01-01', to: '2024-01-10' }], asOf: '2024-02-20' });
    expect(t.countedSickDaysAsOf).toBe(10);
    expect(t.countedSickDaysAsOf).toBe(t.samentelling.countedSickDays);
  });
  it('a report on a non-working day moved day 1 past asOf: 0 days, week 0 (not yet sick)', () => {
    const t = computeTimeline({ sickPeriods: [{ from: '2024-01-06' }], workPattern: [1, 2, 3, 4, 5], asOf: '2024-01-07' });
    expect(t.firstSickDay).toBe('2024-01-08');
    expect(t.countedSickDaysAsOf).toBe(0);
    expect(t.weekAsOf).toBe(0);
  });
  test.prop([dayNumberArb, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 27 }), fc.integer({ min: 0, max: 200 })])(
    'weekAsOf agrees with sicknessWeekOn and countedSickDaysAsOf with combineSickPeriods, in and after gaps',
    (start, len, gap, after) => {
      // The second period is closed after 20 days, so asOf often lies after the recovery (projection territory).
      const second = start + len + gap;
      const periods = [{ from: fromDayNumber(start), to: fromDayNumber(start + len - 1) }, { from: fromDayNumber(second), to: fromDayNumber(second + 19) }];
      const asOf = fromDayNumber(start + len + gap + after);
      const t = computeTimeline({ sickPeriods: periods, asOf });
      expect(t.weekAsOf).toBe(sicknessWeekOn({ sickPeriods: periods }, asOf));
      expect(t.countedSickDaysAsOf).toBe(combineSickPeriods(periods, { asOf }).countedSickDays);
    },
  );
});

describe('evaluations (practice norm: at least every six weeks)', () => {
  it('a date given twice (or also as the eerstejaarsevaluatie) is one evaluation', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01', asOf: '2024-09-01', events: { evaluaties: ['2024-05-01', '2024-03-20', '2024-05-01'] } });
    const done = t.evaluations.filter((e) => e.done !== null).map((e) => e.done);
    expect(done).toEqual(['2024-03-20', '2024-05-01']);
    const t2 = computeTimeline({ firstSickDay: '2024-01-01', asOf: '2025-03-01', events: { eerstejaarsevaluatie: '2024-12-01', evaluaties: ['2024-12-01'] } });
    expect(t2.evaluations.filter((e) => e.done === '2024-12-01')).toHaveLength(1);
  });
  it('every evaluation held is in the series, also more than forty', () => {
    const held = Array.from({ length: 60 }, (_, i) => fromDayNumber(toDayNumber('2024-02-20') + 10 * i));
    const t = computeTimeline({ firstSickDay: '2024-01-01', asOf: '2025-12-01', events: { 'plan-van-aanpak': '2024-02-10', evaluaties: held } });
    expect(t.evaluations.filter((e) => e.done !== null)).toHaveLength(60);
    const dues = t.evaluations.map((e) => e.due);
    expect(dues).toEqual([...dues].sort());
  });
});

it('an evaluation before the plan van aanpak it evaluates is inconsistent input', () => {
  expect(() => computeTimeline({ firstSickDay: '2024-01-01', events: { 'plan-van-aanpak': '2024-02-10', evaluaties: ['2024-02-01'] } }))
    .toThrow(/events\.evaluaties\[0\].*plan van aanpak/);
});

describe('AOW age (BW 7:629 lid 2 b; WIA 43 g)', () => {
  it('the six weeks after the AOW date are weeks of sickness: a samentelling gap is not counted', () => {
    // Sick 1–10 Jan, recovered 11–19 Jan, sick again from 20 Jan; AOW on 15 Jan (in the gap).
    const t = computeTimeline({ sickPeriods: [{ from: '2024-01-01', to: '2024-01-10' }, { from: '2024-01-20' }], aowDate: '2024-01-15' });
    // 42 counted sick days from 20 Jan: 20 Jan + 41 = 1 Mar.
    expect(t.aow?.wageLastDay).toBe('2024-03-01');
    expect(t.milestones.find((m) => m.id === 'einde-loondoorbetaling')?.due).toBe('2024-03-01');
  });
  it('AOW before day 1 with a gap: wage ends with counted sick day 42, like the probleemanalyse', () => {
    const t = computeTimeline({ sickPeriods: [{ from: '2024-01-01', to: '2024-01-10' }, { from: '2024-01-20' }], aowDate: '2023-06-01' });
    expect(t.aow?.wageLastDay).toBe(t.milestones.find((m) => m.id === 'probleemanalyse')?.due);
  });
  it('AOW on the day after the 104 weeks: wage to the end of the wachttijd, and the explanation does not run backwards', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01', aowDate: '2025-12-29' });
    expect(t.aow?.wageLastDay).toBe('2025-12-28');
    expect(t.aow?.explanation.en).not.toMatch(/from 2025-12-29/);
    expect(t.aow?.explanation.nl).not.toMatch(/vanaf 2025-12-29/);
    expect(t.aow?.explanation.en).toMatch(/2025-12-28/);
  });
});

it('AOW on the day after the 104 weeks: the einde-loondoorbetaling trace counts from day 1, forward', () => {
  const m = computeTimeline({ firstSickDay: '2024-01-01', aowDate: '2025-12-29' }).milestones.find((x) => x.id === 'einde-loondoorbetaling')!;
  expect(m.due).toBe('2025-12-28');
  expect(m.explanation.offsetDays).toBe(727);
  expect(m.explanation.text.en).toMatch(/2024-01-01 \(eerste-ziektedag\) \+ 727 days = 2025-12-28/);
});
