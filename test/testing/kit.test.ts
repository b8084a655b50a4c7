import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { checkPassendWerk, checkSpoor2Readiness, computeTimeline, renderTimelineSvg, toICalendar } from '../../src/index.js';
import {
  aCase, aPassendWerkCase, aSpoor2Case, DEFAULT_FIRST_SICK_DAY, isoDateArb, passendWerkInputArb, sickPeriodsArb,
  sickPeriodsWithLeaveArb, spoor2InputArb, timelineEventsArb, timelineInputArb,
} from '../../src/testing/index.js';

describe('poortwachter/testing — arbitraries produce inputs every function accepts', () => {
  test.prop([timelineInputArb()], { numRuns: 60 })('timelineInputArb → computeTimeline, toICalendar and renderTimelineSvg accept it', (input) => {
    const t = computeTimeline(input);
    expect(t.milestones.length).toBeGreaterThan(0);
    expect(t.asOf).toBe(input.asOf);
    toICalendar(t);
    renderTimelineSvg(t);
   }, 30_000);

  test.prop([sickPeriodsArb()], { numRuns: 40 })('sickPeriodsArb: the last period is open; computeTimeline accepts it', (sickPeriods) => {
    expect(sickPeriods.at(-1)!.to).toBeUndefined();
    expect(computeTimeline({ sickPeriods }).firstSickDay <= sickPeriods.at(-1)!.from).toBe(true);
  });

  test.prop([sickPeriodsWithLeaveArb()], { numRuns: 40 })('sickPeriodsWithLeaveArb: computeTimeline accepts periods with WAZO leave', (x) => {
    expect(() => computeTimeline(x)).not.toThrow();
  });

  test.prop([isoDateArb({ min: '2010-01-01', max: '2030-12-31' }), fc.integer({ min: 0, max: 800 })], { numRuns: 40 })(
    'timelineEventsArb: events in legal order, between day 1 and asOf, accepted by computeTimeline',
    (day1, n) => {
      const asOf = new Date(Date.parse(`${day1}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
      fc.assert(fc.property(timelineEventsArb(day1, asOf), (events) => {
        const dates = ['probleemanalyse', 'plan-van-aanpak', 'ziekmelding-uwv', 'eerstejaarsevaluatie', 'spoor-2-start', 'wia-brief-uwv', 're-integratieverslag', 'wia-aanvraag']
          .map((k) => (events as Record<string, string | undefined>)[k]).filter((d): d is string => d !== undefined);
        expect([...dates].sort()).toEqual(dates);
        for (const d of dates) expect(d >= day1 && d <= asOf).toBe(true);
        computeTimeline({ firstSickDay: day1, asOf, events });
      }), { numRuns: 5 });
    },
  );

  test.prop([passendWerkInputArb()], { numRuns: 60 })('passendWerkInputArb → checkPassendWerk accepts it', (input) => {
    expect(checkPassendWerk(input).criteria.length).toBeGreaterThan(0);
  });

  test.prop([spoor2InputArb()], { numRuns: 60 })('spoor2InputArb → checkSpoor2Readiness accepts it', (input) => {
    expect(typeof checkSpoor2Readiness(input).status).toBe('string');
  });
});

describe('poortwachter/testing — builders', () => {
  it('aCase builds the documented input', () => {
    expect(aCase().sickFrom('2024-01-01').withEvent('probleemanalyse', '2024-02-01').asOf('2024-06-01').build())
      .toEqual({ firstSickDay: '2024-01-01', asOf: '2024-06-01', events: { probleemanalyse: '2024-02-01' } });
    expect(aCase().build()).toEqual({ firstSickDay: DEFAULT_FIRST_SICK_DAY });
  });

  it('aCase: periods, leave, evaluations and other events; immutable', () => {
    const base = aCase().sickPeriod('2024-01-01', '2024-01-20').sickPeriod('2024-02-01');
    const withLeave = base.wazoLeave('2024-01-21', '2024-01-31').withEvent('plan-van-aanpak', '2024-02-20').withEvent('evaluatie', '2024-03-20').asOf('2024-04-01');
    expect(base.build()).toEqual({ sickPeriods: [{ from: '2024-01-01', to: '2024-01-20' }, { from: '2024-02-01' }] });
    const input = withLeave.build();
    expect(input).toEqual({
      sickPeriods: [{ from: '2024-01-01', to: '2024-01-20' }, { from: '2024-02-01' }],
      wazoLeave: [{ from: '2024-01-21', to: '2024-01-31' }],
      asOf: '2024-04-01',
      events: { 'plan-van-aanpak': '2024-02-20', evaluaties: ['2024-03-20'] },
    });
    const t = computeTimeline(input);
    expect(t.firstSickDay).toBe('2024-01-01');
    expect(t.evaluations[0]!.done).toBe('2024-03-20');
    const sanction = aCase().sickFrom('2024-01-01').asOf('2026-01-15').withEventValue('loonsanctie', '2025-12-01').build();
    expect(computeTimeline(sanction).milestones.some((m) => m.id === 'einde-loonsanctie')).toBe(true);
  });

  it('aPassendWerkCase: the default offer is passend on every criterion; overrides change one fact', () => {
    const input = aPassendWerkCase().build();
    expect(input.firstSickDay).toBe(DEFAULT_FIRST_SICK_DAY);
    expect(input.offerDate).toBe('2025-02-05');
    const r = checkPassendWerk(input);
    expect(r.criteria.every((c) => c.status === 'met')).toBe(true);
    expect(r.verdictReason).toBe('alle-knock-outs-voldaan');
    const far = aPassendWerkCase().offer({ travelMinutesPerDay: 200 }).build();
    expect(far.offer?.travelMinutesPerDay).toBe(200);
    expect(far.offer?.hoursPerWeek).toBe(24);
    expect(checkPassendWerk(far).criteria.some((c) => c.status === 'not-met')).toBe(true);
  });

  it('aSpoor2Case: day 1 + 365 as asOf by default, facts merged in', () => {
    expect(aSpoor2Case().build()).toEqual({ firstSickDay: DEFAULT_FIRST_SICK_DAY, asOf: '2026-01-06' });
    const input = aSpoor2Case().sickFrom('2024-01-01').eerstejaarsevaluatie('2024-12-15')
      .bedrijfsarts({ date: '2024-12-01', ownWorkPossible: 'no', prognosis: 'no-improvement' }).with({ companySize: 40 }).build();
    expect(input).toEqual({
      firstSickDay: '2024-01-01', asOf: '2024-12-31', eerstejaarsevaluatie: { held: true, date: '2024-12-15' },
      bedrijfsarts: { date: '2024-12-01', ownWorkPossible: 'no', prognosis: 'no-improvement' }, companySize: 40,
    });
    expect(typeof checkSpoor2Readiness(input).status).toBe('string');
  });
});
