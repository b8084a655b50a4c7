/**
 * fast-check arbitraries of valid poortwachter inputs, for property tests in applications that use
 * the library. Every value they produce is accepted by the function it is made for (the library's
 * own tests check this). `fast-check` is an optional peer dependency: install it to use these.
 *
 * @packageDocumentation
 */
import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from '../calendar/dayNumber.js';
import type { SickPeriod, WazoLeave } from '../sickness/types.js';
import type { TimelineEvents, TimelineInput } from '../timeline/types.js';
import type { EducationLevel, EmployeeFacts, OfferedWork, PassendWerkInput, Shift } from '../passendWerk/types.js';
import type { Spoor2Input } from '../spoor2/types.js';
import type { WorkPattern } from '../sickness/types.js';

/** Range of {@link isoDateArb}. */
export interface DateRange {
  /** First date, `'YYYY-MM-DD'`. @defaultValue `'2005-01-01'` */
  readonly min?: string | undefined;
  /** Last date, `'YYYY-MM-DD'`. @defaultValue `'2080-12-31'` */
  readonly max?: string | undefined;
}

/**
 * Valid `'YYYY-MM-DD'` dates in a range (leap days included).
 *
 * @param range - `min` and `max`; defaults to 2005–2080, where every rule set and calendar table applies.
 * @returns An arbitrary of ISO date strings.
 * @example
 * fc.assert(fc.property(isoDateArb({ min: '2024-01-01', max: '2024-12-31' }), (d) => d.startsWith('2024-')));
 */
export function isoDateArb(range: DateRange = {}): fc.Arbitrary<string> {
  return fc.integer({ min: toDayNumber(range.min ?? '2005-01-01'), max: toDayNumber(range.max ?? '2080-12-31') }).map(fromDayNumber);
}

/** A sick-period chain: the periods, with the day numbers the other arbitraries build on. */
interface Chain {
  readonly periods: readonly SickPeriod[];
  readonly leave: readonly WazoLeave[];
  /** Start of the last (open) period. */
  readonly lastStart: number;
}

/** Gap lengths that matter: around four weeks (27, 28, 29 days) as often as anything else. */
const gapArb = fc.oneof(fc.constantFrom(26, 27, 28, 29, 30), fc.integer({ min: 1, max: 60 }));

function chainArb(withLeave: boolean): fc.Arbitrary<Chain> {
  return fc.record({
    start: fc.integer({ min: toDayNumber('2005-01-01'), max: toDayNumber('2070-12-31') }),
    parts: fc.array(fc.record({ len: fc.integer({ min: 1, max: 150 }), gap: gapArb, leave: fc.constantFrom('none', 'gap', 'inside') }), { maxLength: 4 }),
  }).map(({ start, parts }) => {
    const periods: SickPeriod[] = [];
    const leave: WazoLeave[] = [];
    let d = start;
    for (const { len, gap, leave: kind } of parts) {
      periods.push({ from: fromDayNumber(d), to: fromDayNumber(d + len - 1) });
      if (withLeave && kind === 'inside' && len >= 3) leave.push({ from: fromDayNumber(d + 1), to: fromDayNumber(d + len - 2) });
      if (withLeave && kind === 'gap') leave.push({ from: fromDayNumber(d + len), to: fromDayNumber(d + len + gap - 1) });
      d += len + gap;
    }
    periods.push({ from: fromDayNumber(d) });
    return { periods, leave, lastStart: d };
  });
}

/**
 * Sick periods: closed periods with gaps (often around four weeks, where samentelling starts or
 * stops) and a last, open period. Day 1 lies in 2005–2070.
 *
 * @returns An arbitrary of `SickPeriod[]` (the last one without `to`).
 * @example
 * fc.assert(fc.property(sickPeriodsArb(), (sickPeriods) => computeTimeline({ sickPeriods }).milestones.length > 0));
 */
export function sickPeriodsArb(): fc.Arbitrary<readonly SickPeriod[]> {
  return chainArb(false).map((c) => c.periods);
}

/**
 * Sick periods with WAZO leave: some gaps are wholly leave, some closed periods have leave inside
 * (never every sick day).
 *
 * @returns An arbitrary of `{ sickPeriods, wazoLeave }`.
 * @example
 * fc.assert(fc.property(sickPeriodsWithLeaveArb(), (x) => computeTimeline(x).samentelling.gaps.length >= 0));
 */
export function sickPeriodsWithLeaveArb(): fc.Arbitrary<{ readonly sickPeriods: readonly SickPeriod[]; readonly wazoLeave: readonly WazoLeave[] }> {
  return chainArb(true).map((c) => ({ sickPeriods: c.periods, wazoLeave: c.leave }));
}

/** The timeline's events in legal order. */
const EVENT_ORDER = [
  'probleemanalyse', 'plan-van-aanpak', 'ziekmelding-uwv', 'eerstejaarsevaluatie', 'spoor-2-start',
  'wia-brief-uwv', 're-integratieverslag', 'wia-aanvraag',
] as const;

