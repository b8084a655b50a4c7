import { addDays } from '../../src/calendar/addDays.js';
import type { EmployeeFacts, OfferedWork, PassendWerkInput } from '../../src/passendWerk/index.js';

/** Day 1 of the standard case: Monday 6 January 2025. */
export const D = '2025-01-06';

/** `D + n` calendar days. */
export const day = (n: number): string => addDays(D, n);

/** Offer dates in each phase for an uninterrupted sickness from {@link D}. */
export const FIRST_HALF_YEAR = day(30); // counted sick day 31
export const AFTER_HALF_YEAR = day(200); // counted sick day 201
export const SECOND_YEAR = day(400); // counted sick day 401

/** An offer that meets every criterion in every phase. */
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
  reasonsAgainstAcceptance: { physical: false, mental: false, social: false },
  agreesWithOffer: true,
});

/** The standard case on `offerDate`, with offer/employee facts overridden. */
export function input(offerDate: string, offer: Partial<OfferedWork> = {}, employee: Partial<EmployeeFacts> = {}, rest: Partial<PassendWerkInput> = {}): PassendWerkInput {
  return {
    firstSickDay: D,
    offerDate,
    offer: { ...GOOD_OFFER, ...offer },
    employee: { ...GOOD_EMPLOYEE, ...employee },
    ...rest,
  } as PassendWerkInput;
}
