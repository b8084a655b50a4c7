import { addDays } from '../../src/calendar/addDays.js';
import type { EmployeeFacts, OfferedWork, PassendWerkInput } from '../../src/passendWerk/index.js';
import { DEFAULT_FIRST_SICK_DAY, GOOD_EMPLOYEE, GOOD_OFFER, aPassendWerkCase } from '../../src/testing/builders.js';

/**
 * The offer that meets every criterion in every phase and the employee for whom it is passend: the
 * ones of the public test kit (src/testing/builders.ts), so the tests and the kit share one case.
 */
export { GOOD_EMPLOYEE, GOOD_OFFER };

/** Day 1 of the standard case: Monday 6 January 2025 (the kit's `DEFAULT_FIRST_SICK_DAY`). */
export const D = DEFAULT_FIRST_SICK_DAY;

/** `D + n` calendar days. */
export const day = (n: number): string => addDays(D, n);

/** Offer dates in each phase for an uninterrupted sickness from {@link D}. */
export const FIRST_HALF_YEAR = day(30); // counted sick day 31
export const AFTER_HALF_YEAR = day(200); // counted sick day 201
export const SECOND_YEAR = day(400); // counted sick day 401

/** The standard case on `offerDate`, with offer/employee facts overridden (the kit's `aPassendWerkCase`). */
export function input(offerDate: string, offer: Partial<OfferedWork> = {}, employee: Partial<EmployeeFacts> = {}, rest: Partial<PassendWerkInput> = {}): PassendWerkInput {
  return { ...aPassendWerkCase().offeredOn(offerDate).offer(offer).employee(employee).build(), ...rest } as PassendWerkInput;
}
