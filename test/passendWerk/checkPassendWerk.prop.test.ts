import { UTCDate } from '@date-fns/utc';
import { fc, test } from '@fast-check/vitest';
import { addMonths, format } from 'date-fns';
import { describe, expect } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import {
  checkPassendWerk,
  type EducationLevel, type EmployeeFacts, type OfferedWork, type PassendWerkResult, type PassendWerkVerdict, type Shift,
} from '../../src/passendWerk/index.js';

/** First sick days from 2016 (offers must be on or after 2015-07-01) to 2080. */
const firstDayArb = fc.integer({ min: toDayNumber('2016-01-01'), max: toDayNumber('2080-12-31') });

/** A chain of closed sick periods (gaps under four weeks) followed by an open one. */
const chainArb = fc.record({
  start: firstDayArb,
  parts: fc.array(fc.record({ len: fc.integer({ min: 1, max: 90 }), gap: fc.integer({ min: 1, max: 27 }) }), { maxLength: 4 }),
});

function periodsOf(chain: { start: number; parts: { len: number; gap: number }[] }) {
  const periods: { from: string; to?: string }[] = [];
  let cursor = chain.start;
  for (const p of chain.parts) {
    periods.push({ from: fromDayNumber(cursor), to: fromDayNumber(cursor + p.len - 1) });
    cursor += p.len + p.gap;
  }
  periods.push({ from: fromDayNumber(cursor) });
  const gapDays = chain.parts.reduce((n, p) => n + p.gap, 0);
  return { periods, lastStart: cursor, gapDays };
}

/** Oracle: counted sick days strictly before `d`, by walking the days one by one. */
function bruteCounted(periods: { from: string; to?: string }[], d: number): number {
  let n = 0;
  for (const p of periods) {
    const a = toDayNumber(p.from);
    const b = p.to === undefined ? Infinity : toDayNumber(p.to);
    for (let x = a; x < d && x <= b; x++) n++;
  }
  return n;
}

const levels: EducationLevel[] = ['hoger-onderwijs', 'mbo-havo-vwo', 'vmbo-mavo', 'lager-of-geen'];
const shifts: Shift[] = ['dag', 'avond', 'nacht', 'ploegen', 'onregelmatig'];
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const daysArb = fc.uniqueArray(fc.constantFrom(1, 2, 3, 4, 5, 6, 7) as fc.Arbitrary<1 | 2 | 3 | 4 | 5 | 6 | 7>, { minLength: 1, maxLength: 7 });

/** Facts, each present or not. Hours stay within the capacity when the bedrijfsarts says the work fits (consistent facts). */
const factsArb = fc.record({
  offer: fc.record({
    withinFunctionalCapacity: opt(fc.boolean()),
    hoursPerWeek: opt(fc.integer({ min: 0, max: 40 })),
    educationLevel: opt(fc.constantFrom(...levels)),
    matchesWorkExperience: opt(fc.boolean()),
    wage: opt(fc.integer({ min: 0, max: 6000 })),
    travelMinutesPerDay: opt(fc.integer({ min: 0, max: 300 })),
    shift: opt(fc.constantFrom(...shifts)),
    workDays: opt(daysArb),
    structural: opt(fc.boolean()),
    matchesRemainingCapacity: opt(fc.boolean()),
    conflictsWithCao: opt(fc.boolean()),
    conflictsWithSafetyRules: opt(fc.boolean()),
    conflictsWithMedicalAdvice: opt(fc.boolean()),
  }),
  employee: fc.record({
    maxHoursPerWeek: opt(fc.integer({ min: 0, max: 40 })),
    educationLevel: opt(fc.constantFrom(...levels)),
    previousWage: opt(fc.integer({ min: 1000, max: 6000 })),
    previousHoursPerWeek: opt(fc.integer({ min: 0, max: 40 })),
    previousShift: opt(fc.constantFrom(...shifts)),
    previousWorkDays: opt(daysArb),
    reasonsAgainstAcceptance: opt(fc.record({ physical: opt(fc.boolean()), mental: opt(fc.boolean()), social: opt(fc.boolean()) })),
    agreesWithOffer: opt(fc.boolean()),
  }),
}).map(({ offer, employee }) => {
  const o = strip(offer) as OfferedWork;
  const e = strip(employee) as EmployeeFacts;
  if (o.withinFunctionalCapacity === true && o.hoursPerWeek !== undefined && e.maxHoursPerWeek !== undefined && o.hoursPerWeek > e.maxHoursPerWeek) {
    return { offer: o, employee: { ...e, maxHoursPerWeek: o.hoursPerWeek } };
  }
  return { offer: o, employee: e };
});