/**
 * Events for a timeline, in a legal order (probleemanalyse, plan van aanpak and its evaluations,
 * ziekmelding, eerstejaarsevaluatie, spoor 2, WIA letter, re-integratieverslag, WIA-aanvraag), each
 * present or not, dated from `from` on and never after `asOf`.
 *
 * @param from - Earliest date (day 1 of the wachttijd).
 * @param asOf - Latest date.
 * @returns An arbitrary of `TimelineEvents` (object form).
 * @example
 * fc.assert(fc.property(timelineEventsArb('2024-01-01', '2025-06-30'), (events) => computeTimeline({ firstSickDay: '2024-01-01', asOf: '2025-06-30', events }) !== undefined));
 */
export function timelineEventsArb(from: string, asOf: string): fc.Arbitrary<TimelineEvents> {
  const span = Math.max(0, toDayNumber(asOf) - toDayNumber(from));
  return fc.record({
    steps: fc.array(fc.integer({ min: 0, max: span }), { minLength: EVENT_ORDER.length, maxLength: EVENT_ORDER.length }),
    present: fc.array(fc.boolean(), { minLength: EVENT_ORDER.length, maxLength: EVENT_ORDER.length }),
    evaluations: fc.array(fc.integer({ min: 0, max: span }), { maxLength: 4 }),
  }).map(({ steps, present, evaluations }) => {
    const sorted = [...steps].sort((a, b) => a - b);
    const base = toDayNumber(from);
    const out: Record<string, unknown> = {};
    EVENT_ORDER.forEach((id, i) => {
      if (present[i]) out[id] = fromDayNumber(base + sorted[i]!);
    });
    // Evaluations evaluate the plan van aanpak: never before it.
    const pva = out['plan-van-aanpak'] === undefined ? base : toDayNumber(out['plan-van-aanpak'] as string);
    const evals = evaluations.map((o) => base + o).filter((d) => d >= pva).map(fromDayNumber);
    if (out['plan-van-aanpak'] !== undefined && evals.length > 0) out['evaluaties'] = evals;
    return out as TimelineEvents;
  });
}

/**
 * Complete inputs for `computeTimeline`: day 1 or sick periods (with WAZO leave), an `asOf` on or
 * after the last period's start, and events in legal order between that start and `asOf`.
 *
 * @returns An arbitrary of `TimelineInput`.
 * @example
 * fc.assert(fc.property(timelineInputArb(), (input) => computeTimeline(input).milestones.length > 0));
 */
export function timelineInputArb(): fc.Arbitrary<TimelineInput> {
  return fc.oneof(
    chainArb(false).map((c) => ({ first: true as const, c })),
    chainArb(true).map((c) => ({ first: false as const, c })),
  ).chain(({ first, c }) => fc.record({
    asOfOffset: fc.integer({ min: 0, max: 900 }),
    withEvents: fc.boolean(),
  }).chain(({ asOfOffset, withEvents }) => {
    const from = fromDayNumber(c.lastStart);
    const asOf = fromDayNumber(c.lastStart + asOfOffset);
    const events = withEvents ? timelineEventsArb(from, asOf) : fc.constant(undefined);
    return events.map((ev): TimelineInput => {
      const base = first ? { firstSickDay: from } : { sickPeriods: c.periods, ...(c.leave.length > 0 ? { wazoLeave: c.leave } : {}) };
      return { ...base, asOf, ...(ev === undefined ? {} : { events: ev }) } as TimelineInput;
    });
  }));
}

const EDUCATION: readonly EducationLevel[] = ['hoger-onderwijs', 'mbo-havo-vwo', 'vmbo-mavo', 'lager-of-geen'];
const SHIFTS: readonly Shift[] = ['dag', 'avond', 'nacht', 'ploegen', 'onregelmatig'];
const workDaysArb: fc.Arbitrary<WorkPattern> = fc.uniqueArray(fc.constantFrom(1, 2, 3, 4, 5, 6, 7) as fc.Arbitrary<1 | 2 | 3 | 4 | 5 | 6 | 7>, { minLength: 1, maxLength: 7 })
  .map((d) => [...d].sort((a, b) => a - b));

/**
 * Offers of work for `checkPassendWerk`, every field optional and in range.
 *
 * @returns An arbitrary of `OfferedWork`.
 * @example
 * fc.sample(offeredWorkArb(), 1)[0]!.hoursPerWeek ?? 0 <= 168 //=> true
 */
