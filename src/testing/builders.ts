/**
 * Case builders with sane defaults, for example-based tests in applications that use the library.
 * Each builder is immutable: every method returns a new builder, so a base case can be shared.
 *
 * @packageDocumentation
 */
import { addDays } from '../calendar/addDays.js';
import type { SickPeriod, WazoLeave, WorkPattern } from '../sickness/types.js';
import type { TimelineEvents, TimelineInput } from '../timeline/types.js';
import type { EmployeeFacts, OfferedWork, PassendWerkInput } from '../passendWerk/types.js';
import type { Spoor2Input } from '../spoor2/types.js';

/** Day 1 of every builder unless set: Monday 6 January 2025. */
export const DEFAULT_FIRST_SICK_DAY = '2025-01-06';

interface CaseState {
  readonly firstSickDay: string | undefined;
  readonly sickPeriods: readonly SickPeriod[];
  readonly wazoLeave: readonly WazoLeave[];
  readonly events: Readonly<Record<string, unknown>>;
  readonly asOf: string | undefined;
  readonly workPattern: WorkPattern | undefined;
  readonly aowDate: string | undefined;
}

/** Builder of a `computeTimeline` input; see {@link aCase}. */
export interface TimelineCaseBuilder {
  /** Sick from `date` on, without interruption (replaces any periods). */
  sickFrom(date: string): TimelineCaseBuilder;
  /** Adds a sick period (`to` absent: still sick); with periods, `sickFrom` is not used. */
  sickPeriod(from: string, to?: string): TimelineCaseBuilder;
  /** Adds a WAZO leave period. */
  wazoLeave(from: string, to: string): TimelineCaseBuilder;
  /** Records that a step was done: a milestone id (or alias) and its date; `'evaluatie'` adds an evaluation. */
  withEvent(id: string, date: string): TimelineCaseBuilder;
  /** Sets any other event (e.g. `loonsanctie`, `vrijwilligeVerlenging`, `opzegverbod`) as is. */
  withEventValue(key: keyof TimelineEvents & string, value: unknown): TimelineCaseBuilder;
  /** Today. */
  asOf(date: string): TimelineCaseBuilder;
  /** Working days (1 = Monday … 7 = Sunday). */
  workPattern(days: WorkPattern): TimelineCaseBuilder;
  /** Date the employee reaches AOW age. */
  aowDate(date: string): TimelineCaseBuilder;
  /** The input for `computeTimeline`. */
  build(): TimelineInput;
}

function timelineBuilder(s: CaseState): TimelineCaseBuilder {
  const next = (patch: Partial<CaseState>): TimelineCaseBuilder => timelineBuilder({ ...s, ...patch });
  return {
    sickFrom: (date) => next({ firstSickDay: date, sickPeriods: [] }),
    sickPeriod: (from, to) => next({ sickPeriods: [...s.sickPeriods, to === undefined ? { from } : { from, to }] }),
    wazoLeave: (from, to) => next({ wazoLeave: [...s.wazoLeave, { from, to }] }),
    withEvent: (id, date) => next({
      events: id === 'evaluatie' || id === 'evaluaties'
        ? { ...s.events, evaluaties: [...((s.events['evaluaties'] as string[] | undefined) ?? []), date] }
        : { ...s.events, [id]: date },
    }),
    withEventValue: (key, value) => next({ events: { ...s.events, [key]: value } }),
    asOf: (date) => next({ asOf: date }),
    workPattern: (days) => next({ workPattern: [...days] }),
    aowDate: (date) => next({ aowDate: date }),
    build: () => {
      const base = s.sickPeriods.length > 0 ? { sickPeriods: s.sickPeriods } : { firstSickDay: s.firstSickDay ?? DEFAULT_FIRST_SICK_DAY };
      return {
        ...base,
        ...(s.asOf === undefined ? {} : { asOf: s.asOf }),
        ...(Object.keys(s.events).length === 0 ? {} : { events: s.events as TimelineEvents }),
        ...(s.wazoLeave.length === 0 ? {} : { wazoLeave: s.wazoLeave }),
        ...(s.workPattern === undefined ? {} : { workPattern: s.workPattern }),
        ...(s.aowDate === undefined ? {} : { aowDate: s.aowDate }),
      } as TimelineInput;
    },
  };
}

/**
 * Starts a `computeTimeline` case: sick from {@link DEFAULT_FIRST_SICK_DAY}, no events, no `asOf`.
 *
 * @returns A builder; `build()` gives the input.
 * @example
 * aCase().sickFrom('2024-01-01').withEvent('probleemanalyse', '2024-02-01').asOf('2024-06-01').build()
 * //=> { firstSickDay: '2024-01-01', asOf: '2024-06-01', events: { probleemanalyse: '2024-02-01' } }
 */
export function aCase(): TimelineCaseBuilder {
  return timelineBuilder({ firstSickDay: undefined, sickPeriods: [], wazoLeave: [], events: {}, asOf: undefined, workPattern: undefined, aowDate: undefined });
}

/** An offer that meets every criterion of passend werk in every phase (with {@link GOOD_EMPLOYEE}). */
export const GOOD_OFFER: OfferedWork = Object.freeze<OfferedWork>({
  withinFunctionalCapacity: true,
  hoursPerWeek: 24,
  educationLevel: 'mbo-havo-vwo',
  matchesWorkExperience: true,
  wage: 2400,
  travelMinutesPerDay: 60,
  shift: 'dag',
  workDays: [1, 2, 3],
  structural: true,
  matchesRemainingCapacity: true,
  conflictsWithCao: false,
  conflictsWithSafetyRules: false,
  conflictsWithMedicalAdvice: false,
});