function strip<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const RANK: Record<PassendWerkVerdict, number> = { 'niet-passend': 0, unknown: 1, passend: 2 };
const failedKnockOuts = (r: PassendWerkResult) => r.criteria.filter((c) => c.knockOut && c.status === 'not-met').map((c) => c.criterion);

describe('checkPassendWerk — properties', () => {
  test.prop([chainArb, fc.integer({ min: 0, max: 500 })])(
    'the phase flips exactly at the boundary day, and counted days match a day-by-day count',
    (chain, offset) => {
      const { periods, lastStart } = periodsOf(chain);
      const offerDn = lastStart + offset;
      const r = checkPassendWerk({ sickPeriods: periods, offerDate: fromDayNumber(offerDn) });
      const counted = bruteCounted(periods, offerDn);
      expect(r.phase.countedSickDaysBeforeOffer).toBe(counted);
      expect(r.phase.id).toBe(counted >= 182 ? 'na-eerste-halfjaar' : 'eerste-halfjaar');
      // The boundary day is the first day with 182 counted days before it.
      const boundary = toDayNumber(r.phase.firstDayAfterHalfYear!);
      expect(bruteCounted(periods, boundary)).toBe(182);
      expect(bruteCounted(periods, boundary - 1)).toBe(181);
      if (boundary - 1 >= lastStart) {
        expect(checkPassendWerk({ sickPeriods: periods, offerDate: fromDayNumber(boundary - 1) }).phase.id).toBe('eerste-halfjaar');
        expect(checkPassendWerk({ sickPeriods: periods, offerDate: fromDayNumber(boundary) }).phase.id).toBe('na-eerste-halfjaar');
      }
      // Likewise the bevredigend resultaat from counted day 365.
      expect(r.bevredigendResultaat === null).toBe(counted < 364);
    },
  );

  test.prop([firstDayArb])('calendar-months: the boundary is six calendar months after day 1 (date-fns on UTCDate as oracle)', (first) => {
    const iso = fromDayNumber(first);
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    const expected = format(addMonths(new UTCDate(y, m - 1, d), 6), 'yyyy-MM-dd');
    const options = { phaseConvention: 'calendar-months' } as const;
    const at = checkPassendWerk({ firstSickDay: iso, offerDate: expected, options });
    expect(at.phase.firstDayAfterHalfYear).toBe(expected);
    expect(at.phase.id).toBe('na-eerste-halfjaar');
    expect(checkPassendWerk({ firstSickDay: iso, offerDate: fromDayNumber(toDayNumber(expected) - 1), options }).phase.id).toBe('eerste-halfjaar');
  });

  test.prop([chainArb, fc.integer({ min: 0, max: 500 })])(
    'samentelling gaps do not count toward the duration: same as an uninterrupted sickness shifted by the gaps',
    (chain, offset) => {
      const { periods, lastStart, gapDays } = periodsOf(chain);
      const offerDn = lastStart + offset;
      const withGaps = checkPassendWerk({ sickPeriods: periods, offerDate: fromDayNumber(offerDn) });
      const plain = checkPassendWerk({ firstSickDay: fromDayNumber(chain.start), offerDate: fromDayNumber(offerDn - gapDays) });
      expect(withGaps.phase.countedSickDaysBeforeOffer).toBe(plain.phase.countedSickDaysBeforeOffer);
      expect(withGaps.phase.id).toBe(plain.phase.id);
      expect(withGaps.bevredigendResultaat === null).toBe(plain.bevredigendResultaat === null);
      // A longer gap never makes the sickness count as longer.
      expect(withGaps.phase.countedSickDaysBeforeOffer).toBeLessThanOrEqual(offerDn - chain.start);
    },
  );

  test.prop([firstDayArb, factsArb, fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 800 })])(
    'a longer sickness never makes a norm stricter',
    (first, facts, a, b) => {
      const [short, long] = a <= b ? [a, b] : [b, a];
      const run = (n: number) => checkPassendWerk({ firstSickDay: fromDayNumber(first), offerDate: fromDayNumber(first + n), ...facts });
      const r1 = run(short);
      const r2 = run(long);
      expect(RANK[r2.verdict]).toBeGreaterThanOrEqual(RANK[r1.verdict]);
      const f1 = failedKnockOuts(r1);
      for (const id of failedKnockOuts(r2)) expect(f1).toContain(id);
      const ko1 = r1.criteria.filter((c) => c.knockOut).map((c) => c.criterion);
      for (const c of r2.criteria.filter((x) => x.knockOut)) expect(ko1).toContain(c.criterion);
      // Numeric norms only widen.
      const travel = (r: PassendWerkResult) => r.criteria.find((c) => c.criterion === 'reistijd')!.norm!.value;
      expect(travel(r2)).toBeGreaterThanOrEqual(travel(r1));
    },
  );

  test.prop([firstDayArb, factsArb, opt(fc.boolean()), fc.integer({ min: 0, max: 800 }), fc.array(fc.boolean(), { minLength: 23, maxLength: 23 })])(
    'unknown facts never yield a definite "passend" (nor any definite answer that more facts could change)',
    (first, facts, achievable, n, keep) => {
      const base = { firstSickDay: fromDayNumber(first), offerDate: fromDayNumber(first + n) };
      const full = checkPassendWerk({ ...base, ...facts, ...(achievable === undefined ? {} : { matchingWorkAchievable: achievable }) });
      // Drop a random subset of the facts.
      let i = 0;
      const drop = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(() => keep[i++ % keep.length])) as T;
      const reduced = checkPassendWerk({
        ...base, offer: drop(facts.offer), employee: drop(facts.employee),
        ...(achievable === undefined || !keep[22] ? {} : { matchingWorkAchievable: achievable }),
      });
      // A definite answer from fewer facts is the answer with all of them.
      if (reduced.verdict !== 'unknown') expect(full.verdict).toBe(reduced.verdict);
      if (reduced.refusal.mayRefuse !== 'unknown') expect(full.refusal.mayRefuse).toBe(reduced.refusal.mayRefuse);
      const br = reduced.bevredigendResultaat;
      if (br !== null && br.status !== 'unknown') expect(full.bevredigendResultaat!.status).toBe(br.status);
      if (br !== null && br.status === 'unknown') expect(br.missingFacts.length).toBeGreaterThan(0);
      for (const r of [full, reduced]) {
        const unknownKnockOut = r.criteria.some((c) => c.knockOut && c.status === 'unknown');
        if (unknownKnockOut) expect(r.verdict).not.toBe('passend');
        if (r.verdict === 'unknown') expect(r.missingFacts.length).toBeGreaterThan(0);
        if (r.verdict === 'passend') expect(r.criteria.filter((c) => c.knockOut).every((c) => c.status === 'met')).toBe(true);
        if (r.refusal.mayRefuse === 'no') expect(r.verdict).toBe('passend');
      }
    },
  );

  test.prop([firstDayArb, factsArb, opt(fc.boolean()), fc.integer({ min: 0, max: 181 }), fc.integer({ min: 182, max: 800 }), fc.boolean()])(
    'with the phase unknown, the verdict (and the refusal) is that of both phases when they agree, else unknown',
    (first, facts, achievable, n1, n2, dropSickness) => {
      const extra = { ...facts, ...(achievable === undefined ? {} : { matchingWorkAchievable: achievable }) };
      const firstSickDay = fromDayNumber(first);
      const inFirst = checkPassendWerk({ firstSickDay, offerDate: fromDayNumber(first + n1), ...extra });
      const inAfter = checkPassendWerk({ firstSickDay, offerDate: fromDayNumber(first + n2), ...extra });
      expect(inFirst.phase.id).toBe('eerste-halfjaar');
      expect(inAfter.phase.id).toBe('na-eerste-halfjaar');
      const unknown = dropSickness
        ? checkPassendWerk({ offerDate: fromDayNumber(first + n1), ...extra })
        : checkPassendWerk({ firstSickDay, ...extra });
      expect(unknown.phase.id).toBe('unknown');
      expect(unknown.phase.missingFacts).toEqual([dropSickness ? 'firstSickDay' : 'offerDate']);
      expect(unknown.verdict).toBe(inFirst.verdict === inAfter.verdict ? inFirst.verdict : 'unknown');
      expect(unknown.refusal.mayRefuse).toBe(inFirst.refusal.mayRefuse === inAfter.refusal.mayRefuse ? inFirst.refusal.mayRefuse : 'unknown');
      if (unknown.verdict === 'unknown') {
        expect(unknown.missingFacts.length).toBeGreaterThan(0);
        if (inFirst.verdict !== inAfter.verdict) expect(unknown.missingFacts).toContain(dropSickness ? 'firstSickDay' : 'offerDate');
      }
      // Only criteria that are knock-outs in every phase can decide on their own while the phase is unknown.
      for (const c of unknown.criteria) expect(c.knockOut).toBe(c.knockOutPhases.length === 2);
      if (unknown.verdict === 'passend') {
        expect(unknown.criteria.filter((c) => c.knockOutPhases.length > 0).every((c) => c.status === 'met')).toBe(true);
      }
      // Whether the bevredigend resultaat is assessed depends on the date: never definite.
      expect(unknown.bevredigendResultaat!.status).toBe('unknown');
      expect(unknown.bevredigendResultaat!.missingFacts).toContain(dropSickness ? 'firstSickDay' : 'offerDate');
    },
  );
});