export function offeredWorkArb(): fc.Arbitrary<OfferedWork> {
  return fc.record({
    withinFunctionalCapacity: fc.boolean(),
    hoursPerWeek: fc.integer({ min: 0, max: 60 }),
    educationLevel: fc.constantFrom(...EDUCATION),
    matchesWorkExperience: fc.boolean(),
    wage: fc.integer({ min: 0, max: 10000 }),
    travelMinutesPerDay: fc.integer({ min: 0, max: 300 }),
    shift: fc.constantFrom(...SHIFTS),
    workDays: workDaysArb,
    structural: fc.boolean(),
    matchesRemainingCapacity: fc.boolean(),
    conflictsWithCao: fc.boolean(),
    conflictsWithSafetyRules: fc.boolean(),
    conflictsWithMedicalAdvice: fc.boolean(),
  }, { requiredKeys: [] });
}

/**
 * Employee facts for `checkPassendWerk`, every field optional and in range.
 *
 * @returns An arbitrary of `EmployeeFacts`.
 * @example
 * fc.sample(employeeFactsArb(), 1).length //=> 1
 */
export function employeeFactsArb(): fc.Arbitrary<EmployeeFacts> {
  return fc.record({
    maxHoursPerWeek: fc.integer({ min: 0, max: 60 }),
    educationLevel: fc.constantFrom(...EDUCATION),
    previousWage: fc.integer({ min: 1, max: 10000 }),
    previousHoursPerWeek: fc.integer({ min: 0, max: 60 }),
    previousShift: fc.constantFrom(...SHIFTS),
    previousWorkDays: workDaysArb,
    reasonsAgainstAcceptance: fc.record({ physical: fc.boolean(), mental: fc.boolean(), social: fc.boolean() }, { requiredKeys: [] }),
    agreesWithOffer: fc.boolean(),
  }, { requiredKeys: [] });
}

/**
 * Complete inputs for `checkPassendWerk`: day 1 from 2016 on, an offer date in the first two years
 * of sickness, and random offer and employee facts.
 *
 * @returns An arbitrary of `PassendWerkInput`.
 * @example
 * fc.assert(fc.property(passendWerkInputArb(), (input) => checkPassendWerk(input).criteria.length > 0));
 */
export function passendWerkInputArb(): fc.Arbitrary<PassendWerkInput> {
  return fc.record({
    day1: fc.integer({ min: toDayNumber('2016-01-01'), max: toDayNumber('2040-12-31') }),
    offerOffset: fc.integer({ min: 0, max: 727 }),
    offer: offeredWorkArb(),
    employee: employeeFactsArb(),
  }).map(({ day1, offerOffset, offer, employee }): PassendWerkInput => ({
    firstSickDay: fromDayNumber(day1),
    offerDate: fromDayNumber(day1 + offerOffset),
    offer,
    employee,
  }));
}

/**
 * Complete inputs for `checkSpoor2Readiness`: day 1, `asOf` up to 104 weeks later, and judgements
 * and activities dated between them.
 *
 * @returns An arbitrary of `Spoor2Input`.
 * @example
 * fc.assert(fc.property(spoor2InputArb(), (input) => typeof checkSpoor2Readiness(input).status === 'string'));
 */
export function spoor2InputArb(): fc.Arbitrary<Spoor2Input> {
  return fc.record({
    day1: fc.integer({ min: toDayNumber('2005-01-01'), max: toDayNumber('2070-12-31') }),
    asOfOffset: fc.integer({ min: 0, max: 800 }),
    dates: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
    held: fc.boolean(),
    ownWork: fc.constantFrom('yes' as const, 'partly' as const, 'no' as const),
    prognosis: fc.constantFrom('recovery' as const, 'partial' as const, 'no-improvement' as const),
    capacity: fc.integer({ min: 0, max: 40 }),
    adOwnWork: fc.constantFrom('yes' as const, 'partly' as const, 'no' as const),
    passend: fc.constantFrom('available' as const, 'not-available' as const),
    companySize: fc.integer({ min: 1, max: 5000 }),
    conflict: fc.boolean(),
    startedSpoor2: fc.boolean(),
  }).map((r): Spoor2Input => {
    const at = (i: number): string => fromDayNumber(r.day1 + Math.floor(r.dates[i]! * r.asOfOffset));
    return {
      firstSickDay: fromDayNumber(r.day1),
      asOf: fromDayNumber(r.day1 + r.asOfOffset),
      eerstejaarsevaluatie: r.held ? { held: true, date: at(0) } : { held: false },
      bedrijfsarts: { date: at(1), ownWorkPossible: r.ownWork, prognosis: r.prognosis, capacityHoursPerWeek: r.capacity },
      arbeidsdeskundige: { date: at(2), ownWorkPossible: r.adOwnWork, passendWerkOwnOrganisation: r.passend },
      companySize: r.companySize,
      conflict: { present: r.conflict, mediationTried: r.conflict },
      ...(r.startedSpoor2 ? { activities: { spoor1NotPossibleStatementOn: at(3), reIntegratiebureauAssignedOn: at(4) } } : {}),
    };
  });
}