/** An employee for whom {@link GOOD_OFFER} is passend. */
export const GOOD_EMPLOYEE: EmployeeFacts = Object.freeze<EmployeeFacts>({
  maxHoursPerWeek: 24,
  educationLevel: 'mbo-havo-vwo',
  previousWage: 3000,
  previousHoursPerWeek: 36,
  previousShift: 'dag',
  previousWorkDays: [1, 2, 3, 4, 5],
  reasonsAgainstAcceptance: Object.freeze({ physical: false, mental: false, social: false }),
  agreesWithOffer: true,
});

/** Builder of a `checkPassendWerk` input; see {@link aPassendWerkCase}. */
export interface PassendWerkCaseBuilder {
  /** Day 1 of sickness. */
  sickFrom(date: string): PassendWerkCaseBuilder;
  /** The date of the offer. */
  offeredOn(date: string): PassendWerkCaseBuilder;
  /** Overrides facts of the offer. */
  offer(facts: Partial<OfferedWork>): PassendWerkCaseBuilder;
  /** Overrides facts of the employee. */
  employee(facts: Partial<EmployeeFacts>): PassendWerkCaseBuilder;
  /** The input for `checkPassendWerk`. */
  build(): PassendWerkInput;
}

/**
 * Starts a `checkPassendWerk` case: sick from {@link DEFAULT_FIRST_SICK_DAY}, offered 30 days
 * later, {@link GOOD_OFFER} to {@link GOOD_EMPLOYEE} (passend on every criterion).
 *
 * @returns A builder; `build()` gives the input.
 * @example
 * aPassendWerkCase().offer({ travelMinutesPerDay: 150 }).build().offer?.travelMinutesPerDay //=> 150
 */
export function aPassendWerkCase(): PassendWerkCaseBuilder {
  const make = (s: { day1: string; offerDate: string | undefined; offer: OfferedWork; employee: EmployeeFacts }): PassendWerkCaseBuilder => ({
    sickFrom: (date) => make({ ...s, day1: date }),
    offeredOn: (date) => make({ ...s, offerDate: date }),
    offer: (facts) => make({ ...s, offer: { ...s.offer, ...facts } }),
    employee: (facts) => make({ ...s, employee: { ...s.employee, ...facts } }),
    build: () => ({ firstSickDay: s.day1, offerDate: s.offerDate ?? addDays(s.day1, 30), offer: { ...s.offer }, employee: { ...s.employee } }),
  });
  return make({ day1: DEFAULT_FIRST_SICK_DAY, offerDate: undefined, offer: GOOD_OFFER, employee: GOOD_EMPLOYEE });
}

/** Builder of a `checkSpoor2Readiness` input; see {@link aSpoor2Case}. */
export interface Spoor2CaseBuilder {
  /** Day 1 of sickness. */
  sickFrom(date: string): Spoor2CaseBuilder;
  /** Today. */
  asOf(date: string): Spoor2CaseBuilder;
  /** The eerstejaarsevaluatie was held on `date`. */
  eerstejaarsevaluatie(date: string): Spoor2CaseBuilder;
  /** The bedrijfsarts' judgement. */
  bedrijfsarts(judgement: NonNullable<Spoor2Input['bedrijfsarts']>): Spoor2CaseBuilder;
  /** The arbeidsdeskundige's judgement. */
  arbeidsdeskundige(judgement: NonNullable<Spoor2Input['arbeidsdeskundige']>): Spoor2CaseBuilder;
  /** Any other facts, merged in as given. */
  with(facts: Partial<Spoor2Input>): Spoor2CaseBuilder;
  /** The input for `checkSpoor2Readiness`. */
  build(): Spoor2Input;
}

/**
 * Starts a `checkSpoor2Readiness` case: sick from {@link DEFAULT_FIRST_SICK_DAY}, `asOf` one year
 * later (day 1 + 365), and nothing else known.
 *
 * @returns A builder; `build()` gives the input.
 * @example
 * aSpoor2Case().eerstejaarsevaluatie('2025-12-15').build().eerstejaarsevaluatie //=> { held: true, date: '2025-12-15' }
 */
export function aSpoor2Case(): Spoor2CaseBuilder {
  const make = (s: Spoor2Input & { readonly asOfSet: boolean }): Spoor2CaseBuilder => ({
    sickFrom: (date) => make({ ...s, firstSickDay: date, asOf: s.asOfSet ? s.asOf : addDays(date, 365) }),
    asOf: (date) => make({ ...s, asOf: date, asOfSet: true }),
    eerstejaarsevaluatie: (date) => make({ ...s, eerstejaarsevaluatie: { held: true, date } }),
    bedrijfsarts: (judgement) => make({ ...s, bedrijfsarts: { ...judgement } }),
    arbeidsdeskundige: (judgement) => make({ ...s, arbeidsdeskundige: { ...judgement } }),
    with: (facts) => make({ ...s, ...facts }),
    build: () => {
      const { asOfSet: _unused, ...input } = s;
      return input;
    },
  });
  return make({ firstSickDay: DEFAULT_FIRST_SICK_DAY, asOf: addDays(DEFAULT_FIRST_SICK_DAY, 365), asOfSet: false });
}
